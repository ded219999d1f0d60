import { LOCALES, TAKEDOWN_LIMITS, TAKEDOWN_REFUSALS, TAKEDOWN_SUBMIT_PATH } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { en } from '../src/i18n/en.ts'
import { sq } from '../src/i18n/sq.ts'
import { sr } from '../src/i18n/sr.ts'
import { attributeValues, readDist } from './lib/dist.ts'
import * as seed from '../../scripts/seed/data/index.ts'

const STRINGS = { sq, sr, en }

/** The markup of one element with an id, up to its closing tag (no nesting of the same tag). */
function section(html: string, id: string): string {
  const match = new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)
  return match?.[0] ?? ''
}

describe('the contact block', () => {
  it.each(LOCALES)('is on the contributing, privacy and about pages in %s, with the seed’s placeholders marked', (locale) => {
    for (const page of ['info/contributing', 'info/privacy-and-safety', 'about']) {
      const block = section(readDist(`${locale}/${page}/index.html`), 'contact-heading')
      expect(block, `${locale}/${page}`).toContain(STRINGS[locale]['contact.title'])
      expect(block).toContain(STRINGS[locale]['contact.placeholder'])
      expect(block).toContain(seed.contact.address[locale])
      expect(block).toContain(seed.contact.officeHours[locale])
      expect(attributeValues(block, 'a', 'href')).toContain(`/${locale}/takedown/`)
    }
  })
})

describe('the takedown request form', () => {
  it.each(LOCALES)('in %s posts to the CMS with the fields and limits the CMS checks', (locale) => {
    const html = readDist(`${locale}/takedown/index.html`)
    expect(attributeValues(html, 'form', 'action')).toEqual([new URL(TAKEDOWN_SUBMIT_PATH, inject('cmsUrl')).href])
    expect(attributeValues(html, 'form', 'method')).toEqual(['post'])
    const names = attributeValues(html, 'input', 'name').concat(attributeValues(html, 'textarea', 'name'))
    expect(names.sort()).toEqual(['locale', 'page', 'replyTo', 'request', 'website'].sort())
    expect(html).toMatch(new RegExp(`<input type="hidden" name="locale" value="${locale}"`))
    expect(html).toContain(`maxlength="${TAKEDOWN_LIMITS.request}"`)
    expect(html).toContain(`minlength="${TAKEDOWN_LIMITS.minRequest}"`)
    // The hint's example is this site's own address for an item page, filled in.
    expect(html).toContain(`${new URL(inject('siteUrl')).origin}/${locale}/items/ark-sample-0001/`)
    expect(html).not.toContain('{example}')
    // The honeypot is hidden from people and from assistive technology, and not reachable by Tab.
    expect(html).toMatch(/<p class="honeypot" aria-hidden="true">[\s\S]*?tabindex="-1"/)
  })

  it.each(LOCALES)('in %s has an answer page for every reason the CMS may refuse, kept out of search engines', (locale) => {
    for (const reason of TAKEDOWN_REFUSALS) {
      const html = readDist(`${locale}/takedown/refused/${reason}/index.html`)
      expect(html).toContain('<meta name="robots" content="noindex"')
      expect(html).toContain(STRINGS[locale]['takedown.refused.title'])
      expect(html).not.toMatch(/\{(min|page|request)\}/)
    }
    expect(readDist(`${locale}/takedown/sent/index.html`)).toContain(STRINGS[locale]['takedown.sent.title'])
  })
})
