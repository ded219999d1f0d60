/**
 * `npx tsx scripts/bench/searchRerun.ts --dir <folder kept by npm run bench -- --keep> [--out <file.json>]`:
 * builds this checkout's site again from a kept bench run's database (its CMS started on that
 * database, the load stage not repeated: loading 10,000 items takes ~10 minutes), then measures
 * the site's first searches in Chromium (the search stage, Pagefind only) and the search
 * evaluation (stages/evaluate.ts) on the new build. For comparing a change to the search
 * against the run that was kept (bench/latest.md, "Search that knows Albanian").
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildCms, startCms, throwawayCmsEnv } from '../lib/cms.ts'
import { freePort } from '../lib/ports.ts'
import { stop } from '../lib/processes.ts'
import { runStage } from './stage.ts'
import { pagefindSizes, runBuild } from './stages/build.ts'
import type { EvaluateOutput } from './stages/evaluate.ts'
import type { SearchOutput } from './stages/search.ts'

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' } } })
if (!values.dir) throw new Error('--dir <a folder kept by `npm run bench -- --keep`> is required')
const dir = path.resolve(values.dir)
const env = throwawayCmsEnv(dir, { RATE_LIMIT_API: '1000000' })
const distDir = path.join(dir, 'dist-rerun')
const itemsFile = path.join(dir, 'public-items.json')
const log = (line: string) => process.stderr.write(`search-rerun: ${line}\n`)

await buildCms(env)
const port = await freePort()
const server = await startCms(port, { ...env, CMS_URL: `http://localhost:${port}` })
let build
try {
  log(`building the site from ${dir}`)
  build = await runBuild({ cmsUrl: `http://localhost:${port}`, outDir: distDir, cacheDir: path.join(dir, 'astro-cache-rerun') })
} finally {
  stop(server)
}
log('search stage (Pagefind)')
// The search stage serves the Lunr folder too; a run kept without its Lunr stage has none.
mkdirSync(path.join(dir, 'lunr'), { recursive: true })
const search = await runStage<SearchOutput>('search', { distDir, lunrDir: path.join(dir, 'lunr'), itemsFile, engines: ['pagefind'] }, { workDir: dir, env })
log('evaluation stage')
const evaluation = await runStage<EvaluateOutput>('evaluate', { distDir, itemsFile, mode: 'site' }, { workDir: dir, env })
const result = { build, index: pagefindSizes(distDir), search: search.output, evaluation: evaluation.output }
const out = values.out ?? path.join(dir, 'search-rerun.json')
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
log(`wrote ${out}`)
process.exit()
