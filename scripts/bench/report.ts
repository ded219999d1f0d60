/**
 * Turns a run's figures into Markdown: the stages, the index, search side by side with Lunr,
 * page weights, the trivial-page baseline, and the issue's targets marked met or missed.
 * Sizes are in SI units (1 kB = 1,000 bytes), which makes the targets slightly stricter.
 */
import type { BenchResult, IncompleteResult, Stages } from './run.ts'
import type { BuildOutput } from './stages/build.ts'
import type { EvaluateOutput } from './stages/evaluate.ts'
import type { Engine, QueryResult, Timing } from './stages/search.ts'

export const TARGETS = {
  pipelineMs: 5 * 60_000,
  pipelineRssBytes: 4 * 2 ** 30,
  firstSearchBytes: 150_000,
  firstSearchMs: 300,
  itemHtmlCssGzip: 20_000,
  itemJsGzip: 2_000,
  soakGrowthBytes: 40 * 2 ** 20,
}

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
const ms = (value: number) => `${Math.round(value)} ms`
const kB = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const GB = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`
const code = (text: string) => `\`${text}\``
const n = (value: number) => Math.round(value).toLocaleString('en-US')
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN
const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

export const ENGINE_LABEL: Record<Engine, string> = {
  pagefind: 'Pagefind (the site)',
  'lunr-collectionbuilder': 'Lunr, CollectionBuilder-style (store.js, index built in the browser)',
  'lunr-prebuilt': 'Lunr, prebuilt index JSON',
}

export type EngineSummary = Record<'cold' | 'warm' | 'next', { medianMs: number; maxMs: number; medianBytes: number; maxBytes: number; maxIndexBytes: number }>

export function engineSummary(queries: QueryResult[], engine: Engine): EngineSummary {
  const rows = queries.filter((query) => query.engine === engine)
  const of = (kind: 'cold' | 'warm' | 'next') => {
    const timings: Timing[] = rows.map((row) => row[kind])
    return {
      medianMs: median(timings.map((t) => t.ms)),
      maxMs: Math.max(...timings.map((t) => t.ms)),
      medianBytes: median(timings.map((t) => t.bytes)),
      maxBytes: Math.max(...timings.map((t) => t.bytes)),
      maxIndexBytes: Math.max(...timings.map((t) => t.indexBytes)),
    }
  }
  return { cold: of('cold'), warm: of('warm'), next: of('next') }
}

/** Where the cold first search's bytes and time go: medians over the engine's queries. */
export function firstSearchBreakdown(queries: QueryResult[], engine: Engine) {
  const cold = queries.filter((query) => query.engine === engine).map((query) => query.cold)
  const kinds = [...new Set(cold.flatMap((timing) => Object.keys(timing.byKind)))].sort()
  return {
    bytes: Object.fromEntries(kinds.map((kind) => [kind, median(cold.map((timing) => timing.byKind[kind] ?? 0))])),
    marks: {
      html: median(cold.map((timing) => timing.marks?.html ?? NaN)),
      domReady: median(cold.map((timing) => timing.marks?.domReady ?? NaN)),
      engineScript: median(cold.map((timing) => timing.marks?.engineScript ?? NaN)),
      results: median(cold.map((timing) => timing.ms)),
    },
  }
}

/** The requests of Pagefind's median cold first search, in the order they started. */
function waterfall(queries: QueryResult[]): string {
  const cold = queries.filter((query) => query.engine === 'pagefind' && query.cold.waterfall).sort((a, b) => a.cold.ms - b.cold.ms)
  const middle = cold[Math.floor((cold.length - 1) / 2)]
  if (!middle) return ''
  return `Pagefind's median cold search (\`${middle.query}\`, ${ms(middle.cold.ms)} to first results), request by request (ms from navigation start; DOM ready at ${ms(middle.cold.marks?.domReady ?? NaN)}):

${table(
  ['file', 'start', 'end', 'bytes'],
  middle.cold.waterfall!.map(([file, start, end, bytes]) => [file.length > 40 ? `${file.slice(0, 37)}…` : file, start, end, n(bytes)]),
)}`
}

/** The pipeline the 5-minute target covers: the production site build (`astro build`, which fetches, renders and optimizes images, then the search indexer). */
export function pipelineMs(result: BenchResult): number {
  return result.build.ms
}

