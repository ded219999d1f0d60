/**
 * Stage 5, search in Chromium: the site's own search page (real Pagefind, real index) and the
 * Lunr pages (CollectionBuilder-style and prebuilt), served on loopback as the host serves them.
 * For each query: cold (new browser context, empty cache, the search page opened with ?q=),
 * warm (the same page opened again, cache primed) and next (another query typed into the open
 * page). Time is from navigation start (cold, warm) or from submitting (next) to the first
 * results on screen; bytes are what crossed the wire (headers and bodies), the page's own files
 * included, and separately the search index's files alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import type { Locale } from '@arkivi/content-schemas'
import { launchChromium } from '../../lib/chromium.ts'
import { serveBuiltSite } from '../../lib/staticSite.ts'
import { HIDDEN_MARK } from '../corpus/generate.ts'
import { hiddenQueries, searchQueries, type CorpusDoc, type SearchQuery } from '../queries.ts'

export type Engine = 'pagefind' | 'lunr-collectionbuilder' | 'lunr-prebuilt'
/**
 * `itemsFile`: the public items as the fetch stage saved them, from which the queries are chosen.
 * `engines`: which to measure (default all; searchRerun.ts measures the site's alone).
 */
export type SearchInput = { distDir: string; lunrDir: string; itemsFile: string; engines?: Engine[] }
/**
 * `titles`: the first results' titles, as shown; `byKind`: bytes per kind of file (see kindOf);
 * `marks`: for page loads, when the HTML had arrived, the DOM was ready and the search engine's
 * script had arrived (ms from navigation start), to tell where the time went.
 */
export type Timing = {
  ms: number
  bytes: number
  indexBytes: number
  requests: number
  results: number
  titles: string[]
  byKind: Record<string, number>
  marks?: { html: number; domReady: number; engineScript: number }
  /** For page loads: each request as [file, start, end, bytes], ms from navigation start. */
  waterfall?: [string, number, number, number][]
}
/** `matches`: the public items holding the query's words (see queries.ts). */
export type QueryResult = { engine: Engine; locale: Locale; query: string; matches: number; cold: Timing; warm: Timing; next: Timing }
export type SearchOutput = { queries: QueryResult[]; hiddenCheck: Record<string, { results: number; leaked: string[] }> }

const TIMEOUT_MS = 180_000

type Bucket = {
  pending: Promise<void>[]
  bytes: number
  indexBytes: number
  requests: number
  byKind: Record<string, number>
  /** [file, start, end, bytes] with start and end in ms since the epoch. */
  requestsSeen: [string, number, number, number][]
}
type Bench = { final: number | null; started: number; text: string; titles: string[]; failed: boolean }

/**
 * Installed in every page: notes when the search status first shows its outcome, a result count
 * ("no results" included) or the engine's error message, whichever the query ends with.
 */
function watchStatus() {
  const bench: Bench = { final: null, started: 0, text: '', titles: [], failed: false }
  ;(window as unknown as { __bench: Bench }).__bench = bench
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.querySelector('[data-search-status]')
    const strings = JSON.parse(document.querySelector('[data-search]')?.getAttribute('data-strings') ?? '{}') as Record<string, string>
    if (!status) return
    new MutationObserver(() => {
      const text = (status.textContent ?? '').trim()
      if (bench.final !== null || !text || text === strings['search.searching']) return
      bench.final = performance.now()
      bench.text = text
      bench.failed = text === strings['search.error']
      bench.titles = [...document.querySelectorAll('[data-search-results] li')].map((item) => item.querySelector('a')?.textContent?.trim() ?? '')
    }).observe(status, { childList: true, characterData: true, subtree: true })
  })
}

/** What a file is, for the breakdown of a search's bytes. */
export function kindOf(url: string): string {
  const { pathname } = new URL(url)
  const known: [RegExp, string][] = [
    [/\.pf_fragment$/, 'pagefind fragments'],
    [/\.pf_index$/, 'pagefind index chunks'],
    [/\.pf_filter$/, 'pagefind filters'],
    [/\.pf_meta$|pagefind-entry\.json$/, 'pagefind metadata'],
    [/\.pagefind$/, 'pagefind wasm'],
    [/\/pagefind\/.*\.js$/, 'pagefind js'],
    [/lunr\.min\.js$/, 'lunr js'],
    [/store\.\w+\.js$|index\.\w+\.json$/, 'lunr data'],
    [/\.css$/, 'page css'],
    [/\.js$/, 'page js'],
  ]
  return known.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'page html and other'
}

