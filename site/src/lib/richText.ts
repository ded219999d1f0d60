import type { LexicalNode, RichText } from '@arkivi/content-schemas'
import { SITE_URL } from '../config.ts'

/** Block-level node types whose text ends with a paragraph break. */
const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

/** The plain text of Lexical rich text, for descriptions, feeds and citations. */
export function richTextToPlain(value: RichText | null | undefined): string {
  if (!value) return ''
  const parts: string[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'text' && typeof node.text === 'string') parts.push(node.text)
    else if (node.type === 'linebreak') parts.push('\n')
    node.children?.forEach(visit)
    if (BLOCKS.has(node.type) && node.type !== 'list') parts.push('\n')
  }
  value.root.children.forEach(visit)
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}

/** The first `max` characters of a text, cut at a word and marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

/** Lexical text format bits (TextNode.format). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

/** Schemes a link in CMS rich text may use. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Only links a reader can safely follow: web, mail and phone links, and paths or fragments on
 * this site. A link is judged by what the WHATWG URL parser (the browser's own) makes of it
 * against the site's origin, never by how it looks: `/\evil.example` and `/<tab>/evil.example`
 * look like paths but lead to another host. The result is the parser's serialisation, so the
 * page says exactly what was judged.
 */
export function safeHref(value: unknown, siteUrl: string = SITE_URL): string | null {
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
