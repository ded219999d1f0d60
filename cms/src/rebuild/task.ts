import type { TaskConfig } from 'payload'
import { REBUILD_TASK, rebuildTarget } from './config.ts'
import { recordBuild } from './status.ts'

/** Whether the local runner's answer says it reported the build to the CMS itself. */
function saysReported(text: string): boolean {
  try {
    return (JSON.parse(text) as { reported?: unknown }).reported === true
  } catch {
    return false
  }
}

/** Long enough for a full local build of a large archive. */
export const LOCAL_BUILD_TIMEOUT_MS = 15 * 60 * 1000

/**
 * Sends one rebuild to the target. Netlify's build hook answers at once and reports the deploy
 * later (see reportEndpoint.ts); the local runner reports its build's start and end the same way
 * and answers when the build is done, saying whether it reported (`reported`); when it did not
 * (no BUILD_REPORT_SECRET), the outcome is recorded here. A failure is recorded, logged and
 * retried with backoff by Payload's job runner.
 */
export const rebuildSiteTask: TaskConfig = {
  slug: REBUILD_TASK,
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const target = rebuildTarget()
    const reason = String((input as { reason?: string }).reason ?? '')
    if (target.kind === 'none') return { output: {} }
    const started = Date.now()
    let reported = false
    await recordBuild(req, { status: 'building', reason, target: target.kind, startedAt: new Date(started).toISOString(), error: null })
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason }),
        signal: AbortSignal.timeout(target.kind === 'local' ? LOCAL_BUILD_TIMEOUT_MS : 30_000),
      })
      const text = await response.text()
      reported = target.kind === 'local' && saysReported(text)
      if (!response.ok) throw new Error(`${target.kind} rebuild target answered HTTP ${response.status}: ${text.slice(0, 500)}`)
      const finished = new Date()
      if (!reported)
        await recordBuild(
          req,
          target.kind === 'local'
            ? { status: 'succeeded', finishedAt: finished.toISOString(), lastSuccessAt: finished.toISOString(), durationMs: finished.getTime() - started, error: null }
            : { status: 'requested' },
        )
      req.payload.logger.info(`site rebuild ${target.kind === 'local' ? 'done' : 'requested'} (${reason}) in ${Date.now() - started} ms`)
      return { output: {} }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // A failure the runner reported is recorded already, with the build's own error.
      if (!reported) await recordBuild(req, { status: 'failed', finishedAt: new Date().toISOString(), error: message })
      req.payload.logger.error(`site rebuild failed (${reason}): ${message}`)
      throw error
    }
  },
}