export function targets(result: BenchResult): { target: string; measured: string; met: boolean }[] {
  const pagefind = result.search.queries.filter((query) => query.engine === 'pagefind')
  const item = result.weight.templates['items/[slug]']
  const itemJs = item?.js.max.gzip ?? NaN
  const coldBytes = pagefind.map((query) => query.cold.bytes)
  const coldMs = pagefind.map((query) => query.cold.ms)
  const bytesOver = coldBytes.filter((bytes) => bytes > TARGETS.firstSearchBytes).length
  const msOver = coldMs.filter((value) => value > TARGETS.firstSearchMs).length
  return [
    {
      target: `fetch + build + index under 5 min (${n(result.items)} items × 3 locales)`,
      measured: `${s(pipelineMs(result))} (site build: astro build incl. its fetch, then the search index); standalone fetch ${s(result.fetch.ms)}`,
      met: pipelineMs(result) < TARGETS.pipelineMs,
    },
    {
      target: 'peak memory of fetch + build + index under 4 GB',
      measured: `build ${GB(result.build.peakRssBytes)}, fetch ${GB(result.fetch.peakRssBytes)} (CMS meanwhile ${GB(Math.max(result.build.cmsPeakRssBytes, result.fetch.cmsPeakRssBytes))})`,
      met: Math.max(result.build.peakRssBytes, result.fetch.peakRssBytes) < TARGETS.pipelineRssBytes,
    },
    {
      target: `soak: ${n(result.soak.saves)} draft saves + ${n(result.soak.reads)} reads grow the CMS's RSS by < 40 MB`,
      measured: `${MB(result.soak.growthBytes)} (${kB(result.soak.growthPerSaveBytes)} per save; second half ${kB(result.soak.secondHalfPerSaveBytes)} per save), ${result.soak.savesPerSecond} saves/s`,
      met: result.soak.growthBytes < TARGETS.soakGrowthBytes,
    },
    {
      target: 'first search under 150 kB transferred (cold, every query)',
      measured: `max ${kB(Math.max(...coldBytes))} incl. page, max ${kB(Math.max(...pagefind.map((q) => q.cold.indexBytes)))} Pagefind files; ${bytesOver} of ${pagefind.length} queries over`,
      met: bytesOver === 0,
    },
    {
      target: 'first search under 300 ms to first results (cold, every query)',
      measured: `median ${ms(median(coldMs))}, max ${ms(Math.max(...coldMs))}; ${msOver} of ${pagefind.length} queries over`,
      met: msOver === 0,
    },
    {
      target: 'archive item page under 20 kB HTML+CSS gzip',
      measured: item
        ? `median ${kB(item.htmlCssGzip.median)}, max ${kB(item.htmlCssGzip.max)} (${n(item.measured)} of ${n(item.pages)} pages measured)`
        : 'no item pages',
      met: !!item && item.htmlCssGzip.max < TARGETS.itemHtmlCssGzip,
    },
    {
      target: 'item page JS: quick exit and citation copy only, under 2 kB',
      measured: item
        ? `${kB(itemJs)} gzip (${Object.entries(item.scripts)
            .map(([url, size]) => `${url.split('/').pop()} ${kB(size.gzip)}`)
            .join(', ')})`
        : 'no item pages',
      met: itemJs < TARGETS.itemJsGzip,
    },
  ]
}

