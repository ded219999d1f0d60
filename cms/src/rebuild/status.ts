import type { PayloadRequest } from 'payload'
import type { BuildStatus } from '../globals/SiteBuild.ts'

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
  await req.payload.updateGlobal({ slug: 'site-build', data: state, overrideAccess: true, depth: 0, req })
}
