import { LOCALES, LOCALE_INFO, slugify } from '@arkivi/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { attributeValues, distFiles, fileForUrlPath, htmlFiles, readDist } from './lib/dist.ts'
import { itemSlug, publicItems, seed } from './lib/seed.ts'

/** Locale-free paths every locale must have, derived from the seed content. */
function expectedPaths(): string[] {
  return [
    '',
    'about/',
    'programs/',
    ...seed.programs.map((program) => `programs/${program.slug}/`),
    'municipalities/',
    ...seed.municipalities.map((municipality) => `municipalities/${municipality.slug}/`),
    'partners/',
    'archive/',
    'archive/oldest/',
    ...[...new Set(publicItems.map((item) => slugify(item.type)))].map((type) => `archive/type/${type}/`),
    ...[...new Set(publicItems.map((item) => `${Math.floor(Number(item.date.value.slice(0, 4)) / 10) * 10}s`))].map((decade) => `archive/decade/${decade}/`),
    ...[...new Set(publicItems.flatMap((item) => item.subjects))].map((subject) => `archive/subject/${subject}/`),
    ...publicItems.map((item) => `items/${itemSlug(item)}/`),
    'search/',
    'info/about-the-archive/',
    'info/privacy-and-safety/',
    'info/contributing/',
    'takedown/',
    'takedown/sent/',
    '404/',
  ]
}

