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
import { benchOnce, type BenchResult } from './run.ts'

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
  const result = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResult
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

const results: BenchResult[] = []
for (const items of sizes) {
  const base = path.join(resultsDir, `${day}-${items}${values.profile ? '-profiled' : ''}`)
  // A sweep resumes: today's result for an N it has already run is read, not run again.
  if (values.sweep && existsSync(`${base}.json`)) {
    process.stderr.write(`bench: using ${path.relative(ROOT, base)}.json (delete it to run ${items} again)\n`)
    results.push(JSON.parse(readFileSync(`${base}.json`, 'utf8')) as BenchResult)
    continue
  }
  const result = await benchOnce(items, { keep: values.keep, profileTo: values.profile ? `${base}.cpuprofile` : undefined })
  results.push(result)
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`)
  const report = markdownReport(result)
  writeFileSync(`${base}.md`, report)
  process.stdout.write(`\n${report}\nbench: wrote ${path.relative(ROOT, base)}.json and .md${values.profile ? ' and .cpuprofile' : ''}\n`)
}
if (values.sweep) {
  const base = path.join(resultsDir, `${day}-sweep`)
  writeFileSync(`${base}.svg`, sweepChart(results))
  writeFileSync(`${base}.md`, sweepReport(results, `${day}-sweep.svg`))
  process.stdout.write(`bench: wrote ${path.relative(ROOT, base)}.svg and .md\n`)
}
