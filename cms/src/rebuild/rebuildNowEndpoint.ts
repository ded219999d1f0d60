import type { Endpoint } from 'payload'
import { canPublish } from '../access/canPublish.ts'
import { roleOf } from '../access/roles.ts'
import { requestRebuild } from './request.ts'
import { SITE_BUILD_SLUG } from './status.ts'

/** A "Rebuild now" within this long of the last one is refused: one click is enough. */
export const REBUILD_NOW_COOLDOWN_MS = 30_000

const REASON = 'rebuild now'

/**
 * `POST /api/globals/site-build/rebuild`: the Site build screen's "Rebuild now". Editors and admins
 * only (`canPublish`: they decide what the public sees; a contributor's click could still fire
 * builds at Netlify's expense). It asks for a rebuild as a publish does, so it joins a rebuild
 * already waiting (requestRebuild debounces), and it is refused with 429 within
 * REBUILD_NOW_COOLDOWN_MS of the last "Rebuild now" (publishes are debounced already).
 */
export const rebuildNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (roleOf(req) === null) return Response.json({ errors: [{ message: 'Sign in to rebuild the site.' }] }, { status: 401 })
    if (!canPublish({ req })) return Response.json({ errors: [{ message: 'Only editors and admins may rebuild the site.' }] }, { status: 403 })
    const state = await req.payload.findGlobal({ slug: SITE_BUILD_SLUG, depth: 0, overrideAccess: true, req })
    const last = state.requestedAt && state.reason?.startsWith(REASON) ? Date.parse(state.requestedAt) : 0
    const wait = last + REBUILD_NOW_COOLDOWN_MS - Date.now()
    if (wait > 0) {
      return Response.json({ errors: [{ message: 'A build was asked for moments ago.' }] }, { status: 429, headers: { 'retry-after': String(Math.ceil(wait / 1000)) } })
    }
    await requestRebuild(req, `${REASON} (${(req.user as { email?: string } | null)?.email ?? 'staff'})`)
    return Response.json({ queued: true }, { status: 202 })
  },
}
