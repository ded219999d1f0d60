import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildCms, startCms, throwawayCmsEnv } from '../lib/cms.ts'
import { ROOT } from '../lib/paths.ts'
import { freePort } from '../lib/ports.ts'
import { stop } from '../lib/processes.ts'
import { IMAGE_POOL_SIZE } from './corpus/generate.ts'
import { peakRss, sampleTree } from './measure.ts'
import { summariseProfile, type ProfileSummary } from './profile.ts'
import { runStage } from './stage.ts'
import { runBaseline, type BaselineOutput } from './stages/baseline.ts'
import { assertHiddenAbsent, pagefindSizes, runBuild, type BuildOutput, type IndexSizes } from './stages/build.ts'
import type { EvaluateOutput } from './stages/evaluate.ts'
import type { FetchOutput } from './stages/fetch.ts'
import type { LoadOutput } from './stages/load.ts'
import type { LunrOutput } from './stages/lunr.ts'
import type { SearchOutput } from './stages/search.ts'
import type { SoakOutput } from './stages/soak.ts'
import type { WeightOutput } from './stages/weight.ts'

type Timed<T> = T & { ms: number; peakRssBytes: number; loadAverage: number }

/** Every stage's figures, in the order the stages run. */
export type Stages = {
  load: Timed<LoadOutput>
  fetch: Timed<FetchOutput> & { cmsPeakRssBytes: number }
  build: BuildOutput & { loadAverage: number; cmsPeakRssBytes: number }
  index: IndexSizes
  soak: Timed<SoakOutput>
  lunr: Timed<LunrOutput>
  search: Timed<SearchOutput>
  /** The search evaluation (recall@5, precision@5) on the bench corpus; absent in runs saved before it existed. */
  evaluation?: Timed<EvaluateOutput>
  weight: Timed<WeightOutput>
  baseline: BaselineOutput & { loadAverage: number }
}

type RunInfo = { items: number; date: string; environment: Record<string, string | number> }

export type BenchResult = RunInfo &
  Stages & {
    /** With --profile: where the build's CPU time went (its times then include the profiler's cost). */
    profile?: ProfileSummary & { file: string }
  }

/** A run a stage stopped: the figures of the stages before it, and which stage failed and why. */
export type IncompleteResult = RunInfo & Partial<Stages> & { incomplete: { stage: string; error: string } }

/** Thrown by benchOnce when a stage fails, carrying what the run measured until then. */
export class BenchIncomplete extends Error {
  constructor(readonly result: IncompleteResult) {
    super(`bench stopped in stage "${result.incomplete.stage}": ${result.incomplete.error}`)
  }
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** The 1-minute load average before a stage: other work on the machine skews its figures. */
const loadAverage = () => Number(os.loadavg()[0].toFixed(2))

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version
}

function environment(): Record<string, string | number> {
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    // The site and CMS measured may differ from the commit: say so.
    if (execFileSync('git', ['status', '--porcelain', '--', 'site', 'cms', 'content-schemas'], { cwd: ROOT, encoding: 'utf8' }).trim()) commit += ' + uncommitted changes'
  } catch {
    // Not a git checkout: the figures stand without it.
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    payload: version('payload'),
    lunr: version('lunr'),
    commit,
    imagePool: IMAGE_POOL_SIZE,
  }
}

