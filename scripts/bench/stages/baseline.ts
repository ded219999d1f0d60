/**
 * The trivial-page baseline: a throwaway Astro project (the installed Astro, default config) with
 * one dynamic route rendering as many pages as the site build did, each a heading and nothing
 * else. What Astro needs for that is Astro's own cost; the rest of our render time is ours.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { measure } from '../measure.ts'
import { ASTRO_BIN, buildPhases, linkNodeModules, type BuildPhases } from './build.ts'

export type BaselineOutput = { ms: number; peakRssBytes: number; pages: number; phases: BuildPhases; pagesPerSecond: number }

const PAGE = `---
export function getStaticPaths() {
  const locales = ['sq', 'sr', 'en']
  return Array.from({ length: Number(process.env.BENCH_PAGES) }, (_, i) => ({ params: { locale: locales[i % 3], slug: 'page-' + i } }))
}
const { slug } = Astro.params
---
<html lang="en"><head><meta charset="utf-8" /><title>{slug}</title></head><body><h1>{slug}</h1></body></html>
`

export async function runBaseline({ dir, pages }: { dir: string; pages: number }): Promise<BaselineOutput> {
  mkdirSync(path.join(dir, 'src', 'pages', '[locale]'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'arkivi-bench-trivial', private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'astro.config.mjs'), `export default { output: 'static', trailingSlash: 'always', build: { format: 'directory' } }\n`)
  writeFileSync(path.join(dir, 'src', 'pages', '[locale]', '[slug].astro'), PAGE)
  const measured = await measure(process.execPath, [ASTRO_BIN, 'build'], {
    // The project's installed Astro, so both builds run the same version.
    cwd: linkNodeModules(dir),
    env: { ...process.env, BENCH_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  if (measured.code !== 0)
    throw new Error(
      `baseline astro build failed:\n${measured.lines
        .slice(-30)
        .map((line) => line.text)
        .join('\n')}`,
    )
  const phases = buildPhases(measured)
  return { ms: measured.ms, peakRssBytes: measured.peakRssBytes, pages, phases, pagesPerSecond: phases.render ? pages / (phases.render.ms / 1000) : NaN }
}
