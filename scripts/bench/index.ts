/**
 * `npm run bench [-- --items N | --quick | --sweep] [--profile] [--keep]`: the
 * whole path at archive scale (load → fetch → render → index → search → weight), side by side
 * with a CollectionBuilder-style Lunr index and a trivial Astro build. Figures go to
 * bench/results/<date>-<N>.json and .md. --quick is N = 500 (the CI smoke); --sweep runs
 * N = 1,000, 5,000 and 10,000 (reusing today's result for an N already run) and draws time and
 * memory against N; --profile runs the site build under V8's CPU
 * profiler and names where its time goes (<date>-<N>-profiled.*); --keep leaves the run's
 * temporary folder in place; --out <dir> writes the results there instead of bench/results;
 * --report <file.json> writes a saved run's Markdown again.
 * See bench/README.md for the method.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../lib/paths.ts'
import { sweepChart } from './chart.ts'
import { markdownReport, sweepReport } from './report.ts'
import { BenchIncomplete, benchOnce, type BenchResult, type IncompleteResult } from './run.ts'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    quick: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    report: { type: 'string' },
    out: { type: 'string' },
  },
})

// --report <file.json>: write a saved run's Markdown again (after the report's format changed).
if (values.report) {
  const result = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResult | IncompleteResult
  writeFileSync(values.report.replace(/\.json$/, '.md'), markdownReport(result))
  process.exit()
}

const QUICK_ITEMS = 500
const SWEEP_ITEMS = [1000, 5000, 10_000]
const sizes = values.sweep ? SWEEP_ITEMS : [values.quick ? QUICK_ITEMS : Number(values.items)]
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--items must be a whole number of at least 100, got "${values.items}"`)

const resultsDir = path.resolve(values.out ?? path.join(ROOT, 'bench', 'results'))
mkdirSync(resultsDir, { recursive: true })
const day = new Date().toISOString().slice(0, 10)

/** Writes a run's JSON and Markdown beside each other under `base`. */
function writeRun(base: string, result: BenchResult | IncompleteResult): string {
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`)
  const report = markdownReport(result)
  writeFileSync(`${base}.md`, report)
  return report
}

const results: BenchResult[] = []
for (const items of sizes) {
  const base = path.join(resultsDir, `${day}-${items}${values.profile ? '-profiled' : ''}`)
  // A sweep resumes: today's complete result for an N it has already run is read, not run again.
  const saved = values.sweep && existsSync(`${base}.json`) ? (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as BenchResult | IncompleteResult) : undefined
  if (saved && !('incomplete' in saved)) {
    process.stderr.write(`bench: using ${path.relative(ROOT, base)}.json (delete it to run ${items} again)\n`)
    results.push(saved)
    continue
  }
  try {
    const result = await benchOnce(items, { keep: values.keep, profileTo: values.profile ? `${base}.cpuprofile` : undefined })
    results.push(result)
    const report = writeRun(base, result)
    process.stdout.write(`\n${report}\nbench: wrote ${path.relative(ROOT, base)}.json and .md${values.profile ? ' and .cpuprofile' : ''}\n`)
  } catch (error) {
    if (!(error instanceof BenchIncomplete)) throw error
    // The stages that finished keep their figures; the run still fails.
    writeRun(base, error.result)
    process.stderr.write(`bench: ${error.message}\nbench: wrote the finished stages' figures to ${path.relative(ROOT, base)}.json and .md (marked incomplete)\n`)
    process.exit(1)
  }
}
if (values.sweep) {
  const base = path.join(resultsDir, `${day}-sweep`)
  writeFileSync(`${base}.svg`, sweepChart(results))
  writeFileSync(`${base}.md`, sweepReport(results, `${day}-sweep.svg`))
  process.stdout.write(`bench: wrote ${path.relative(ROOT, base)}.svg and .md\n`)
}
