import { maxUploadBytes } from '../collections/Media/limits.ts'
import { env, type CmsEnv } from '../env.ts'

/**
 * Every bound the CMS puts on what a client can ask of it (the README's configuration table
 * documents each variable). The CMS faces the internet: these apply before a request is parsed
 * (body size, rate, time) or resolved (depth, page size).
 */
export type RequestLimits = {
  /** Largest JSON or form body, in bytes. */
  jsonBytes: number
  /** Largest multipart (upload) body, in bytes: the upload limit plus room for the form fields. */
  multipartBytes: number
  /** Largest admin import (`/api/import/archive-items`: a CSV or JSON file and a zip of its files). */
  importBytes: number
  /** Requests per client per minute to the API. */
  apiPerMinute: number
  /** File downloads per client per minute. */
  filesPerMinute: number
  /** Sign-in, password-reset and unlock attempts per client per 15 minutes. */
  loginPer15Minutes: number
  /** Takedown requests per client per hour. */
  formsPerHour: number
  /** A response not finished by then is answered with 503. */
  responseTimeoutMs: number
  /** How many reverse proxies in front of the CMS add X-Forwarded-For (0: trust none). */
  trustProxy: number
}

/** Anonymous reads: related documents are never populated deeper, pages are never longer. */
export const PUBLIC_MAX_DEPTH = 1
export const PUBLIC_MAX_LIMIT = 100

export function requestLimits(e: CmsEnv = env()): RequestLimits {
  return {
    jsonBytes: Math.round(e.MAX_JSON_KB * 1024),
    multipartBytes: maxUploadBytes(e) + 1024 * 1024,
    // A zip of several files; each file in it is still held to the upload limit (exchange/upload.ts).
    importBytes: 2 * maxUploadBytes(e) + 1024 * 1024,
    apiPerMinute: e.RATE_LIMIT_API,
    filesPerMinute: e.RATE_LIMIT_FILES,
    loginPer15Minutes: e.RATE_LIMIT_LOGIN,
    formsPerHour: e.RATE_LIMIT_FORMS,
    responseTimeoutMs: Math.round(e.REQUEST_TIMEOUT_S * 1000),
    trustProxy: e.TRUST_PROXY,
  }
}
