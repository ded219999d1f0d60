/** What the site makes of Lexical rich text when it renders it: plain text, format bits and safe link targets. */
import { safeHref as safeHrefFor, type LexicalNode, type RichText } from '@arkivi/content-schemas'
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

/** content-schemas' link rule (the one the CMS enforces on save), against this site's address. */
export function safeHref(value: unknown, siteUrl: string = SITE_URL): string | null {
  return safeHrefFor(value, siteUrl)
}
