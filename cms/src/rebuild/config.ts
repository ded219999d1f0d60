import { buildHookUrl, rebuildRunnerUrl } from '../env.ts'

/** Where a rebuild is sent: Netlify's build hook in production, the local runner in development. */
export type RebuildTarget = { kind: 'netlify' | 'local'; url: string } | { kind: 'none' }

export function rebuildTarget(): RebuildTarget {
  const hook = buildHookUrl()
  if (hook) return { kind: 'netlify', url: hook }
  const runner = rebuildRunnerUrl()
  if (runner) return { kind: 'local', url: runner }
  return { kind: 'none' }
}

/** How long changes are collected into one build (`REBUILD_DEBOUNCE_MS`, default 5 s). */
export function rebuildDebounceMs(): number {
  const value = Number(process.env.REBUILD_DEBOUNCE_MS ?? 5000)
  return Number.isFinite(value) && value >= 0 ? value : 5000
}

export const REBUILD_QUEUE = 'rebuild'
export const REBUILD_TASK = 'rebuildSite'
