/**
 * The second step of `npm run build`: indexes the built site with Pagefind once Astro has
 * exited, one language at a time, each into its own bundle (see src/lib/searchBundle.ts) by a
 * Pagefind process of its own. Indexing inside Astro's process (an integration) kept Astro's
 * memory alive beside Pagefind's, and one index of all languages held every language at once:
 * at 10,000 items the build peaked at 6.5 GB that way (`npm run bench`).
 *
 * Only elements marked `data-pagefind-body` are indexed, so listings, search and 404 pages stay
 * out. Every Pagefind response is checked, a bundle must index its language and nothing else,
 * and the Pagefind process is closed after each language, also after a failure.
 */
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOCALES, type Locale } from '@arkivi/content-schemas'
import * as pagefind from 'pagefind'
import { ARKIVI_OUT_DIR } from '../src/config.ts'
import { searchBundleDir, searchLanguage } from '../src/lib/searchBundle.ts'

const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.resolve(SITE_DIR, ARKIVI_OUT_DIR)

/** Pagefind's ready-made UIs, written with every bundle; the site has its own (src/scripts/search.ts). */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

/** Fails with the step's name and Pagefind's own messages when a response carries errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`)
  return response
}

async function indexLocale(locale: Locale): Promise<string> {
  const bundle = path.join(outDir, searchBundleDir(locale))
  const language = searchLanguage(locale)
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}))
    if (!index) throw new Error('Pagefind createIndex returned no index')
    const { page_count } = check(`addDirectory (${locale})`, await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` }))
    if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${path.join(outDir, locale)}`)
    check(`writeFiles (${locale})`, await index.writeFiles({ outputPath: bundle }))
  } finally {
    await pagefind.close()
  }
  await Promise.all(UNUSED_FILES.map((file) => rm(path.join(bundle, file), { force: true })))
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
  const found = Object.keys(entry.languages)
  if (found.length !== 1 || !entry.languages[language]?.page_count) {
    throw new Error(
      `Pagefind bundle ${searchBundleDir(locale)} should index "${language}" pages only, found: ${found.join(', ') || 'none'} (check <html lang> of ${locale}/ pages)`,
    )
  }
  return `${language} ${entry.languages[language].page_count}`
}

const started = performance.now()
// Nothing of an earlier index may survive: every bundle is written afresh.
await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true })
const counts: string[] = []
for (const locale of LOCALES) counts.push(await indexLocale(locale))
console.log(
  `[search-index] indexed ${counts.join(', ')} pages into ${path.relative(process.cwd(), path.join(outDir, 'pagefind')) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
