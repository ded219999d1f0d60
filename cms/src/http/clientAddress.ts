import type { IncomingMessage } from 'node:http'

/** The header through which the guard hands the client's address to Payload's handlers. */
export const CLIENT_HEADER = 'x-arkivi-client'

/**
 * The address a request came from. With `trustProxy` = 0 it is the socket's peer and every
 * X-Forwarded-* header the client sent is dropped (anyone can write them). Behind N reverse
 * proxies it is the N-th address from the right of X-Forwarded-For, the one the outermost proxy
 * saw; anything further left was written by the client.
 */
export function clientAddress(request: IncomingMessage, trustProxy: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown'
  if (trustProxy === 0) {
    for (const name of Object.keys(request.headers)) if (name.startsWith('x-forwarded-')) delete request.headers[name]
    return peer
  }
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded.at(-trustProxy) ?? forwarded[0] ?? peer
}
