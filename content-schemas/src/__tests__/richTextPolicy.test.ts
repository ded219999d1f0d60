import { describe, expect, it } from 'vitest'
import { paragraphsToLexical, richTextProblem, safeHref } from '../index.ts'

const withNode = (node: Record<string, unknown>) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [node] }] },
})
const link = (url: string, extra: Record<string, unknown> = {}) =>
  withNode({ type: 'link', fields: { linkType: 'custom', url, ...extra }, children: [{ type: 'text', text: 'x' }] })

// The site's own tests (site/test/safeHref.test.ts) cover the rule against the site's address.
describe('safeHref as the CMS applies it (no site address known)', () => {
  it.each(['https://example.org/a', 'http://example.org', 'mailto:staff@example.org', 'tel:+38338000000', 'HTTPS://EXAMPLE.ORG'])('%s may be followed', (url) =>
    expect(safeHref(url)).not.toBeNull(),
  )

  it.each(['/sq/archive/', '#notes', '/sq/items/ark-1/?a=1#b'])('%s stays on the site', (url) => expect(safeHref(url)).toBe(url))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '/\t/evil.example',
    '/\n/evil.example',
    '\u0000javascript:alert(1)',
    'https:evil.example',
    'https://site.arkivi.invalid@evil.example/',
    'relative/path',
  ])('%j is refused', (url) => expect(safeHref(url)).toBeNull())
})

describe('richTextProblem', () => {
  it('accepts the prose the seed and importer write', () => {
    expect(richTextProblem(paragraphsToLexical(['Një paragraf.', '- një', '- dy']))).toBeNull()
    expect(richTextProblem(null)).toBeNull()
    expect(richTextProblem(link('https://example.org'))).toBeNull()
  })

  it.each(['upload', 'relationship', 'html', 'block', 'inlineBlock', 'script'])('refuses a %s node', (type) => {
    expect(richTextProblem(withNode({ type, value: 1 }))).toEqual({ kind: 'node', node: type })
  })

  it('refuses internal links, which point at documents', () => {
    expect(richTextProblem(link('', { linkType: 'internal', doc: { relationTo: 'archive-items', value: 2 } }))).toEqual({
      kind: 'node',
      node: 'internal link',
    })
  })

  it('refuses script and other-origin links, autolinks too', () => {
    expect(richTextProblem(link('javascript:alert(1)'))).toEqual({ kind: 'link', url: 'javascript:alert(1)' })
    expect(richTextProblem(withNode({ type: 'autolink', fields: { url: '//evil.example' }, children: [] }))).toEqual({
      kind: 'link',
      url: '//evil.example',
    })
  })

  it('refuses malformed trees instead of skipping them', () => {
    expect(richTextProblem({ root: null })?.kind).toBe('node')
    expect(richTextProblem(withNode({ type: 'paragraph', children: 'x' }))?.kind).toBe('node')
  })
})