/** Markdown of a run; of an incomplete run, the sections of the stages that finished. */
export function markdownReport(result: BenchResult | IncompleteResult): string {
  const incomplete = 'incomplete' in result ? result.incomplete : undefined
  const env = result.environment
  const averages = [result.load, result.build, result.search].map((stage) => stage?.loadAverage ?? 'n/a').join(' / ')
  return [
    `# Arkivi bench: ${n(result.items)} items × 3 locales (${result.date.slice(0, 10)})${incomplete ? ', incomplete' : ''}`,
    `Machine: ${env.cores} cores (${env.cpu}), ${env.memoryGiB} GiB; Node ${env.node}, Astro ${env.astro}, Pagefind ${env.pagefind}, Payload ${env.payload}, Lunr ${env.lunr}; commit ${env.commit}.
Load average (1 min) before load / build / search: ${averages} (above ~0.5, other work shared the machine).`,
    incomplete
      ? `**Incomplete run**: stage \`${incomplete.stage}\` failed, so only the stages before it are reported and no target is judged.\n\n\`\`\`\n${incomplete.error.trim()}\n\`\`\``
      : '',
    corpusSection(result),
    stagesSection(result),
    result.index ? indexSection(result.index, result.lunr) : '',
    result.search ? searchSection(result.search) : '',
    result.evaluation ? evaluationSection(result.evaluation) : '',
    result.weight ? weightSection(result.weight) : '',
    result.baseline && result.build ? baselineSection(result.baseline, result.build) : '',
    'profile' in result && result.profile ? profileSection(result.profile) : '',
    incomplete
      ? ''
      : `## Targets\n\n${table(
          ['target', 'measured', 'met'],
          targets(result as BenchResult).map((row) => [row.target, row.measured, row.met ? 'yes' : '**no**']),
        )}`,
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n')
}

function corpusSection({ items, load, environment }: Partial<Stages> & { items: number; environment: Record<string, string | number> }): string {
  if (!load) return ''
  const { corpus } = load
  return `Corpus: ${n(items)} synthetic items (${n(load.publicItems)} public and published; ${n(corpus.restricted)} restricted and ${n(corpus.drafts)} drafts, asserted absent from the API and the index), ${n(corpus.withImage)} with an image from a pool of ${environment.imagePool}, ${n(corpus.withTranscript)} with a transcript; mean words per item sq/sr/en ${corpus.meanWords.sq}/${corpus.meanWords.sr}/${corpus.meanWords.en}, distinct words ${n(corpus.distinctWords.sq)}/${n(corpus.distinctWords.sr)}/${n(corpus.distinctWords.en)}.`
}

const PHASE_LABELS: Record<keyof BuildOutput['phases'], string> = {
  startup: 'build: start-up',
  sync: 'build: content sync (fetch + validate)',
  bundle: 'build: bundle',
  render: '3. render',
  images: 'build: optimize images',
  sitemap: 'build: sitemap (@astrojs/sitemap)',
  index: '4. index (Pagefind, own process, one language at a time)',
}

function stagesSection({ load, fetch, build, soak, search, lunr, weight, environment }: Partial<Stages> & { environment: Record<string, string | number> }): string {
  const rows: (string | number)[][] = []
  if (load) {
    rows.push(
      ['1. load: seed', s(load.seedMs), '', ''],
      ['1. load: image pool', s(load.imagesMs), `${environment.imagePool} images`, ''],
      ['1. load: items (3 locales each)', s(load.itemsMs), `**${load.itemsPerSecond.toFixed(1)} items/s**`, GB(load.peakRssBytes)],
    )
  }
  if (fetch)
    rows.push([
      '2. fetch (site loaders, standalone)',
      s(fetch.ms),
      `${n(Object.values(fetch.documents).reduce((a, b) => a + b, 0))} documents, ${n(fetch.requests)} requests, ${MB(fetch.bytes)}`,
      `${GB(fetch.peakRssBytes)} (CMS ${GB(fetch.cmsPeakRssBytes)})`,
    ])
  if (build) {
    for (const [name, label] of Object.entries(PHASE_LABELS) as [keyof BuildOutput['phases'], string][]) {
      const value = build.phases[name]
      if (!value) continue
      const detail =
        name === 'render' ? `${n(build.pages)} pages, **${build.pagesPerSecond.toFixed(0)} pages/s**` : name === 'index' ? `${n(build.indexedPages)} pages indexed` : ''
      rows.push([label, s(value.ms), detail, GB(value.peakRssBytes)])
    }
    rows.push([
      '**site build total** (astro build + search index)',
      `**${s(build.ms)}**`,
      `output ${MB(build.outDirBytes)}`,
      `${GB(build.peakRssBytes)} (CMS ${GB(build.cmsPeakRssBytes)})`,
    ])
  }
  if (soak) {
    const growth = `RSS ${MB(soak.rssAfterWarmupBytes)} → ${MB(soak.rssHalfwayBytes)} → ${MB(soak.rssAfterBytes)}: **${MB(soak.growthBytes)}** (${kB(soak.growthPerSaveBytes)} per save; second half ${kB(soak.secondHalfPerSaveBytes)} per save)`
    rows.push([
      `soak: ${n(soak.saves)} draft saves + ${n(soak.reads)} reads after ${n(soak.warmup)} warm-up saves and their reads (REST)`,
      s(soak.ms),
      `${soak.savesPerSecond} saves/s; CMS ${growth}`,
      GB(soak.peakRssBytes),
    ])
  }
  if (search) rows.push(['5. search (Chromium, all engines)', s(search.ms), `${search.queries.length} query runs`, GB(search.peakRssBytes)])
  if (lunr) rows.push(['Lunr index build (3 locales)', s(lunr.ms), '', GB(lunr.peakRssBytes)])
  if (weight) rows.push(['6. weight', s(weight.ms), '', GB(weight.peakRssBytes)])
  const perTemplate = build
    ? `\n\nRender time per template (from the pages' write times): ${Object.entries(build.renderByTemplate ?? {})
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([template, t]) => `${template} ${n(t.pages)} pages in ${s(t.ms)} (${(t.pages / (t.ms / 1000)).toFixed(0)} pages/s)`)
        .join('; ')}.`
    : ''
  const batches = load ? `\n\nLoad batches (${load.batchMs.length} × 200 items, one transaction each): first ${s(load.batchMs[0])}, last ${s(load.batchMs.at(-1)!)}.` : ''
  return `## Stages

Each stage runs in its own process; peak RSS is the process tree's (sampled every 100 ms, shared pages counted per process).

${table(['stage', 'time', 'throughput', 'peak RSS'], rows)}${perTemplate}${batches}`
}

function indexSection(index: Stages['index'], lunr: Stages['lunr'] | undefined): string {
  const languages = Object.entries(index).sort(([a], [b]) => a.localeCompare(b))
  const lunrLine = lunr
    ? `\n\nLunr for comparison (one file per language, downloaded whole): ${(['sq', 'sr', 'en'] as const).map((locale) => `${locale} store.js ${MB(lunr[locale].store.raw)} (${MB(lunr[locale].store.gzip)} gzip), prebuilt index ${MB(lunr[locale].prebuilt.raw)} (${MB(lunr[locale].prebuilt.gzip)} gzip)`).join('; ')}; lunr.min.js ${kB(lunr.library.gzip)} gzip.`
    : ''
  return `## Index size on disk (Pagefind)

${table(
  ['language', 'files', 'size'],
  languages.map(([language, size]) => [language, n(size.files), MB(size.bytes)]),
)}${lunrLine}`
}

/** Recall@5 and precision@5 of the search evaluation (stages/evaluate.ts) per language. */
export function evaluationSection(evaluation: EvaluateOutput): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`
  return `## Search evaluation (${evaluation.corpus} corpus, as the search page searches)

${table(
  ['language', 'queries', 'recall@5', 'precision@5', 'with a relevant page in the first five'],
  evaluation.summary.map((summary) => [summary.lang, summary.queries, percent(summary.recall), percent(summary.precision), summary.found]),
)}`
}

function searchSection(search: Stages['search']): string {
  const summaries = (['pagefind', 'lunr-collectionbuilder', 'lunr-prebuilt'] as const).map((engine) => [engine, engineSummary(search.queries, engine)] as const)
  const pagefind = summaries[0][1]
  const breakdowns = (['pagefind', 'lunr-collectionbuilder'] as const).map((engine) => [engine, firstSearchBreakdown(search.queries, engine)] as const)
  return `## Search in Chromium (loopback, gzip, production cache headers)

Cold: new browser context, empty cache, search page opened with the query. Warm: the same page opened again. Next: another query typed into the open page. Time to the first results on screen (or to "no results"); bytes on the wire (headers + bodies), the page's own HTML/CSS/JS included.

${table(
  ['engine', 'cold median / max', 'cold bytes median / max', 'warm median', 'warm bytes', 'next median', 'next bytes max'],
  summaries.map(([engine, sum]) => [
    ENGINE_LABEL[engine],
    `${ms(sum.cold.medianMs)} / ${ms(sum.cold.maxMs)}`,
    `${kB(sum.cold.medianBytes)} / ${kB(sum.cold.maxBytes)}`,
    ms(sum.warm.medianMs),
    kB(sum.warm.medianBytes),
    ms(sum.next.medianMs),
    kB(sum.next.maxBytes),
  ]),
)}

Lunr ÷ Pagefind, first search (cold medians): CollectionBuilder-style ${ratio(summaries[1][1].cold.medianBytes, pagefind.cold.medianBytes)} the bytes and ${ratio(summaries[1][1].cold.medianMs, pagefind.cold.medianMs)} the time; prebuilt ${ratio(summaries[2][1].cold.medianBytes, pagefind.cold.medianBytes)} the bytes and ${ratio(summaries[2][1].cold.medianMs, pagefind.cold.medianMs)} the time.

Where the first search goes (cold, medians over the queries):

${breakdowns
  .map(
    ([engine, breakdown]) =>
      `- ${ENGINE_LABEL[engine]}: HTML in ${ms(breakdown.marks.html)}, DOM ready ${ms(breakdown.marks.domReady)}, engine script in ${ms(breakdown.marks.engineScript)}, first results ${ms(breakdown.marks.results)}; bytes: ${Object.entries(
        breakdown.bytes,
      )
        .map(([kind, bytes]) => `${kind} ${kB(bytes)}`)
        .join(', ')}.`,
  )
  .join('\n')}

${waterfall(search.queries)}

Restricted and draft items (their titles carry \`benchhidden\`): none among the results of a search for it in ${Object.keys(search.hiddenCheck).join(', ')} (Pagefind answered with ${Object.values(
    search.hiddenCheck,
  )
    .map((check) => check.results)
    .join('/')} near matches on other words).

<details><summary>Every query</summary>

${table(
  ['engine', 'lang', 'query', 'items with its words (title, description)', 'results', 'cold', 'cold bytes', 'warm', 'warm bytes', 'next', 'next bytes'],
  search.queries.map((q) => [
    q.engine,
    q.locale,
    `\`${q.query}\``,
    itemsWithWords(q),
    n(q.cold.results),
    ms(q.cold.ms),
    kB(q.cold.bytes),
    ms(q.warm.ms),
    kB(q.warm.bytes),
    ms(q.next.ms),
    kB(q.next.bytes),
  ]),
)}