/** Counts requests finished in a context into whichever bucket is open. */
function track(context: BrowserContext, isIndex: (url: string) => boolean) {
  const empty = (): Bucket => ({ pending: [], bytes: 0, indexBytes: 0, requests: 0, byKind: {}, requestsSeen: [] })
  let bucket = empty()
  context.on('requestfinished', (request) => {
    const open = bucket
    open.pending.push(
      request.sizes().then((sizes) => {
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize
        open.bytes += bytes
        open.requests += 1
        if (isIndex(request.url())) open.indexBytes += bytes
        const kind = kindOf(request.url())
        open.byKind[kind] = (open.byKind[kind] ?? 0) + bytes
        const timing = request.timing()
        const file = new URL(request.url()).pathname.split('/').filter(Boolean).pop() ?? '/'
        open.requestsSeen.push([file, timing.startTime, timing.startTime + timing.responseEnd, bytes])
      }),
    )
  })
  return {
    open: () => (bucket = empty()),
    close: async () => {
      const closed = bucket
      bucket = empty()
      await Promise.all(closed.pending)
      return closed
    },
  }
}

function resultCount(bench: Bench): number {
  if (bench.titles.length === 0) return 0
  const number = /\d[\d\s.,\u00a0\u202f]*/.exec(bench.text)?.[0] ?? '0'
  return Number(number.replace(/\D/g, ''))
}

/** What one timed step waits for, named in its error when it does not finish. */
type Step = { engine: Engine; locale: Locale; query: string; phase: 'cold' | 'warm' | 'next' }

/** The page's own errors and warnings, kept to explain a step that never finished. */
function pageProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  return problems
}

/** Fails with the step, the status the page showed and the page's own errors. */
async function stepFailed(page: Page, step: Step, problems: string[], cause: unknown): Promise<never> {
  const status = await page.evaluate(() => document.querySelector('[data-search-status]')?.textContent?.trim() ?? '(no status element)').catch(() => '(page unreadable)')
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause)
  const detail = [`status shown: “${status}”`, ...problems.slice(-5)].join('; ')
  throw new Error(`${step.engine} ${step.locale} “${step.query}” (${step.phase}) did not show a result count: ${reason} (${detail})`)
}

async function timed(page: Page, tracker: ReturnType<typeof track>, step: Step, problems: string[], action: () => Promise<unknown>): Promise<Timing> {
  tracker.open()
  try {
    await action()
    await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.final !== null, null, { timeout: TIMEOUT_MS, polling: 20 })
  } catch (error) {
    return stepFailed(page, step, problems, error)
  }
  if (await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.failed)) return stepFailed(page, step, problems, new Error('the engine failed'))
  const { bench, marks, timeOrigin } = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => /\/(pagefind\.js|lunr\.min\.js)$/.test(entry.name))
    return {
      bench: (window as unknown as { __bench: Bench }).__bench,
      marks: { html: navigation.responseEnd, domReady: navigation.domContentLoadedEventEnd, engineScript: script?.responseEnd ?? NaN },
      timeOrigin: performance.timeOrigin,
    }
  })
  const traffic = await tracker.close()
  return {
    ms: bench.final! - bench.started,
    bytes: traffic.bytes,
    indexBytes: traffic.indexBytes,
    requests: traffic.requests,
    results: resultCount(bench),
    titles: bench.titles,
    byKind: traffic.byKind,
    ...(bench.started === 0
      ? {
          marks,
          waterfall: traffic.requestsSeen
            .map(([file, start, end, bytes]): [string, number, number, number] => [file, Math.round(start - timeOrigin), Math.round(end - timeOrigin), bytes])
            .sort((a, b) => a[1] - b[1]),
        }
      : {}),
  }
}

/** Submits a query in the open page, as a visitor typing another search. */
function submit(page: Page, query: string) {
  return page.evaluate((query) => {
    const bench = (window as unknown as { __bench: Bench }).__bench
    document.querySelector('[data-search-status]')!.textContent = ''
    Object.assign(bench, { final: null, started: performance.now(), text: '', titles: [], failed: false })
    document.querySelector<HTMLInputElement>('input[name="q"]')!.value = query
    document.querySelector<HTMLFormElement>('[data-search-form]')!.requestSubmit()
  }, query)
}

