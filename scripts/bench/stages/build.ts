/**
 * Stages 3 and 4, render and index: the site's real build against the bench CMS, into a
 * temporary folder — `astro build`, then the site's search indexer (site/scripts/searchIndex.ts),
 * the two steps of `npm run build`, each in its own process. This module runs in the harness;
 * Astro's phases are told apart by its log lines, each stamped on arrival, and the peak RSS of
 * each phase is read from the same run's memory samples.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { LOCALES, identifierSlug } from '@arkivi/content-schemas'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT, SITE_DIR } from '../../lib/paths.ts'
import { ANSI, measure, peakRss, type Line, type Measured } from '../measure.ts'
import { templateOf } from './weight.ts'

export const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')
/** The site's own config with only Astro's cache folder moved (see the file); Astro wants it relative to the root. */
const BENCH_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'astro.bench.config.mjs')
const SEARCH_INDEXER = path.join(SITE_DIR, 'scripts', 'searchIndex.ts')

export type Phase = { ms: number; peakRssBytes: number }
export type BuildPhases = Partial<Record<'startup' | 'sync' | 'bundle' | 'render' | 'images' | 'sitemap' | 'index', Phase>>
export type BuildOutput = {
  ms: number
  peakRssBytes: number
  pages: number
  indexedPages: number
  phases: BuildPhases
  pagesPerSecond: number
  outDirBytes: number
  renderByTemplate: RenderByTemplate
}

/** Render time per page template: pages and the seconds spent rendering them. */
export type RenderByTemplate = Record<string, { pages: number; ms: number }>

/**
 * The index of the first line matching `pattern` after line `after`. Lines are searched by
 * position, not time: several can arrive in one chunk with the same time stamp.
 */
function lineIndex(lines: Line[], pattern: RegExp, after = -1): number | undefined {
  const found = lines.findIndex((line, index) => index > after && pattern.test(line.text.replace(ANSI, '')))
  return found === -1 ? undefined : found
}

/** Splits an `astro build` run into phases by the lines Astro (and its integrations) log. */
export function buildPhases(measured: Measured): BuildPhases {
  const { lines, samples } = measured
  const msAt = (index: number | undefined) => (index === undefined ? undefined : lines[index].ms)
  /** A phase between two lines (by index); start-up begins with the process. */
  const phase = (from: number | 'process start' | undefined, to: number | undefined): Phase | undefined => {
    const [start, end] = [from === 'process start' ? 0 : msAt(from), msAt(to)]
    return start === undefined || end === undefined ? undefined : { ms: end - start, peakRssBytes: peakRss(samples, start, end) }
  }
  const syncStart = lineIndex(lines, /\[content\] Syncing content/)
  const syncEnd = lineIndex(lines, /\[content\] Synced content/)
  const bundleStart = lineIndex(lines, /Building static entrypoints/)
  const renderStart = lineIndex(lines, /generating static routes/)
  const imagesStart = lineIndex(lines, /generating optimized images/, renderStart)
  const renderEnd = imagesStart ?? lineIndex(lines, /✓ Completed in/, renderStart)
  const imagesEnd = imagesStart === undefined ? undefined : lineIndex(lines, /✓ Completed in/, imagesStart)
  // Pages and images done, Astro runs the integrations' astro:build:done hooks; of ours only
  // @astrojs/sitemap works there, and it logs when it has written the sitemap.
  const generated = lineIndex(lines, /\[build\] ✓ Completed in/, imagesEnd ?? renderEnd)
  const sitemapEnd = lineIndex(lines, /\[@astrojs\/sitemap\] .*created/, generated)
  return Object.fromEntries(
    Object.entries({
      startup: phase('process start', syncStart ?? bundleStart),
      sync: phase(syncStart, syncEnd),
      bundle: phase(bundleStart, renderStart),
      render: phase(renderStart, renderEnd),
      images: phase(imagesStart, imagesEnd),
      sitemap: phase(generated, sitemapEnd),
    }).filter(([, value]) => value !== undefined),
  )
}

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