/** Summarises the build's CPU profile and keeps the file (open it in Chrome's DevTools). */
function keepProfile(profileDir: string, destination: string): ProfileSummary & { file: string } {
  const [largest] = readdirSync(profileDir)
    .map((name) => path.join(profileDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)
  mkdirSync(path.dirname(destination), { recursive: true })
  copyFileSync(largest, destination)
  return { ...summariseProfile(largest), file: path.relative(ROOT, destination) }
}

/**
 * The production build of the CMS on a free loopback port, on the bench database, for the
 * duration of `work`; its process tree's memory is sampled by the caller.
 */
async function withCms<T>(env: NodeJS.ProcessEnv, work: (cmsUrl: string, cmsPid: number) => Promise<T>): Promise<T> {
  log('building (if needed) and starting the CMS')
  await buildCms(env)
  const port = await freePort()
  const cmsUrl = `http://localhost:${port}`
  const server = await startCms(port, { ...env, CMS_URL: cmsUrl })
  try {
    return await work(cmsUrl, server.pid!)
  } finally {
    stop(server)
  }
}

/**
 * One full run at N items: a fresh SQLite database and media folder, the seed and N items, the
 * production CMS build serving them, the site's loaders, the site's build with its index, the
 * Lunr comparison, searches in Chromium, page weights and the trivial-page baseline. Everything
 * lives in one temporary folder, removed afterwards unless `keep`. With `profileTo`, the site
 * build runs under V8's CPU profiler and its profile is kept there.
 */
export type BenchOptions = { keep?: boolean; profileTo?: string }

/**
 * The soak stage's size: the 100 warm-up saves, then 1,000 saves and 2,000 reads; the
 * smoke run (500 items) does a fifth of that, enough to see a per-save leak.
 */
function soakSize(items: number): { warmup: number; saves: number; reads: number } {
  return items <= 500 ? { warmup: 50, saves: 200, reads: 400 } : { warmup: 100, saves: 1000, reads: 2000 }
}

export async function benchOnce(items: number, { keep = false, profileTo }: BenchOptions = {}): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `arkivi-bench-${items}-`))
  log(`${items} items; working in ${dir}`)
  // The bench measures the CMS, not its per-client rate limit (the soak stage alone sends 3,000 requests).
  const env = throwawayCmsEnv(dir, { RATE_LIMIT_API: '1000000' })
  const distDir = path.join(dir, 'dist')
  const itemsFile = path.join(dir, 'public-items.json')
  const lunrDir = path.join(dir, 'lunr')
  const profileDir = path.join(dir, 'profile')
  const done: Partial<Stages> = {}
  // The stage running now, named in the result when it fails.
  let current = 'load'
  const stage = async <T>(name: string, input: unknown) => {
    current = name
    const average = loadAverage()
    log(`stage ${name}`)
    const run = await runStage<T>(name, input, { workDir: dir, env })
    return { ...run.output, ms: run.ms, peakRssBytes: run.peakRssBytes, loadAverage: average }
  }
  try {
    const load = (done.load = await stage<LoadOutput>('load', { items }))
    current = 'cms'
    const build = await withCms(env, async (cmsUrl, cmsPid) => {
      const cmsMemory = sampleTree(cmsPid)
      const fetchInput = { cmsUrl, expectedItems: load.publicItems, hiddenIdentifiers: load.hiddenIdentifiers, itemsFile }
      const fetchOutput = await stage<FetchOutput>('fetch', fetchInput)
      done.fetch = { ...fetchOutput, cmsPeakRssBytes: peakRss(cmsMemory.samples) }
      const buildStarted = cmsMemory.samples.at(-1)?.ms ?? 0
      const average = loadAverage()
      current = 'build'
      log('stage build (astro build, then the search indexer)')
      const buildOutput = await runBuild({ cmsUrl, outDir: distDir, cacheDir: path.join(dir, 'astro-cache'), profileDir: profileTo && profileDir })
      assertHiddenAbsent(distDir, load.hiddenIdentifiers)
      done.build = { ...buildOutput, loadAverage: average, cmsPeakRssBytes: peakRss(cmsMemory.stop(), buildStarted) }
      done.index = pagefindSizes(distDir)
      done.soak = await stage<SoakOutput>('soak', { cmsUrl, cmsPid, ...soakSize(items) })
      return done.build
    })

    done.lunr = await stage<LunrOutput>('lunr', { itemsFile, outDir: lunrDir })
    done.search = await stage<SearchOutput>('search', { distDir, lunrDir, itemsFile })
    done.evaluation = await stage<EvaluateOutput>('evaluate', { distDir, itemsFile, mode: 'site' })
    done.weight = await stage<WeightOutput>('weight', { distDir })
    current = 'baseline'
    log('stage baseline (trivial Astro pages)')
    const baselineAverage = loadAverage()
    done.baseline = { ...(await runBaseline({ dir: path.join(dir, 'baseline'), pages: build.pages })), loadAverage: baselineAverage }
    return {
      ...info(items),
      ...(done as Stages),
      ...(profileTo ? { profile: keepProfile(profileDir, profileTo) } : {}),
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new BenchIncomplete({ ...info(items), ...done, incomplete: { stage: current, error: message } })
  } finally {
    if (keep) log(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

function info(items: number): RunInfo {
  return { items, date: new Date().toISOString(), environment: environment() }
}