/** The next query in the same language after query `i` (wrapping), typed into i's open page. */
function successor(queries: { locale: Locale }[], i: number): number {
  const later = queries.findIndex((other, j) => j > i && other.locale === queries[i].locale)
  return later >= 0 ? later : queries.findIndex((other) => other.locale === queries[i].locale)
}

async function measureEngine(
  browser: Browser,
  engine: Engine,
  url: (locale: Locale, query: string) => string,
  isIndex: (url: string) => boolean,
  queries: SearchQuery[],
): Promise<QueryResult[]> {
  const loads: { cold: Timing; warm: Timing }[] = []
  const next = new Map<number, Timing>()
  for (const [i, { locale, query }] of queries.entries()) {
    const context = await browser.newContext()
    await context.addInitScript(watchStatus)
    const tracker = track(context, isIndex)
    const page = await context.newPage()
    const problems = pageProblems(page)
    const step = (phase: Step['phase'], stepQuery = query): Step => ({ engine, locale, query: stepQuery, phase })
    const cold = await timed(page, tracker, step('cold'), problems, () => page.goto(url(locale, query), { timeout: TIMEOUT_MS }))
    const warm = await timed(page, tracker, step('warm'), problems, () => page.goto(url(locale, query), { timeout: TIMEOUT_MS }))
    loads.push({ cold, warm })
    const j = successor(queries, i)
    next.set(j, await timed(page, tracker, step('next', queries[j].query), problems, () => submit(page, queries[j].query)))
    await context.close()
  }
  return queries.map(({ locale, query, matches }, i) => ({ engine, locale, query, matches, ...loads[i], next: next.get(i)! }))
}

export default async function searchStage({
  distDir,
  lunrDir,
  itemsFile,
  engines = ['pagefind', 'lunr-collectionbuilder', 'lunr-prebuilt'],
}: SearchInput): Promise<SearchOutput> {
  const docs = JSON.parse(readFileSync(itemsFile, 'utf8')) as CorpusDoc[]
  const queries = searchQueries(docs)
  const server = await serveBuiltSite(distDir, { cdn: true, mounts: { '/lunr-bench/': lunrDir } })
  const browser = await launchChromium()
  try {
    const site = (locale: Locale, query: string) => `${server.origin}/${locale}/search/?q=${encodeURIComponent(query)}`
    const lunrPage = (mode: string) => (locale: Locale, query: string) => `${server.origin}/lunr-bench/?mode=${mode}&locale=${locale}&q=${encodeURIComponent(query)}`
    const pagefindFiles = (url: string) => new URL(url).pathname.startsWith('/pagefind/')
    const lunrFiles = (url: string) => /\/lunr-bench\/(lunr\.min\.js|store\.\w+\.js|index\.\w+\.json)$/.test(new URL(url).pathname)
    const all: QueryResult[] = []
    if (engines.includes('pagefind')) all.push(...(await measureEngine(browser, 'pagefind', site, pagefindFiles, queries)))
    if (engines.includes('lunr-collectionbuilder'))
      all.push(...(await measureEngine(browser, 'lunr-collectionbuilder', lunrPage('collectionbuilder'), lunrFiles, queries)))
    if (engines.includes('lunr-prebuilt')) all.push(...(await measureEngine(browser, 'lunr-prebuilt', lunrPage('prebuilt'), lunrFiles, queries)))
    // Restricted and draft items carry HIDDEN_MARK in their titles. Pagefind answers a word it
    // does not know with near matches, so the check is that no result shown carries the mark
    // (an exact match would rank first).
    const hidden = await measureEngine(browser, 'pagefind', site, pagefindFiles, hiddenQueries(docs))
    const hiddenCheck = Object.fromEntries(
      hidden.map(({ locale, cold }) => [locale, { results: cold.results, leaked: cold.titles.filter((title) => title.toLowerCase().includes(HIDDEN_MARK)) }]),
    )
    if (Object.values(hiddenCheck).some((check) => check.leaked.length > 0)) throw new Error(`hidden items found by search: ${JSON.stringify(hiddenCheck)}`)
    return { queries: all, hiddenCheck }
  } finally {
    await browser.close()
    await server.close()
  }
}
