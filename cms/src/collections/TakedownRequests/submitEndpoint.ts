import type { Endpoint, PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { siteUrl } from '../../env.ts'
import { CLIENT_HEADER } from '../../http/clientAddress.ts'
import { requestLimits } from '../../http/limits.ts'
import type { TakedownRefusal as Refusal } from '@arkivi/content-schemas'
import { parseSubmission } from './submission.ts'
import { resolveItem } from './resolveItem.ts'

let perClient: RateLimiterMemory | undefined
/** Made on first use, so that importing the collections reads no limit from the environment. */
const limiter = () => (perClient ??= new RateLimiterMemory({ keyPrefix: 'takedown', points: requestLimits().formsPerHour, duration: 60 * 60 }))

async function fieldsOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? ''
  const body = (await req.text?.()) ?? ''
  if (/application\/json/i.test(type)) {
    try {
      const parsed: unknown = JSON.parse(body)
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
    } catch {
      return {}
    }
  }
  return Object.fromEntries(new URLSearchParams(body))
}

/**
 * `POST /api/takedown-requests/submit`, from the site's form (a plain HTML form, so it works
 * without JavaScript) or as JSON. A browser is sent back to the site's confirmation page or to
 * the page explaining what to correct (303); a JSON client gets 201 or 400/429 with the reason.
 * Rate-limited per client address (which is not stored); a filled-in honeypot is answered as a
 * success and stored nowhere.
 */
export const submitEndpoint: Endpoint = {
  // TAKEDOWN_SUBMIT_PATH, relative to the collection.
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const parsed = parseSubmission(await fieldsOf(req))
    const wantsJson = /application\/json/i.test(req.headers.get('accept') ?? '')
    const answer = (outcome: 'sent' | Refusal, status: number, field?: string) => {
      if (wantsJson) {
        const body =
          outcome === 'sent' ? { status: 'sent' } : { errors: [{ reason: outcome, field, message: `takedown request: ${outcome}${field ? ` (${field})` : ''}` }] }
        return Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
      }
      const path = outcome === 'sent' ? 'sent' : `refused/${outcome}`
      return new Response(null, { status: 303, headers: { location: `${siteUrl()}/${parsed.locale}/takedown/${path}/`, 'cache-control': 'no-store' } })
    }
    try {
      await limiter().consume(req.headers.get(CLIENT_HEADER) ?? 'unknown')
    } catch {
      return answer('rate-limited', 429)
    }
    if (!parsed.ok) return answer(parsed.refusal, 400, parsed.field)
    const { website, ...submission } = parsed.submission
    if (website !== '') return answer('sent', 201)
    await req.payload.create({
      collection: 'takedown-requests',
      data: { ...submission, replyTo: submission.replyTo || undefined, item: await resolveItem(req, submission.page), status: 'new' },
      overrideAccess: true,
      req,
    })
    return answer('sent', 201)
  },
}
