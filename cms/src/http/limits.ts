import { z } from 'zod'

/**
 * Every bound the CMS puts on what a client can ask of it, read once from the environment (the
 * README's configuration table documents each). The CMS faces the internet: these apply before
 * a request is parsed (body size, rate, time) or resolved (depth, page size).
 */
const positive = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .positive({ error: `${name} must be a positive number` })
    .default(fallback)

const schema = z.object({
  MAX_JSON_KB: positive('MAX_JSON_KB', 1024),
  MAX_UPLOAD_MB: positive('MAX_UPLOAD_MB', 25),
  RATE_LIMIT_API: positive('RATE_LIMIT_API', 600).pipe(z.int()),
  RATE_LIMIT_FILES: positive('RATE_LIMIT_FILES', 6000).pipe(z.int()),
  RATE_LIMIT_LOGIN: positive('RATE_LIMIT_LOGIN', 20).pipe(z.int()),
  RATE_LIMIT_FORMS: positive('RATE_LIMIT_FORMS', 5).pipe(z.int()),
  REQUEST_TIMEOUT_S: positive('REQUEST_TIMEOUT_S', 30),
  TRUST_PROXY: z.coerce.number().int().min(0, { error: 'TRUST_PROXY must be 0 or a number of proxies' }).default(0),
})

export type RequestLimits = {
  /** Largest JSON or form body, in bytes. */
  jsonBytes: number
  /** Largest multipart (upload) body, in bytes: the upload limit plus room for the form fields. */
  multipartBytes: number
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

export function requestLimits(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  const parsed = schema.safeParse(env)
  if (!parsed.success) throw new Error(`CMS limits: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  const v = parsed.data
  return {
    jsonBytes: Math.round(v.MAX_JSON_KB * 1024),
    multipartBytes: Math.round(v.MAX_UPLOAD_MB * 1024 * 1024) + 1024 * 1024,
    apiPerMinute: v.RATE_LIMIT_API,
    filesPerMinute: v.RATE_LIMIT_FILES,
    loginPer15Minutes: v.RATE_LIMIT_LOGIN,
    formsPerHour: v.RATE_LIMIT_FORMS,
    responseTimeoutMs: Math.round(v.REQUEST_TIMEOUT_S * 1000),
    trustProxy: v.TRUST_PROXY,
  }
}
