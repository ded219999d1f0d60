import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { LOCALE_INFO, LOCALES } from '@arkivi/content-schemas'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { distDir, distFiles } from './lib/dist.ts'
import { loadPagefind, type LanguageSearch } from './lib/pagefind.ts'
import { HIDDEN_WORDS, hiddenFiles, hiddenItems, hiddenTexts, itemSlug, seed } from './lib/seed.ts'
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/staticSite.ts'

// Citation files (.bib, .ris, .csl.json) are read as text like the pages.
const TEXT_FILE = /\.(html|xml|txt|json|js|css|svg|webmanifest|bib|ris)$/

/** A file's text as the public could read it: Pagefind's index files are gzip-compressed. */
function readable(file: string): string {
  const bytes = readFileSync(path.join(distDir(), file))
  if (file.startsWith('pagefind/') && /\.pf_\w+$/.test(file)) {
    try {
      return gunzipSync(bytes).toString('utf8')
    } catch {
      return bytes.toString('utf8') // stored uncompressed
    }
  }
  // BibTeX writes letters beyond ASCII as TeX accents ("Skic{\"e}"): read its text as a reference manager would.
  if (file.endsWith('.bib')) return `${bytes.toString('utf8')}\n${JSON.stringify(parseBibtex(bytes.toString('utf8')).entries.map((entry) => entry.fields))}`
  if (TEXT_FILE.test(file) || file.endsWith('.pdf')) return bytes.toString('utf8')
  return '' // images and WebAssembly: only their names are checked
}

describe('restricted and unpublished records', () => {
  let corpus: { file: string; text: string }[]
  beforeAll(() => {
    corpus = distFiles().map((file) => ({ file, text: `${file}\n${readable(file)}`.normalize('NFC').toLowerCase() }))
  })

  it('are the seed’s restricted item and its draft, and have files of their own', () => {
    expect(hiddenItems.map((item) => item.identifier).sort()).toEqual(['ARK-SAMPLE-0004', 'ARK-SAMPLE-0005'])
    expect(hiddenFiles.map((file) => file.filename)).toEqual(['support-group-placeholder.png'])
  })

  it('leave no title, description, transcript, note, identifier or file anywhere in dist/, in any locale (Pagefind index included)', () => {
    const texts = hiddenTexts()
    expect(texts.length).toBeGreaterThan(20)
    const leaks = texts.flatMap(({ text, where }) =>
      corpus.filter((file) => file.text.includes(text.normalize('NFC').toLowerCase())).map((file) => `${where}: "${text.slice(0, 60)}" in ${file.file}`),
    )
    expect(leaks).toEqual([])
  })

  it('leave none of their distinctive words in dist/', () => {
    const leaks = HIDDEN_WORDS.flatMap((word) =>
      corpus.filter((file) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(file.text)).map((file) => `${word} in ${file.file}`),
    )
    expect(leaks).toEqual([])
  })

  it('have no page, no citation file, and no image derived from their files', () => {
    const names = distFiles()
    for (const item of hiddenItems)
      for (const locale of LOCALES)
        for (const file of ['/index.html', '.bib', '.ris', '.csl.json']) expect(names).not.toContain(`${locale}/items/${itemSlug(item)}${file}`)
    for (const file of hiddenFiles) {
      const base = file.filename.replace(/\.[^.]+$/, '')
      expect(names.filter((name) => name.includes(base))).toEqual([])
    }
  })

  describe('in the search index', () => {
    let server: StaticServer
    const searches: Record<string, LanguageSearch> = {}
    beforeAll(async () => {
      server = await serveBuiltSite(distDir())
      for (const locale of LOCALES) searches[locale] = await loadPagefind(distDir(), server.origin, LOCALE_INFO[locale].bcp47.toLowerCase())
    })
    afterAll(async () => {
      for (const search of Object.values(searches)) await search.close()
      await server?.close()
    })

    it('find nothing for their titles’ distinctive words or identifiers, in any language', async () => {
      for (const locale of LOCALES) {
        for (const query of [...HIDDEN_WORDS, 'ARK-SAMPLE-0004', 'ARK-SAMPLE-0005', 'Drop-In seance', 'Facilitator', 'Lehtësues', 'Voditelj']) {
          const hits = await searches[locale].search(query)
          const leaked = hits.filter((hit) => hiddenItems.some((item) => Object.values(item.title).includes(hit.title)))
          expect(leaked, `${locale}: ${query}`).toEqual([])
          // Pagefind may answer an unknown word with near matches; none may show the word itself.
          if (HIDDEN_WORDS.includes(query))
            expect(
              hits.filter((hit) => hit.excerpt.toLowerCase().includes(query)),
              `${locale}: ${query}`,
            ).toEqual([])
        }
      }
    })
  })
})

/** The open data files and IIIF manifests are generated files too: the same texts must stay out of them. */
describe('open data and IIIF manifests', () => {
  const generated = () => distFiles().filter((file) => file.startsWith('data/') || file.startsWith('iiif/'))
  const text = (file: string) => readFileSync(path.join(distDir(), file), 'utf8').normalize('NFC').toLowerCase()

  it('exist (eight data files and a manifest per public item with images)', () => {
    expect(generated().filter((file) => file.startsWith('data/'))).toHaveLength(8)
    expect(generated().filter((file) => file.startsWith('iiif/')).length).toBeGreaterThan(0)
  })

  it('hold no text, identifier or file name of a restricted or draft item, and none of their distinctive words', () => {
    const leaks = generated().flatMap((file) => {
      const content = text(file)
      return [
        ...hiddenTexts()
          .filter(({ text: hidden }) => content.includes(hidden.normalize('NFC').toLowerCase()))
          .map(({ where }) => `${where} in ${file}`),
        ...HIDDEN_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(content)).map((word) => `${word} in ${file}`),
      ]
    })
    expect(leaks).toEqual([])
  })

  it('hold no staff note of any item, public ones included', () => {
    const notes = seed.archiveItems.flatMap((item) => [item.consentNotes, item.takedownNotes]).filter((note): note is string => Boolean(note))
    expect(notes.length).toBeGreaterThan(0)
    const leaks = generated().flatMap((file) =>
      notes.filter((note) => text(file).includes(note.normalize('NFC').toLowerCase())).map((note) => `"${note.slice(0, 40)}" in ${file}`),
    )
    expect(leaks).toEqual([])
  })
})
