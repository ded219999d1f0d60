/**
 * Reads a V8 CPU profile of the site build (`npm run bench -- --profile`) and names where the
 * render time goes: inclusive time of the site's own functions (Astro bundles them into
 * .prerender/chunks/<module>_<hash>.mjs) and of the libraries they call, and the top self times.
 */
import { readFileSync } from 'node:fs'

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export type ProfileSummary = {
  sampledMs: number
  idleMs: number
  /** Inclusive time of site code and the libraries it calls, largest first. */
  site: { frame: string; ms: number }[]
  /** Self time of any function, largest first. */
  self: { frame: string; ms: number }[]
}

const TOP = 15

/** "listings_C7a82KYb.mjs" → "listings"; node_modules paths → "package/file". */
function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const chunk = /\/chunks\/(.+?)_[\w-]+\.mjs$/.exec(url)?.[1]
  const where =
    chunk ??
    url
      .split('/node_modules/')
      .pop()
      ?.replace(/^file:\/\//, '') ??
    url
  return `${functionName || '(anonymous)'} (${where || 'native'}${lineNumber >= 0 ? `:${lineNumber + 1}` : ''})`
}

/** Frames of the site's own modules and of libraries they call; Astro's renderer is left out. */
function isSiteFrame(node: ProfileNode): boolean {
  const { url } = node.callFrame
  if (/\/chunks\/(jsx-runtime|prerender-entry|astro)[_.]/.test(url)) return false
  return /\/\.prerender\/chunks\//.test(url) || /@sindresorhus|content-schemas/.test(url)
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i] / 1000))

  const inclusive = new Map<string, number>()
  const selfByFrame = new Map<string, number>()
  let sampledMs = 0
  let idleMs = 0
  for (const [id, ms] of self) {
    const node = byId.get(id)!
    sampledMs += ms
    if (node.callFrame.functionName === '(idle)') idleMs += ms
    selfByFrame.set(label(node), (selfByFrame.get(label(node)) ?? 0) + ms)
    // Each frame once per stack, so recursion is not counted twice.
    const seen = new Set<string>()
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current)!
      if (!isSiteFrame(frame) || seen.has(label(frame))) continue
      seen.add(label(frame))
      inclusive.set(label(frame), (inclusive.get(label(frame)) ?? 0) + ms)
    }
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([frame, ms]) => ({ frame, ms: Math.round(ms) }))
  return { sampledMs: Math.round(sampledMs), idleMs: Math.round(idleMs), site: top(inclusive), self: top(selfByFrame) }
}
