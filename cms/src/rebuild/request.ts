import type { PayloadRequest } from 'payload'
import { env } from '../env.ts'
import { REBUILD_QUEUE, REBUILD_TASK, rebuildTarget } from './config.ts'
import { recordBuild } from './status.ts'

/**
 * Asks for a site rebuild. A burst of changes becomes one build: while a rebuild job is waiting
 * (queued, not yet running), further requests join it; a change during a running build queues
 * the next one, so the last change is always built.
 */
export async function requestRebuild(req: PayloadRequest, reason: string): Promise<void> {
  const target = rebuildTarget()
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: REBUILD_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const now = new Date()
  await recordBuild(req, { status: target.kind === 'none' ? 'not-configured' : 'queued', reason, requestedAt: now.toISOString(), target: target.kind })
  if (target.kind === 'none') {
    req.payload.logger.warn(`site rebuild needed (${reason}) but neither BUILD_HOOK_URL nor REBUILD_RUNNER_URL is set`)
    return
  }
  if (waiting.docs.length > 0) return
  await req.payload.jobs.queue({
    task: REBUILD_TASK,
    queue: REBUILD_QUEUE,
    input: { reason },
    waitUntil: new Date(now.getTime() + env().REBUILD_DEBOUNCE_MS),
    req,
  } as never)
}
