import { describe, expect, it } from 'vitest'
import { safeHref } from '../src/lib/richTextRendering.ts'

/**
 * Links from CMS rich text, judged as the browser's URL parser reads them. The bypasses are the
 * classic ones (OWASP's XSS filter evasion list) and the WHATWG URL standard's quirks: tabs and
 * newlines removed anywhere, C0 controls and spaces stripped at both ends, `\` read as `/` in
 * http(s) URLs, schemes case-insensitive, `https:x` relative to an https page.
 */
const SITE = 'https://arkivi.test'
const href = (value: unknown) => safeHref(value, SITE)

describe('safeHref', () => {
  it('keeps web, mail and phone links, in the parser’s serialisation', () => {
    expect(href('https://example.org/a')).toBe('https://example.org/a')
    expect(href('http://example.org')).toBe('http://example.org/')
    expect(href('  HTTPS://Example.org/a b  ')).toBe('https://example.org/a%20b')
    expect(href('https://еxample.org/')).toBe('https://xn--xample-2of.org/')
    expect(href('mailto:a@b.c')).toBe('mailto:a@b.c')
    expect(href('tel:+38344123456')).toBe('tel:+38344123456')
  })

  it('keeps paths and fragments on this site relative, normalised', () => {
    expect(href('/sq/about/')).toBe('/sq/about/')
    expect(href('/sq/search/?q=a b#results')).toBe('/sq/search/?q=a%20b#results')
    expect(href('/sq/../en/./about/')).toBe('/en/about/')
    expect(href('#section-2')).toBe('#section-2')
    expect(href('#')).toBe('#')
    expect(href('https://arkivi.test/en/')).toBe('https://arkivi.test/en/')
    // Encoded slashes and backslashes stay encoded: a path on this site, not another host.
    expect(href('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example')
    expect(href('/%5Cevil.example')).toBe('/%5Cevil.example')
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

  it('refuses web links without `//`, whose host depends on the page’s scheme', () => {
    expect(href('https:evil.example')).toBeNull()
    expect(safeHref('https:evil.example', 'http://localhost:4321')).toBeNull()
    expect(href('https:/evil.example')).toBeNull()
    expect(href('https:\\\\evil.example')).toBeNull()
    expect(href('http:evil.example')).toBeNull()
  })

  it('refuses relative paths, credentials and what is not a URL', () => {
    expect(href('about/')).toBeNull()
    expect(href('../about/')).toBeNull()
    expect(href('?q=x')).toBeNull()
    expect(href('https://arkivi.test@evil.example/')).toBeNull()
    expect(href('https://user:pass@example.org/')).toBeNull()
    expect(href('https://exa mple.org/')).toBeNull()
    expect(href('http://[::1')).toBeNull()
    expect(href('')).toBeNull()
    expect(href(undefined)).toBeNull()
    expect(href(42)).toBeNull()
  })

  it('judges against SITE_URL when no site is given', () => {
    expect(safeHref('/sq/')).toBe('/sq/')
    expect(safeHref('/\\evil.example')).toBeNull()
  })
})
