import type { IncomingMessage } from 'node:http'
import type { RequestLimits } from './limits.ts'

export type Refusal = { status: number; message: string; headers?: Record<string, string> }

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The admin import takes a zip of several files, so it has a bound of its own (`importBytes`). */
const IMPORT_PATH = '/api/import/archive-items'

/**
 * Refuses a body before a byte of it is read: one without a declared length (a chunked upload
 * could be endless) and one larger than its kind's limit, JSON and forms (`MAX_JSON_KB`) or
 * multipart uploads (`MAX_UPLOAD_MB`; the admin import twice that). Browsers and Payload's admin always send Content-Length.
 */
export function bodyRefusal(request: IncomingMessage, limits: RequestLimits): Refusal | null {
  if (!BODY_METHODS.has(request.method ?? '')) return null
  const declared = request.headers['content-length']
  const chunked = /chunked/i.test(String(request.headers['transfer-encoding'] ?? ''))
  if (declared === undefined) {
    return chunked ? { status: 411, message: 'A request body needs a Content-Length header.' } : null
  }
  const length = Number(declared)
  const multipart = /^multipart\/form-data/i.test(String(request.headers['content-type'] ?? ''))
  const isImport = multipart && new URL(request.url ?? '/', 'http://cms.invalid').pathname === IMPORT_PATH
  const limit = isImport ? limits.importBytes : multipart ? limits.multipartBytes : limits.jsonBytes
  if (!Number.isSafeInteger(length) || length < 0) return { status: 400, message: 'Content-Length is not a number.' }
  if (length > limit) {
    const what = multipart ? 'An upload' : 'A request body'
    return { status: 413, message: `${what} may be at most ${Math.floor(limit / 1024)} kB; this one is ${Math.ceil(length / 1024)} kB.` }
  }
  return null
}
