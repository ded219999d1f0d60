import { env } from '../env.ts'

/** Where a rebuild is sent: Netlify's build hook in production, the local runner in development. */
export type RebuildTarget = { kind: 'netlify' | 'local'; url: string } | { kind: 'none' }

export function rebuildTarget(): RebuildTarget {
  const { BUILD_HOOK_URL, REBUILD_RUNNER_URL } = env()
  if (BUILD_HOOK_URL) return { kind: 'netlify', url: BUILD_HOOK_URL }
  if (REBUILD_RUNNER_URL) return { kind: 'local', url: REBUILD_RUNNER_URL }
  return { kind: 'none' }
}

export const REBUILD_QUEUE = 'rebuild'
export const REBUILD_TASK = 'rebuildSite'
