import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BenchResult } from '../bench/run.ts'
import { archiveItems as seedItems } from '../seed/data/index.ts'
import { ROOT } from '../lib/paths.ts'

/**
 * `npm run bench -- --quick`, the benchmark's smoke run: 500 synthetic items through the real
 * CMS, the site's real build and search indexer, Chromium searching Pagefind and Lunr, page
 * weights and the trivial-page baseline. Its figures are not judged here (tests share the
 * machine); what is checked is that every stage ran on the whole corpus, that hidden items
 * stayed hidden and that the report was written from the results.
 */
describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'arkivi-bench-smoke-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('runs every stage on 500 items and writes its JSON and Markdown report', { timeout: 1_800_000 }, () => {
    // The run's output goes to a file: it is long, and only its end matters when it fails.
    const log = path.join(out, 'bench.log')
    const fd = openSync(log, 'w')
    const run = spawnSync('npm', ['run', 'bench', '--', '--quick', '--out', out], { cwd: ROOT, stdio: ['ignore', fd, fd], timeout: 1_750_000 })
    closeSync(fd)
    expect(run.status, readFileSync(log, 'utf8').slice(-4000)).toBe(0)

    const files = readdirSync(out)
    const json = files.find((file) => file.endsWith('-500.json'))!
    expect(files).toContain(json.replace(/\.json$/, '.md'))
    const result = JSON.parse(readFileSync(path.join(out, json), 'utf8')) as BenchResult
    expect(result.load.hiddenIdentifiers.length).toBeGreaterThan(0)
    // The real seed runs first: its public items are in the archive too.
    const publicItems = result.load.publicItems + seedItems.filter((item) => item.published && item.visibility === 'public').length
    expect(result.fetch.documents['archive-items']).toBe(publicItems)
    // Every public item has a page in each locale; each locale has its own search bundle, and
    // together they index at least every item page.
    expect(result.build.renderByTemplate['items/[slug]'].pages).toBe(3 * publicItems)
    expect(Object.keys(result.index).sort()).toEqual(['en', 'sq', 'sr-latn'])
    expect(result.build.indexedPages).toBeGreaterThanOrEqual(3 * publicItems)

    const pagefind = result.search.queries.filter((query) => query.engine === 'pagefind')
    expect(pagefind.length).toBeGreaterThan(10)
    for (const query of pagefind) {
      expect(query.cold.results, `${query.locale} “${query.query}”`).toBeGreaterThan(0)
      expect(query.cold.bytes).toBeGreaterThan(0)
    }
    for (const [locale, check] of Object.entries(result.search.hiddenCheck)) expect(check.leaked, locale).toEqual([])

    const report = readFileSync(path.join(out, json.replace(/\.json$/, '.md')), 'utf8')
    expect(report).toContain(`commit ${result.environment.commit}`)
    expect(report).toMatch(/\| fetch \+ build \+ index under 5 min/)
  })
})
