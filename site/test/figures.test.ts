import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { distDir, distFiles, htmlFiles, readDist } from './lib/dist.ts'

/**
 * Sizes of the built site (not times: performance is benchmarked separately). The budgets are
 * those of the 10,000-item benchmark: an archive item page below 20 KB of HTML+CSS gzipped,
 * and no JavaScript on it but the quick exit and the citation copy, below 2 KB.
 */
const gz = (file: string) => gzipSync(readFileSync(path.join(distDir(), file))).length

function assetsOf(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1].replace(/^\//, ''))
}

describe('page weight', () => {
  const page = 'en/items/ark-sample-0001/index.html'
  const html = readDist(page)
  const css = assetsOf(html, /<link rel="stylesheet" href="([^"]+)"/g)
  const js = assetsOf(html, /<script[^>]* src="([^"]+)"/g)

  it('keeps an archive item page under 20 KB of HTML and CSS, gzipped', () => {
    const total = gz(page) + css.reduce((sum, file) => sum + gz(file), 0)
    expect(css.length).toBe(1)
    expect(total).toBeLessThan(20_000)
  })

  it('loads only the quick exit and the citation copy script on an item page, under 2 KB together', () => {
    expect(js.map((file) => path.basename(file).replace(/[._][\w-]{6,}\.js$/, ''))).toEqual(['quick-exit', 'Citation.astro_astro_type_script_index_0_lang'])
    expect(js.reduce((sum, file) => sum + gz(file), 0)).toBeLessThan(2_000)
  })

  it('reports the figures', () => {
    const files = distFiles()
    const bytes = (filter: (file: string) => boolean) => files.filter(filter).reduce((sum, file) => sum + statSync(path.join(distDir(), file)).size, 0)
    const figures = {
      buildSeconds: Math.round(inject('buildSeconds') * 10) / 10,
      pages: htmlFiles().length,
      distBytes: bytes(() => true),
      pagefindBytes: bytes((file) => file.startsWith('pagefind/')),
      // Per language: its whole bundle, and the most a first search without filters can download
      // (the script, its worker, the WebAssembly, metadata and every word-index chunk), before
      // the fragments of the results it shows.
      pagefindBundleBytesPerLanguage: Object.fromEntries(['sq', 'sr-latn', 'en'].map((lang) => [lang, bytes((file) => file.startsWith(`pagefind/${lang}/`))])),
      pagefindFirstSearchBytesUpperBound: Object.fromEntries(
        ['sq', 'sr-latn', 'en'].map((lang) => [lang, bytes((file) => file.startsWith(`pagefind/${lang}/`) && !/\/(fragment|filter)\//.test(file))]),
      ),
      itemPageHtmlCssGzip: gz(page) + css.reduce((sum, file) => sum + gz(file), 0),
      itemPageJsGzip: js.reduce((sum, file) => sum + gz(file), 0),
      itemPageJsBytes: js.reduce((sum, file) => sum + statSync(path.join(distDir(), file)).size, 0),
    }
    console.log(`site figures: ${JSON.stringify(figures)}`)
    expect(figures.pages).toBeGreaterThan(100)
  })
})
