import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import type { Refusal } from './bodyLimit.ts'
import type { RequestLimits } from './limits.ts'

/** File downloads: static reads of public files, which a site build makes one per image. */
const FILE_ROUTE = /^\/api\/media\/file\//
/** Routes that try credentials or send mail: a far smaller budget than reading. */
const AUTH_ROUTE = /^\/api\/users\/(login|forgot-password|reset-password|unlock|first-register|refresh-token)\/?$/

export type RateLimits = { check: (client: string, method: string, pathname: string) => Promise<Refusal | null> }

/**
 * Per-client budgets, held in this process's memory (one CMS process; behind several, use a
 * shared store). Only the API is counted: the admin's pages and scripts are static files. The
 * takedown form counts its own submissions, to send a browser back to the site (see
 * collections/TakedownRequests/submitEndpoint.ts).
 */
export function rateLimits(limits: RequestLimits): RateLimits {
  const api = new RateLimiterMemory({ keyPrefix: 'api', points: limits.apiPerMinute, duration: 60 })
  const files = new RateLimiterMemory({ keyPrefix: 'files', points: limits.filesPerMinute, duration: 60 })
  const auth = new RateLimiterMemory({ keyPrefix: 'auth', points: limits.loginPer15Minutes, duration: 15 * 60 })
  const consume = async (limiter: RateLimiterMemory, client: string, what: string): Promise<Refusal | null> => {
    try {
      await limiter.consume(client)
      return null
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result
      const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000))
      return { status: 429, message: `Too many ${what} from this address; try again in ${seconds} s.`, headers: { 'retry-after': String(seconds) } }
    }
  }
  return {
    check: async (client, method, pathname) => {
      if (!pathname.startsWith('/api/')) return null
      if (method === 'POST' && AUTH_ROUTE.test(pathname)) {
        const refused = await consume(auth, client, 'sign-in attempts')
        if (refused) return refused
      }
      if (FILE_ROUTE.test(pathname)) return consume(files, client, 'file downloads')
      return consume(api, client, 'requests')
    },
  }
}
