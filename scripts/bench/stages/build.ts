/**
 * Stages 3 and 4, render and index: the site's real `astro build` (its Pagefind integration
 * included) against the bench CMS, into a temporary folder. Astro runs in its own process, so
 * this module runs in the harness; phases are told apart by the build's log lines, each stamped
 * on arrival, and the peak RSS of each phase is read from the same run's memory samples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT, SITE_DIR } from '../../lib/paths.ts'
import { measure, peakRss, type Line, type Measured } from '../measure.ts'

export const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')
/** The site's own config with only Astro's cache folder moved (see the file); Astro wants it relative to the root. */
const BENCH_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'astro.bench.config.mjs')

export type Phase = { ms: number; peakRssBytes: number }
export type BuildPhases = Partial<Record<'startup' | 'sync' | 'bundle' | 'render' | 'images' | 'index', Phase>>
export type BuildOutput = {
  ms: number
  peakRssBytes: number
  pages: number
  indexedPages: number
  phases: BuildPhases
  pagesPerSecond: number
  outDirBytes: number
}

const ANSI = /\u001b\[[0-9;]*m/g

/** The arrival time of the first line matching `pattern` after `afterMs`. */
function at(lines: Line[], pattern: RegExp, afterMs = 0): number | undefined {
  return lines.find((line) => line.ms >= afterMs && pattern.test(line.text.replace(ANSI, '')))?.ms
}

/** Splits an `astro build` run into phases by the lines Astro (and our integrations) log. */
export function buildPhases(measured: Measured): BuildPhases {
  const { lines, samples } = measured
  const phase = (from: number | undefined, to: number | undefined): Phase | undefined =>
    from === undefined || to === undefined ? undefined : { ms: to - from, peakRssBytes: peakRss(samples, from, to) }
  const syncStart = at(lines, /\[content\] Syncing content/)
  const syncEnd = at(lines, /\[content\] Synced content/)
  const bundleStart = at(lines, /Building static entrypoints/)
  const renderStart = at(lines, /generating static routes/)
  const imagesStart = renderStart === undefined ? undefined : at(lines, /generating optimized images/, renderStart)
  const renderEnd = imagesStart ?? (renderStart === undefined ? undefined : at(lines, /✓ Completed in/, renderStart))
  const imagesEnd = imagesStart === undefined ? undefined : at(lines, /✓ Completed in/, imagesStart)
  const indexStart = at(lines, /\[@astrojs\/sitemap\]/, renderEnd) ?? imagesEnd ?? renderEnd
  const indexEnd = at(lines, /\[arkivi-pagefind\] indexed/)
  return Object.fromEntries(
    Object.entries({
      startup: phase(0, syncStart ?? bundleStart),
      sync: phase(syncStart, syncEnd),
      bundle: phase(bundleStart, renderStart),
      render: phase(renderStart, renderEnd),
      images: phase(imagesStart, imagesEnd),
      index: phase(indexStart, indexEnd),
    }).filter(([, value]) => value !== undefined),
  )
}

export function directoryBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

/** Lines Astro writes per page or per image: counted, not echoed. */
const PER_FILE_LINE = /^\s*(\d\d:\d\d:\d\d\s+)?(├─|└─|▶|\(\+\d)/

export async function runBuild({ cmsUrl, outDir, cacheDir }: { cmsUrl: string; outDir: string; cacheDir: string }): Promise<BuildOutput> {
  const measured = await measure(process.execPath, [ASTRO_BIN, 'build', '--root', SITE_DIR, '--config', path.relative(SITE_DIR, BENCH_CONFIG)], {
    cwd: SITE_DIR,
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
    echo: 'astro',
    quiet: PER_FILE_LINE,
  })
  const text = measured.lines.map((line) => line.text.replace(ANSI, '')).join('\n')
  if (measured.code !== 0) throw new Error(`astro build failed (exit ${measured.code}):\n${text.slice(-4000)}`)
  const pages = Number(/(\d+) page\(s\) built in/.exec(text)?.[1] ?? NaN)
  const indexedPages = Number(/indexed (\d+) pages/.exec(text)?.[1] ?? NaN)
  const phases = buildPhases(measured)
  return {
    ms: measured.ms,
    peakRssBytes: measured.peakRssBytes,
    pages,
    indexedPages,
    phases,
    pagesPerSecond: phases.render ? pages / (phases.render.ms / 1000) : NaN,
    outDirBytes: directoryBytes(outDir),
  }
}

export type IndexSizes = Record<string, { files: number; bytes: number }>

/**
 * The Pagefind index on disk per language (its index, fragment, filter and metadata files and
 * the WebAssembly it loads), plus what every language shares (pagefind.js, the worker, the entry).
 */
export function pagefindSizes(outDir: string): IndexSizes {
  const dir = path.join(outDir, 'pagefind')
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> }
  const sizes: IndexSizes = {}
  const add = (key: string, file: string) => {
    sizes[key] ??= { files: 0, bytes: 0 }
    sizes[key].files += 1
    sizes[key].bytes += statSync(file).size
  }
  const languages = Object.keys(entry.languages)
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue
    const file = path.join(item.parentPath, item.name)
    const language = languages.find((lang) => item.name.startsWith(`${lang}_`) || item.name.startsWith(`pagefind.${lang}_`))
      ?? languages.find((lang) => item.name === `wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`)
    add(language ?? 'shared', file)
  }
  return sizes
}
