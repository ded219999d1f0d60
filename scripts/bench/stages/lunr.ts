/**
 * The static-archive alternative, built over the same public items: what CollectionBuilder ships
 * (lunr.min.js plus a `store` script holding every item's searchable fields, from which the
 * browser builds one Lunr index on every visit) and the prebuilt variant (the serialised index
 * and the store in one JSON file). Either way the browser downloads the whole archive's index
 * before it can answer a query. Default Lunr pipeline (English stemmer and stop words), as
 * CollectionBuilder uses it whatever the collection's language.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import lunr from 'lunr'
import { LOCALES, type Locale } from '@arkivi/content-schemas'
import { ROOT } from '../../lib/paths.ts'
import type { SearchDoc } from './fetch.ts'

export type LunrInput = { itemsFile: string; outDir: string }
export type LunrFiles = { raw: number; gzip: number }
export type LunrOutput = Record<Locale, { buildMs: number; store: LunrFiles; prebuilt: LunrFiles }> & { library: LunrFiles }

/** The fields CollectionBuilder's default search configuration indexes. */
export const LUNR_FIELDS = ['title', 'date', 'creator', 'description', 'subject', 'location'] as const

type StoreDoc = Record<(typeof LUNR_FIELDS)[number], string> & { url: string }

const sizes = (text: string | Buffer): LunrFiles => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length })

export default async function buildLunr({ itemsFile, outDir }: LunrInput): Promise<LunrOutput> {
  const docs = JSON.parse(readFileSync(itemsFile, 'utf8')) as SearchDoc[]
  mkdirSync(outDir, { recursive: true })
  const library = path.join(ROOT, 'node_modules', 'lunr', 'lunr.min.js')
  copyFileSync(library, path.join(outDir, 'lunr.min.js'))
  writeFileSync(path.join(outDir, 'index.html'), PAGE)
  const result = { library: sizes(readFileSync(library)) } as LunrOutput
  for (const locale of LOCALES) {
    const store: StoreDoc[] = docs.map((doc) => ({
      url: `/${locale}/items/${doc.slug}/`,
      title: doc.title[locale],
      date: doc.date,
      creator: doc.creators,
      description: doc.description[locale],
      subject: doc.subjects[locale],
      location: doc.place[locale],
    }))
    const storeScript = `var store = ${JSON.stringify(store)};\n`
    writeFileSync(path.join(outDir, `store.${locale}.js`), storeScript)
    const started = performance.now()
    const index = lunr(function () {
      this.ref('id')
      for (const field of LUNR_FIELDS) this.field(field)
      store.forEach((doc, id) => this.add({ ...doc, id }))
    })
    const prebuilt = JSON.stringify({ index: index.toJSON(), store })
    const buildMs = performance.now() - started
    writeFileSync(path.join(outDir, `index.${locale}.json`), prebuilt)
    result[locale] = { buildMs, store: sizes(storeScript), prebuilt: sizes(prebuilt) }
  }
  return result
}

/**
 * The search page: CollectionBuilder's lunr-js.html reduced to what is measured (load, index,
 * search, show the first ten results), with the same hooks as the site's search page
 * (data-search-status, data-search-results, a form with input "q") so one harness times both.
 */
const PAGE = `<!doctype html>
<html lang="sq">
<head><meta charset="utf-8"><title>Lunr (CollectionBuilder-style) search</title></head>
<body>
<div data-search data-strings='{"search.searching":"searching","search.error":"search failed"}'>
  <form data-search-form><input type="search" name="q"><button>Search</button></form>
  <p data-search-status></p>
  <ol data-search-results></ol>
</div>
<script src="lunr.min.js"></script>
<script>
(async function () {
  var params = new URLSearchParams(location.search)
  var locale = params.get('locale') || 'sq'
  var fields = ${JSON.stringify(LUNR_FIELDS)}
  var status = document.querySelector('[data-search-status]')
  var list = document.querySelector('[data-search-results]')
  var idx, store
  if (params.get('mode') === 'prebuilt') {
    var data = await (await fetch('index.' + locale + '.json')).json()
    idx = lunr.Index.load(data.index)
    store = data.store
  } else {
    await new Promise(function (resolve, reject) {
      var script = document.createElement('script')
      script.src = 'store.' + locale + '.js'
      script.onload = resolve
      script.onerror = reject
      document.head.append(script)
    })
    store = window.store
    idx = lunr(function () {
      this.ref('id')
      fields.forEach(function (field) { this.field(field) }, this)
      store.forEach(function (doc, id) { this.add(Object.assign({ id: id }, doc)) }, this)
    })
  }
  function search(query) {
    status.textContent = 'searching'
    var results
    try { results = idx.search(query) } catch (error) { results = [] }
    list.replaceChildren.apply(list, results.slice(0, 10).map(function (result) {
      var doc = store[result.ref]
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = doc.url
      link.textContent = doc.title
      var excerpt = document.createElement('p')
      excerpt.textContent = doc.description.slice(0, 200)
      item.append(link, excerpt)
      return item
    }))
    status.textContent = results.length + ' results'
  }
  document.querySelector('[data-search-form]').addEventListener('submit', function (event) {
    event.preventDefault()
    search(document.querySelector('input[name="q"]').value)
  })
  if (params.get('q')) search(params.get('q'))
})().catch(function () {
  // The store or the index did not load: an end, like the site's own error message.
  document.querySelector('[data-search-status]').textContent = 'search failed'
})
</script>
</body>
</html>
`
