/**
 * Stage 6, weight: for each page template, the HTML of its pages and the CSS and JavaScript each
 * page loads (stylesheets, scripts and their static imports; Pagefind, loaded only on a search,
 * is the search stage's), raw and gzip-compressed as the host would send them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { LOCALES } from '@arkivi/content-schemas'

export type WeightInput = { distDir: string }
export type Sizes = { raw: number; gzip: number }
export type TemplateWeight = {
  pages: number
  /** Pages whose HTML was compressed: all, or a sample plus the largest (see SAMPLE). */
  measured: number
  html: { median: Sizes; max: Sizes }
  css: { median: Sizes; max: Sizes }
  js: { median: Sizes; max: Sizes }
  /** HTML + CSS, gzip: the archive item target. */
  htmlCssGzip: { median: number; max: number }
  /** Every distinct script the template's pages load, with its size. */
  scripts: Record<string, Sizes>
  example: string
}
export type WeightOutput = { templates: Record<string, TemplateWeight> }

/** Templates with more pages than this are measured on an even sample plus their largest pages. */
const SAMPLE = 600
const LARGEST = 20

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** sq/items/bench-000001/index.html → "items/[slug]"; listings → "archive"; sq/index.html → "home". */
export function templateOf(file: string): string | null {
  const parts = file.split('/')
  if (!(LOCALES as readonly string[]).includes(parts[0]) || parts.at(-1) !== 'index.html') return null
  const segments = parts.slice(1, -1)
  if (segments.length === 0) return 'home'
  if (segments[0] === 'archive') return 'archive'
  return segments.length === 1 ? segments[0] : `${segments[0]}/[slug]`
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0
const gzip = (bytes: Buffer) => gzipSync(bytes).length

export default async function weigh({ distDir }: WeightInput): Promise<WeightOutput> {
  const assetCache = new Map<string, Sizes & { imports: string[] }>()
  const asset = (url: string) => {
    let cached = assetCache.get(url)
    if (!cached) {
      const bytes = readFileSync(path.join(distDir, url))
      const imports = url.endsWith('.js')
        ? [...bytes.toString('utf8').matchAll(/\b(?:from|import)\s*["']([^"']+\.js)["']/g)].map((match) => new URL(match[1], `http://x${url}`).pathname)
        : []
      assetCache.set(url, (cached = { raw: bytes.length, gzip: gzip(bytes), imports }))
    }
    return cached
  }
  /** A script and everything it imports statically, each once. */
  const scriptTree = (url: string, seen: Set<string>) => {
    if (seen.has(url)) return
    seen.add(url)
    for (const imported of asset(url).imports) scriptTree(imported, seen)
  }

  const byTemplate = new Map<string, string[]>()
  for (const file of htmlFiles(distDir)) {
    const template = templateOf(file)
    if (template) byTemplate.set(template, [...(byTemplate.get(template) ?? []), file])
  }

  const templates: Record<string, TemplateWeight> = {}
  for (const [template, files] of [...byTemplate].sort(([a], [b]) => a.localeCompare(b))) {
    const chosen = chooseSample(distDir, files)
    const rows = chosen.map((file) => {
      const html = readFileSync(path.join(distDir, file))
      const text = html.toString('utf8')
      const styles = [...text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1])
      const scripts = new Set<string>()
      for (const match of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scriptTree(match[1], scripts)
      const sum = (urls: Iterable<string>) =>
        [...urls].reduce((total, url) => ({ raw: total.raw + asset(url).raw, gzip: total.gzip + asset(url).gzip }), { raw: 0, gzip: 0 })
      return { html: { raw: html.length, gzip: gzip(html) }, css: sum(styles), js: sum(scripts), scripts: [...scripts] }
    })
    const stat = (pick: (row: (typeof rows)[number]) => Sizes) => ({
      median: { raw: median(rows.map((row) => pick(row).raw)), gzip: median(rows.map((row) => pick(row).gzip)) },
      max: { raw: Math.max(...rows.map((row) => pick(row).raw)), gzip: Math.max(...rows.map((row) => pick(row).gzip)) },
    })
    const htmlCss = rows.map((row) => row.html.gzip + row.css.gzip)
    templates[template] = {
      pages: files.length,
      measured: chosen.length,
      html: stat((row) => row.html),
      css: stat((row) => row.css),
      js: stat((row) => row.js),
      htmlCssGzip: { median: median(htmlCss), max: Math.max(...htmlCss) },
      scripts: Object.fromEntries([...new Set(rows.flatMap((row) => row.scripts))].sort().map((url) => [url, { raw: asset(url).raw, gzip: asset(url).gzip }])),
      example: files[0],
    }
  }
  return { templates }
}

/** All pages of a small template; of a large one an even sample and its largest pages. */
function chooseSample(distDir: string, files: string[]): string[] {
  if (files.length <= SAMPLE) return files
  const step = files.length / SAMPLE
  const even = Array.from({ length: SAMPLE }, (_, i) => files[Math.floor(i * step)])
  const largest = files
    .map((file) => ({ file, size: statSync(path.join(distDir, file)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, LARGEST)
    .map(({ file }) => file)
  return [...new Set([...even, ...largest])]
}
