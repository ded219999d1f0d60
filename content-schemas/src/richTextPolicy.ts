/**
 * What public rich text may contain: prose only. The CMS refuses anything else when a document is
 * saved (any client, not only the admin's editor, whose toolbar already lacks the rest), so no
 * renderer, now or later, can be handed an embedded upload, a relationship to a restricted item,
 * raw HTML or a script link. The node types are those of the CMS editor's features
 * (cms/src/fields/editor.ts): Lexical's defaults without uploads, relationships and blocks.
 */
export const RICH_TEXT_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'heading',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
  'linebreak',
  'tab',
  'horizontalrule',
] as const

const NODE_TYPES = new Set<string>(RICH_TEXT_NODE_TYPES)

/** Schemes a link in rich text may use. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A base no real site shares: the CMS judges links without knowing the site's address. */
const ANY_SITE = 'https://site.arkivi.invalid'

/**
 * Only links a reader can safely follow: web, mail and phone links, and paths or fragments on
 * the site. A link is judged by what the WHATWG URL parser (the browser's own) makes of it
 * against the site's origin, never by how it looks: `/\evil.example` and `/<tab>/evil.example`
 * look like paths but lead to another host. The result is the parser's serialisation, so a page
 * says exactly what was judged; null means the link must not be followed.
 */
export function safeHref(value: unknown, siteUrl: string = ANY_SITE): string | null {
  if (typeof value !== 'string') return null
  const site = new URL(siteUrl)
  let url: URL
  try {
    url = new URL(value, site)
  } catch {
    return null
  }
  // Credentials in a link only serve to disguise its host (https://our.site@evil.example).
  if (url.username || url.password) return null
  // The text as the parser reads it: it drops tabs and newlines anywhere and strips leading and
  // trailing C0 controls and spaces.
  const written = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (url.origin === site.origin && written.startsWith('#')) return url.hash || '#'
  if (url.origin === site.origin && written.startsWith('/')) return `${url.pathname}${url.search}${url.hash}`
  if (!LINK_SCHEMES.has(url.protocol)) return null
  // A web link must name its host after `//`: `https:evil` is a path on an https site but a host
  // on an http one, and scheme-relative (`//x`, `\\x`) or relative (`x`, `../x`) links depend on
  // the page they appear on.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !/^https?:\/\//i.test(written)) return null
  return url.href
}

export type RichTextProblem = { kind: 'node'; node: string } | { kind: 'link'; url: string }

type Node = { type?: unknown; children?: unknown; fields?: { url?: unknown; linkType?: unknown } }

/** The first thing in a Lexical state that public rich text may not hold, or null when all is prose. */
export function richTextProblem(state: unknown): RichTextProblem | null {
  if (state === null || state === undefined) return null
  const root = (state as { root?: unknown }).root
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as Node | null
    if (typeof node !== 'object' || node === null) return { kind: 'node', node: String(node) }
    const type = String(node.type)
    if (!NODE_TYPES.has(type)) return { kind: 'node', node: type }
    if (type === 'link' || type === 'autolink') {
      // Internal links point at documents, which may be restricted: only URLs are allowed.
      if (node.fields?.linkType === 'internal') return { kind: 'node', node: 'internal link' }
      if (safeHref(node.fields?.url) === null) return { kind: 'link', url: String(node.fields?.url) }
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return { kind: 'node', node: `${type} with malformed children` }
      pending.push(...node.children)
    }
  }
  return null
}