</details>`
}

/** Runs saved before the queries were chosen from the corpus (--report) have no such count. */
const itemsWithWords = (query: QueryResult) => (query.matches === undefined ? 'n/a' : n(query.matches))

function weightSection(weight: Stages['weight']): string {
  return `## Page weight per template

${table(
  ['template', 'pages', 'HTML gzip median / max', 'CSS gzip', 'JS gzip', 'HTML+CSS gzip max', 'HTML raw max'],
  Object.entries(weight.templates).map(([template, w]) => [
    template,
    n(w.pages),
    `${kB(w.html.median.gzip)} / ${kB(w.html.max.gzip)}`,
    kB(w.css.max.gzip),
    kB(w.js.max.gzip),
    kB(w.htmlCssGzip.max),
    kB(w.html.max.raw),
  ]),
)}`
}

function baselineSection(baseline: Stages['baseline'], build: Stages['build']): string {
  const render = build.phases.render
  const baseRender = baseline.phases.render
  return `## Render time: ours against a trivial page

The same number of pages (${n(baseline.pages)}) rendered by a bare Astro project: render ${baseRender ? s(baseRender.ms) : 'n/a'} (${baseline.pagesPerSecond.toFixed(0)} pages/s), whole build ${s(baseline.ms)}, peak ${GB(baseline.peakRssBytes)}.
Ours ÷ trivial: render ${render && baseRender ? ratio(render.ms, baseRender.ms) : 'n/a'}, whole build ${ratio(build.ms, baseline.ms)}.`
}

function profileSection(profile: NonNullable<BenchResult['profile']>): string {
  return `## CPU profile of the site build