describe('the built site', () => {
  let files: Set<string>
  beforeAll(() => {
    files = new Set(distFiles())
  })

  it('has every expected page in each locale', () => {
    const missing = LOCALES.flatMap((locale) =>
      expectedPaths()
        .filter((path) => !fileForUrlPath(`/${locale}/${path}`, files))
        .map((path) => `/${locale}/${path}`),
    )
    expect(missing).toEqual([])
  })

  it('has a root page that sends visitors to /sq/ without Netlify, a root 404, an RSS feed per locale and a sitemap', () => {
    const root = readDist('index.html')
    expect(root).toMatch(/<meta http-equiv="refresh" content="0; url=\/sq\/"/)
    for (const locale of LOCALES) expect(root).toContain(`href="/${locale}/"`)
    expect(files.has('404.html')).toBe(true)
    for (const locale of LOCALES) expect(files.has(`${locale}/rss.xml`)).toBe(true)
    expect(files.has('sitemap-index.xml')).toBe(true)
    expect(files.has('robots.txt')).toBe(true)
  })

  it('declares each page’s language on <html> (sq, sr-Latn, en)', () => {
    for (const file of htmlFiles()) {
      const locale = LOCALES.find((candidate) => file.startsWith(`${candidate}/`)) ?? 'sq'
      expect(readDist(file), file).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${LOCALE_INFO[locale].bcp47}"`))
    }
  })

  it('links each page to its alternates in all locales plus x-default, and they exist', () => {
    const siteUrl = inject('siteUrl')
    for (const file of htmlFiles().filter((file) => /^(sq|sr|en)\//.test(file))) {
      const html = readDist(file)
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ lang: m[1], href: m[2] }))
      expect(alternates.map((a) => a.lang).sort(), file).toEqual(['en', 'sq', 'sr-Latn', 'x-default'])
      for (const { href } of alternates) {
        expect(href.startsWith(`${siteUrl}/`), `${file}: ${href}`).toBe(true)
        expect(fileForUrlPath(new URL(href).pathname, files), `${file}: hreflang ${href}`).not.toBeNull()
      }
      const xDefault = alternates.find((a) => a.lang === 'x-default')!
      expect(xDefault.href, file).toBe(alternates.find((a) => a.lang === 'sq')!.href)
    }
  })

  it('has a language switcher that keeps the current page', () => {
    for (const file of htmlFiles().filter((file) => /^(sq|sr|en)\//.test(file))) {
      const html = readDist(file)
      const nav = /<nav class="lang"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? ''
      const links = attributeValues(nav, 'a', 'href')
      const rest = `/${file}`.replace(/^\/(sq|sr|en)\//, '/').replace(/index\.html$/, '')
      expect(links, file).toEqual(LOCALES.map((locale) => `/${locale}${rest}`))
      for (const link of links) expect(fileForUrlPath(link, files), `${file}: ${link}`).not.toBeNull()
      expect(nav, file).toMatch(/aria-current="true"/)
    }
  })

  it('gives every page a skip link, landmarks, a quick-exit control and its script in <head>', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file)
      const head = html.slice(0, html.indexOf('</head>'))
      expect(html, file).toMatch(/<a class="skip-link" href="#main">/)
      expect(html, file).toMatch(/<main id="main"/)
      expect(html, file).toMatch(/<div class="quick-exit" data-quick-exit/)
      expect(head, file).toMatch(/<script src="\/_astro\/quick-exit\.[\w-]+\.js"><\/script>/)
      if (file !== 'index.html' && file !== '404.html') {
        expect(html, file).toMatch(/<header class="site-header">/)
        expect(html, file).toMatch(/<footer>/)
        expect(html, file).toMatch(/<nav class="nav" aria-label=/)
      }
    }
  })

  it('has no inline script or style, so the Content-Security-Policy needs no exceptions', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file)
      for (const script of html.matchAll(/<script\b([^>]*)>/g)) {
        expect(/\bsrc=|type="application\/ld\+json"/.test(script[1]), `${file}: <script${script[1]}>`).toBe(true)
      }
      expect(html, file).not.toMatch(/<style[\s>]/)
      expect(html, file).not.toMatch(/\sstyle="/)
      expect(html, file).not.toMatch(/\son[a-z]+="/)
      expect(html, file).not.toMatch(/(src|href|srcset)="data:/)
    }
  })

  it('shows each archive item with its metadata table, citation block and JSON-LD', () => {
    for (const locale of LOCALES) {
      for (const item of publicItems) {
        const html = readDist(`${locale}/items/${itemSlug(item)}/index.html`)
        expect(heading(html)).toBe(escapeHtml(item.title[locale]))
        expect(html).toContain(`<span hidden data-pagefind-ignore data-pagefind-meta="title">${escapeHtml(item.title[locale])}</span>`)
        expect(html).toMatch(/<table class="metadata">/)
        expect(html).toContain(`<td>${item.identifier}</td>`)
        expect(html).toMatch(/<h3 id="cite-apa-label">APA<\/h3>/)
        expect(html).toMatch(/<h3 id="cite-chicago-label">Chicago<\/h3>/)
        expect(html).toMatch(/data-copy-target="cite-apa"/)
        const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1])
        expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'ArchiveComponent', identifier: item.identifier, name: item.title[locale] })
      }
    }
  })

  it('renders images responsively (AVIF, WebP, srcset, width and height, lazy below the fold) and links PDFs with type and size', () => {
    const withImage = publicItems.find((item) => item.identifier === 'ARK-SAMPLE-0001')!
    const html = readDist(`en/items/${itemSlug(withImage)}/index.html`)
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)![0]
    expect(picture).toMatch(/<source srcset="[^"]*\.avif 320w,[^"]*" type="image\/avif"/)
    expect(picture).toMatch(/<source srcset="[^"]*\.webp 320w,[^"]*" type="image\/webp"/)
    expect(picture).toMatch(/<img [^>]*width="1200" height="800"/)
    expect(picture).toMatch(/alt="Placeholder image for the founding of CEL/)
    const partners = readDist('en/partners/index.html')
    expect(partners).toMatch(/<img [^>]*loading="lazy"/)
    expect(partners).toMatch(/alt="Logo of the MPTF"/)

    const pdfItem = readDist('en/items/ark-sample-0003/index.html')
    expect(pdfItem).toMatch(/<a href="\/files\/\d+\/mptf-factsheet\.pdf" type="application\/pdf" download>/)
    expect(pdfItem).toMatch(/Download PDF \(1\.\d kB\)/)
    const pdfPath = /href="(\/files\/\d+\/mptf-factsheet\.pdf)"/.exec(pdfItem)![1]
    expect(readDist(pdfPath.slice(1)).startsWith('%PDF-')).toBe(true)
  })

  it('shows the UN joint project with its results, beneficiaries, agencies, fund, activities by category, municipalities, referral mechanism and documents', () => {
    const html = readDist('en/programs/un-joint-covid-19-project/index.html')
    for (const heading of [
      'Expected result',
      'Target beneficiaries',
      'Implementing agencies',
      'Fund',
      'Activities',
      'Municipalities covered',
      'Referral mechanism',
      'Documents',
    ]) {
      expect(html, heading).toMatch(new RegExp(`<h2 id="[\\w-]+-heading">${heading}</h2>`))
    }
    for (const category of ['Social protection and basic services', 'Awareness activities']) expect(html).toContain(`<h3>${category}</h3>`)
    for (const agency of ['International Organization for Migration (IOM)', 'United Nations High Commissioner for Refugees (UNHCR)', 'UN Women']) {
      expect(html).toContain(agency)
    }
    expect(html).toContain('UN COVID-19 Response and Recovery Multi-Partner Trust Fund (MPTF)')
    expect((html.match(/href="\/en\/municipalities\/[\w-]+\/"/g) ?? []).length).toBeGreaterThanOrEqual(14)
    expect(html).toMatch(/href="\/files\/\d+\/mptf-factsheet\.pdf"/)
  })

  it('names each municipality with both official names', () => {
    const html = readDist('sr/municipalities/gjakove/index.html')
    expect(html).toContain('<td lang="sq">Gjakovë</td>')
    expect(html).toContain('<td lang="sr-Latn">Đakovica</td>')
    expect(heading(html)).toBe('Đakovica')
  })

  it('lists partners by tier within a group, donors first', () => {
    const html = readDist('en/partners/index.html')
    expect(html.indexOf('alt="Logo of the MPTF"')).toBeGreaterThan(0)
    expect(html.indexOf('alt="Logo of the MPTF"')).toBeLessThan(html.indexOf('alt="Logo of IOM"'))
    expect(html).toContain('<p class="partner-tier">Donor</p>')
  })

  it('lets the archive be browsed without JavaScript: filters, date order and pagination are plain links', () => {
    const html = readDist('sq/archive/index.html')
    expect(html).toMatch(/href="\/sq\/archive\/oldest\/"/)
    for (const facet of ['type', 'decade', 'subject']) expect(html).toMatch(new RegExp(`href="/sq/archive/${facet}/[\\w-]+/"`))
    const newest = [...html.matchAll(/href="\/sq\/items\/([\w-]+)\/"/g)].map((m) => m[1])
    const oldest = [...readDist('sq/archive/oldest/index.html').matchAll(/href="\/sq\/items\/([\w-]+)\/"/g)].map((m) => m[1])
    expect(newest).toHaveLength(publicItems.length)
    expect(oldest).toEqual([...newest].reverse())
  })

  it('publishes an RSS feed of archive items per locale and a sitemap with hreflang alternates', () => {
    const siteUrl = inject('siteUrl')
    for (const locale of LOCALES) {
      const feed = readDist(`${locale}/rss.xml`)
      expect(feed).toContain(`<language>${LOCALE_INFO[locale].bcp47}</language>`)
      for (const item of publicItems) expect(feed).toContain(`${siteUrl}/${locale}/items/${itemSlug(item)}/`)
    }
    const sitemap = readDist('sitemap-0.xml')
    expect(sitemap).toContain(`<loc>${siteUrl}/sr/about/</loc>`)
    expect(sitemap).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="sr-Latn" href="${siteUrl}/sr/about/"/>`))
    expect(sitemap).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="x-default" href="${siteUrl}/sq/about/"/>`))
    expect(sitemap).not.toContain('/404/')
    // Listings only by their first page newest first; item pages are all there.
    expect(sitemap).toContain(`<loc>${siteUrl}/sq/archive/</loc>`)
    expect(sitemap).not.toContain('/archive/oldest/')
    for (const item of publicItems) for (const locale of LOCALES) expect(sitemap).toContain(`<loc>${siteUrl}/${locale}/items/${itemSlug(item)}/</loc>`)
  })
})

/** The page's <h1> content, whatever attributes it carries (Pagefind's title weight among them). */
function heading(html: string): string | undefined {
  return /<h1(?:\s[^>]*)?>(.*?)<\/h1>/s.exec(html)?.[1]
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
