/**
 * The takedown request form's contract between the site (which renders the form and one page per
 * answer) and the CMS (which checks and stores the request): field limits and refusal reasons.
 */
export const TAKEDOWN_LIMITS = { page: 500, request: 5000, minRequest: 10, replyTo: 254 } as const

/** Why the CMS refused a request; the site has a page explaining each one, in each language. */
export const TAKEDOWN_REFUSALS = ['missing-page', 'missing-request', 'too-long', 'bad-email', 'rate-limited'] as const
export type TakedownRefusal = (typeof TAKEDOWN_REFUSALS)[number]

/** The CMS endpoint the site's form posts to. */
export const TAKEDOWN_SUBMIT_PATH = '/api/takedown-requests/submit'