This run was profiled (\`--profile\`): its build times include the profiler's cost. ${s(profile.sampledMs)} sampled, of which ${s(profile.idleMs)} idle (waiting on the CMS, sharp, Pagefind or the disk). Profile: \`${profile.file}\`.

${table(
  ['site code and the libraries it calls (inclusive)', 'time'],
  profile.site.map((row) => [code(row.frame), s(row.ms)]),
)}

${table(
  ['any function (self)', 'time'],
  profile.self.map((row) => [code(row.frame), s(row.ms)]),
)}`
}

/** The sweep: the main figures of each run side by side, and the chart. */
export function sweepReport(results: BenchResult[], chartFile: string): string {
  const rows = results.map((result) => {
    const pagefind = engineSummary(result.search.queries, 'pagefind')
    const lunr = engineSummary(result.search.queries, 'lunr-collectionbuilder')
    return [
      n(result.items),
      `${result.load.itemsPerSecond.toFixed(1)}/s`,
      s(result.fetch.ms),
      s(result.build.phases.render?.ms ?? NaN),
      s(result.build.phases.index?.ms ?? NaN),
      s(result.build.ms),
      GB(result.build.peakRssBytes),
      `${kB(pagefind.cold.medianBytes)} / ${ms(pagefind.cold.medianMs)}`,
      `${kB(lunr.cold.medianBytes)} / ${ms(lunr.cold.medianMs)}`,
    ]
  })
  return `# Arkivi bench sweep

![time and memory against N](${chartFile})

${table(['items', 'load', 'fetch', 'render', 'index', 'site build', 'build peak RSS', 'Pagefind first search', 'Lunr (CB) first search'], rows)}
`
}
