import type { IncomingMessage, ServerResponse } from 'node:http'
import { bodyRefusal, type Refusal } from './bodyLimit.ts'
import { CLIENT_HEADER, clientAddress } from './clientAddress.ts'
import type { RequestLimits } from './limits.ts'
import { rateLimits } from './rateLimit.ts'

/** Answers as Payload's REST API does (`{ errors: [{ message }] }`) and closes the connection. */
function refuse(response: ServerResponse, { status, message, headers = {} }: Refusal): void {
  const body = JSON.stringify({ errors: [{ message }] })
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    connection: 'close',
    ...headers,
  })
  response.end(body)
}

/**
 * A read still unanswered after `ms` gets a 503 written straight to its socket, which is then
 * closed; whatever the handler writes later goes nowhere (writing through the response object
 * would make the handler's own write throw).
 */
function answerInTime(response: ServerResponse, ms: number): void {
  const timer = setTimeout(() => {
    const socket = response.socket
    if (response.headersSent || !socket || socket.destroyed) return
    const body = JSON.stringify({ errors: [{ message: `The CMS did not answer within ${ms / 1000} s.` }] })
    socket.end(
      `HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nretry-after: 10\r\nconnection: close\r\n\r\n${body}`,
    )
    socket.destroy()
  }, ms)
  timer.unref()
  response.once('close', () => clearTimeout(timer))
}

/**
 * The CMS's front door, run for every request before Next.js or Payload read anything of it:
 * the body's declared size, the client's rate, and a deadline for reads. Returns true when it
 * has answered the request itself.
 */
export function requestGuard(limits: RequestLimits) {
  const rates = rateLimits(limits)
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const client = clientAddress(request, limits.trustProxy)
    // Overwrites whatever the client sent under this name.
    request.headers[CLIENT_HEADER] = client
    const pathname = new URL(request.url ?? '/', 'http://cms.invalid').pathname
    const refused = bodyRefusal(request, limits) ?? (await rates.check(client, request.method ?? 'GET', pathname))
    if (refused) {
      refuse(response, refused)
      return true
    }
    if ((request.method === 'GET' || request.method === 'HEAD') && pathname.startsWith('/api/')) {
      answerInTime(response, limits.responseTimeoutMs)
    }
    return false
  }
}
