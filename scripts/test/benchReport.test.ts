import { describe, expect, it } from 'vitest'
import type { Line, Measured } from '../bench/measure.ts'
import { markdownReport } from '../bench/report.ts'
import type { IncompleteResult, Stages } from '../bench/run.ts'
import { buildPhases } from '../bench/stages/build.ts'

/** The end of a real 2,000-item `astro build` log, each line with its arrival (ms since start). */
const ASTRO_LOG: [number, string][] = [
  [8_000, '23:38:36 [content] Syncing content'],
  [16_000, '23:38:44 [content] Synced content'],
  [16_100, '23:38:44 [build] Collecting build info...'],
  [16_200, '23:38:44 [build] ✓ Completed in 8.22s.'],
  [16_300, '23:38:44 [build] Building static entrypoints...'],
  [21_500, ' generating static routes '],
  [58_500, '23:39:26 ✓ Completed in 37.05s.'],
  [58_600, ' generating optimized images '],
  [103_900, '23:40:12 ✓ Completed in 45.33s.'],
  [103_950, '23:40:12 [build] ✓ Completed in 1m 28s.'],
  [106_000, '23:40:14 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [106_100, '23:40:14 [build] 9494 page(s) built in 1m 38s'],
]

function measured(log: [number, string][]): Measured {
  const lines: Line[] = log.map(([ms, text]) => ({ ms, text }))
  // Memory peaks in the sitemap step, so its phase must own that peak.
  const samples = [
    { ms: 50_000, bytes: 1e9 },
    { ms: 105_000, bytes: 2e9 },
  ]
  return { ms: 106_200, peakRssBytes: 2e9, samples, lines, code: 0 }
}

describe('bench build phases', () => {
  it('reports the sitemap as a phase of its own, between the generated pages and the sitemap written', () => {
    const phases = buildPhases(measured(ASTRO_LOG))
    expect(phases.sitemap).toEqual({ ms: 2_050, peakRssBytes: 2e9 })
    expect(phases.images).toEqual({ ms: 45_300, peakRssBytes: 0 })
    expect(phases.render?.ms).toBe(37_100)
  })

  it('has no sitemap phase when the build writes none (the trivial-page baseline)', () => {
    expect(buildPhases(measured(ASTRO_LOG.filter(([, text]) => !text.includes('sitemap')))).sitemap).toBeUndefined()
  })
})

describe('bench report of a run a stage stopped', () => {
  const build: Stages['build'] = {
    ms: 150_000,
    peakRssBytes: 2e9,
    pages: 9494,
    indexedPages: 5967,
    pagesPerSecond: 256,
    outDirBytes: 4e8,
    phases: { render: { ms: 37_100, peakRssBytes: 1e9 }, sitemap: { ms: 2_050, peakRssBytes: 2e9 }, index: { ms: 47_600, peakRssBytes: 1e9 } },
    renderByTemplate: { 'items/[slug]': { pages: 5892, ms: 20_000 } },
    loadAverage: 0.4,
    cmsPeakRssBytes: 5e8,
  }
  const result: IncompleteResult = {
    items: 2000,
    date: '2026-12-01T00:00:00.000Z',
    environment: { cores: 2, cpu: 'test', memoryGiB: 8, node: 'v24', astro: '7', pagefind: '1.6', payload: '3', lunr: '2', commit: 'abc1234', imagePool: 8 },
    build,
    incomplete: { stage: 'search', error: 'pagefind sq “Prishtinë” (cold) did not show a result count' },
  }

  it('writes the figures of the stages that finished, says which stage failed and why, and judges no target', () => {
    const report = markdownReport(result)
    expect(report).toMatch(/^# Arkivi bench: 2,000 items × 3 locales \(2026-12-01\), incomplete/)
    expect(report).toContain('**Incomplete run**: stage `search` failed')
    expect(report).toContain('pagefind sq “Prishtinë” (cold) did not show a result count')
    expect(report).toContain('| build: sitemap (@astrojs/sitemap) | 2.05 s |  | 2.00 GB |')
    expect(report).toContain('| **site build total** (astro build + search index) | **150.0 s** |')
    expect(report).not.toContain('## Search in Chromium')
    expect(report).not.toContain('## Targets')
  })

  it('writes a report even when the first stage failed', () => {
    const { build: _build, ...nothing } = result
    const report = markdownReport({ ...nothing, incomplete: { stage: 'load', error: 'database locked' } })
    expect(report).toContain('**Incomplete run**: stage `load` failed')
    expect(report).not.toContain('site build total')
  })
})