/** Makes the project's packages resolvable from `dir` (Astro's prerender chunks import them). */
export function linkNodeModules(dir: string): string {
  mkdirSync(dir, { recursive: true })
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

/** Lines Astro writes per page or per image: counted, not echoed. */
const PER_FILE_LINE = /^\s*(\d\d:\d\d:\d\d\s+)?(├─|└─|▶|\(\+\d)/

/** `profileDir`: write a V8 CPU profile of Astro's build there (it slows the build down). */
export async function runBuild({
  cmsUrl,
  outDir,
  cacheDir,
  profileDir,
}: {
  cmsUrl: string
  outDir: string
  cacheDir: string
  profileDir?: string
}): Promise<BuildOutput> {
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const options = {
    // Astro writes its prerender chunks to <cwd>/.astro/.prerender when outDir is outside cwd:
    // from site/ that folder would be shared with every other build of the site running now.
    // So the build runs from the run's folder, whose node_modules links to the project's.
    cwd: linkNodeModules(path.dirname(outDir)),
    env: {
      ...process.env,
      CMS_URL: cmsUrl,
      SITE_URL: 'https://arkivi.test',
      ARKIVI_OUT_DIR: outDir,
      ARKIVI_BENCH_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  }
  const astro = await measure(process.execPath, [...profiling, ASTRO_BIN, 'build', '--root', SITE_DIR, '--config', path.relative(SITE_DIR, BENCH_CONFIG)], {
    ...options,
    echo: 'astro',
    quiet: PER_FILE_LINE,
  })
  const text = astro.lines.map((line) => line.text.replace(ANSI, '')).join('\n')
  if (astro.code !== 0) throw new Error(`astro build failed (exit ${astro.code}):\n${text.slice(-4000)}`)
  const search = await measure(process.execPath, ['--import', 'tsx', SEARCH_INDEXER], { ...options, echo: 'indexer' })
  if (search.code !== 0)
    throw new Error(
      `search indexer failed (exit ${search.code}):\n${search.lines
        .map((line) => line.text)
        .join('\n')
        .slice(-4000)}`,
    )
  const pages = Number(/(\d+) page\(s\) built in/.exec(text)?.[1] ?? NaN)
  const phases = { ...buildPhases(astro), index: { ms: search.ms, peakRssBytes: search.peakRssBytes } }
  return {
    ms: astro.ms + search.ms,
    peakRssBytes: Math.max(astro.peakRssBytes, search.peakRssBytes),
    pages,
    indexedPages: indexedPages(outDir),
    phases,
    pagesPerSecond: phases.render ? pages / (phases.render.ms / 1000) : NaN,
    outDirBytes: directoryBytes(outDir),
    renderByTemplate: renderByTemplate(outDir),
  }
}

/** Pages in the Pagefind index, all languages, as each bundle's entry file counts them. */
function indexedPages(outDir: string): number {
  return Object.values(pagefindEntries(outDir)).reduce(
    (total, entry) => total + Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
    0,
  )
}

type PagefindEntry = { languages: Record<string, { page_count: number; wasm: string | null }> }

/** Each language bundle's pagefind-entry.json, by bundle folder name (sq, sr-latn, en). */
function pagefindEntries(outDir: string): Record<string, PagefindEntry> {
  const dir = path.join(outDir, 'pagefind')
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, JSON.parse(readFileSync(path.join(dir, entry.name, 'pagefind-entry.json'), 'utf8')) as PagefindEntry]),
  )
}

/** No page of a restricted or draft item was built, in any locale. */
export function assertHiddenAbsent(outDir: string, hiddenIdentifiers: string[]): void {
  const built = hiddenIdentifiers
    .flatMap((identifier) => LOCALES.map((locale) => path.join(locale, 'items', identifierSlug(identifier))))
    .filter((page) => existsSync(path.join(outDir, page)))
  if (built.length > 0) throw new Error(`pages of hidden items were built: ${built.slice(0, 10).join(', ')}`)
}

/**
 * Astro renders pages one after another and writes each when done, so the time between one
 * page's file and the next is the next page's render time: summed per template, it says where
 * the render phase goes (files are sorted by modification time).
 */
export function renderByTemplate(outDir: string): RenderByTemplate {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return { template: templateOf(path.relative(outDir, file)) ?? 'other', written: statSync(file).mtimeMs }
    })
    .sort((a, b) => a.written - b.written)
  const result: RenderByTemplate = {}
  pages.forEach((page, i) => {
    const entry = (result[page.template] ??= { pages: 0, ms: 0 })
    entry.pages += 1
    if (i > 0) entry.ms += page.written - pages[i - 1].written
  })
  return result
}

export type IndexSizes = Record<string, { files: number; bytes: number }>

/** Each language's Pagefind bundle on disk: index, fragment, filter and metadata files, its WebAssembly and scripts. */
export function pagefindSizes(outDir: string): IndexSizes {
  return Object.fromEntries(
    Object.keys(pagefindEntries(outDir)).map((bundle) => {
      const files = readdirSync(path.join(outDir, 'pagefind', bundle), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      return [bundle, { files: files.length, bytes: files.reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0) }]
    }),
  )
}
