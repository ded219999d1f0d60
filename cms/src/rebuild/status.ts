import type { PayloadRequest } from 'payload'

/** The global that holds the site build's state, shown in the admin. */
export const SITE_BUILD_SLUG = 'site-build'

export const BUILD_STATUSES = ['queued', 'building', 'requested', 'succeeded', 'failed', 'not-configured'] as const
export type BuildStatus = (typeof BUILD_STATUSES)[number]

export type BuildState = {
  status: BuildStatus
  reason?: string
  target?: string
  requestedAt?: string
  startedAt?: string
  finishedAt?: string
  lastSuccessAt?: string
  durationMs?: number | null
  error?: string | null
}

/** Records the site build's state in the `site-build` global (inside the request's transaction). */
export async function recordBuild(req: PayloadRequest, state: BuildState): Promise<void> {
  await req.payload.updateGlobal({ slug: SITE_BUILD_SLUG, data: state, overrideAccess: true, depth: 0, req })
}
