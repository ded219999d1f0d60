/**
 * The search page's behaviour, on top of Pagefind's JS API, loaded from this locale's own
 * bundle (data-bundle, e.g. /pagefind/sr-latn/), so each locale searches, and downloads, only its
 * own pages. A query that arrives in the address (?q=, from another page's search box) is read once
 * and then removed from it, and nothing typed here is written to it: search words should not
 * stay in the browser's history on a device someone else may look at. Pagefind matches words without their diacritics (ë, ç, č, ć, š, ž; đ as "dj");
 * pages add other usual spellings themselves (see lib/searchAliases.ts). Albanian queries are also
 * searched as their stems, after the words as typed (lib/search/query.ts).
 */
import { searchWithStems, type PagefindSearch } from '../lib/search/query.ts'

type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> }
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> }
type PagefindApi = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: PagefindSearch<PagefindResult>
}

const BATCH = 10

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) void start(root)

async function start(root: HTMLElement) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>
  const lang = document.documentElement.lang
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!
  const form = find<HTMLFormElement>('[data-search-form]')
  const input = find<HTMLInputElement>('input[name="q"]')
  const options = find<HTMLElement>('[data-search-options]')
  const status = find<HTMLElement>('[data-search-status]')
  const list = find<HTMLOListElement>('[data-search-results]')
  const more = find<HTMLButtonElement>('[data-search-more]')
  find<HTMLElement>('[data-search-noscript]').hidden = true
  find<HTMLElement>('[data-search-ui]').hidden = false

  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  const sortInput = options.querySelector<HTMLInputElement>(`input[name="sort"][value="${CSS.escape(params.get('sort') ?? 'relevance')}"]`)
  if (sortInput) sortInput.checked = true
  for (const box of options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value)
  if (location.search) history.replaceState(history.state, '', location.pathname)

  let pagefind: PagefindApi
  try {
    const url = `${root.dataset.bundle}pagefind.js`
    pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi
    await pagefind.options({ excerptLength: 30 })
    await pagefind.init()
  } catch {
    status.textContent = strings['search.error'] ?? ''
    return
  }

  let results: PagefindResult[] = []
  let shown = 0
  let generation = 0

  async function run() {
    const query = input.value.trim()
    const selected: Record<string, { any: string[] }> = {}
    for (const box of options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      ;(selected[box.name] ??= { any: [] }).any.push(box.value)
    }
    const sort = options.querySelector<HTMLInputElement>('input[name="sort"]:checked')?.value ?? 'relevance'
    const current = ++generation
    if (!query && Object.keys(selected).length === 0) {
      list.replaceChildren()
      status.textContent = ''
      more.hidden = true
      return
    }
    status.textContent = strings['search.searching'] ?? ''
    try {
      const found = await searchWithStems(pagefind.search, query || null, lang, {
        filters: selected,
        sort: sort === 'newest' ? { date: 'desc' } : sort === 'oldest' ? { date: 'asc' } : undefined,
      })
      if (current !== generation) return
      results = found
      shown = 0
      list.replaceChildren()
      await showMore(current)
      status.textContent = countMessage(strings, lang, results.length, query)
    } catch {
      // An index file that failed to load rejects the search: say so rather than "Searching…" forever.
      if (current === generation) status.textContent = strings['search.error'] ?? ''
    }
  }

  async function showMore(current: number) {
    const batch = await Promise.all(results.slice(shown, shown + BATCH).map((result) => result.data()))
    if (current !== generation) return
    list.append(...batch.map(renderResult))
    shown += batch.length
    more.hidden = shown >= results.length
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 250)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  options.addEventListener('change', () => void run())
  more.addEventListener('click', () => void showMore(generation).catch(() => (status.textContent = strings['search.error'] ?? '')))
  await run()
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li')
  const heading = element('h2')
  const link = element('a', data.meta.title ?? data.url)
  link.href = data.url
  heading.append(link)
  item.append(heading)
  const details = [data.meta.date, data.meta.type].filter(Boolean).join(' · ')
  if (details) item.append(element('p', details, 'meta'))
  const excerpt = element('p')
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(excerpt)
  return item
}

/** Pagefind's excerpt marks matches with <mark>; keep those and nothing else as markup. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  )
}

function countMessage(strings: Record<string, string>, lang: string, count: number, query: string): string {
  const key = `search.results.${count === 0 ? 'none' : new Intl.PluralRules(lang).select(count)}`
  return (strings[key] ?? '').replace('{count}', new Intl.NumberFormat(lang).format(count)).replace('{query}', query || '…')
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}
