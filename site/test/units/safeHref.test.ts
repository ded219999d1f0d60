import { describe, expect, it } from 'vitest'
import { safeHref } from '../../src/lib/richTextRendering.ts'

/**
 * Links from CMS rich text, judged as the browser's URL parser reads them. The bypasses are the
 * classic ones (OWASP's XSS filter evasion list) and the WHATWG URL standard's quirks: tabs and
 * newlines removed anywhere, C0 controls and spaces stripped at both ends, `\` read as `/` in
 * http(s) URLs, schemes case-insensitive, `https:x` relative to an https page.
 */
const SITE = 'https://arkivi.test'
const href = (value: unknown) => safeHref(value, SITE)

describe('safeHref', () => {
  it.each([
    // Web, mail and phone links, in the parser's serialisation.
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://Example.org/a b  ', 'https://example.org/a%20b'],
    ['https://еxample.org/', 'https://xn--xample-2of.org/'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['tel:+38344123456', 'tel:+38344123456'],
    // Paths and fragments on this site, relative and normalised.
    ['/sq/about/', '/sq/about/'],
    ['/sq/search/?q=a b#results', '/sq/search/?q=a%20b#results'],
    ['/sq/../en/./about/', '/en/about/'],
    ['#section-2', '#section-2'],
    ['#', '#'],
    ['https://arkivi.test/en/', 'https://arkivi.test/en/'],
    // Encoded slashes and backslashes stay encoded: a path on this site, not another host.
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/%5Cevil.example', '/%5Cevil.example'],
  ])('keeps web, mail and phone links and paths on this site, in the parser’s serialisation: %j', (value, expected) => {
    expect(href(value)).toBe(expected)
  })

  it('refuses paths that the parser reads as another host', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example/x',
      '\\\\evil.example/x',
      '\\/evil.example',
      '/\t/evil.example/x',
      '/\n/evil.example/x',
      '/\r\n/evil.example',
      '\t//evil.example',
      '\u0000//evil.example',
      ' /\\evil.example',
      '///evil.example',
    ]) {
      expect(href(value), JSON.stringify(value)).toBeNull()
    }
  })

  it('refuses script, data and other schemes however they are disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000\u001fjavascript:alert(1)',
      'javascript://%0aalert(1)',
      'javascript:/\\/evil.example',
      '%6Aavascript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://arkivi.test/1',
      'ftp://example.org/',
      'ws://example.org/',
    ]) {
      expect(href(value), JSON.stringify(value)).toBeNull()
    }
  })

  it.each(['https:evil.example', 'https:/evil.example', 'https:\\\\evil.example', 'http:evil.example'])(
    'refuses web links without `//`, whose host depends on the page’s scheme: %j',
    (value) => {
      expect(href(value)).toBeNull()
    },
  )

  it('refuses a web link without `//` on a site served over http too', () => {
    expect(safeHref('https:evil.example', 'http://localhost:4321')).toBeNull()
  })

  it.each([
    'about/',
    '../about/',
    '?q=x',
    'https://arkivi.test@evil.example/',
    'https://user:pass@example.org/',
    'https://exa mple.org/',
    'http://[::1',
    '',
    undefined,
    42,
  ])('refuses relative paths, credentials and what is not a URL: %j', (value) => {
    expect(href(value)).toBeNull()
  })

  it('judges against SITE_URL when no site is given', () => {
    expect(safeHref('/sq/')).toBe('/sq/')
    expect(safeHref('/\\evil.example')).toBeNull()
  })
})
