import type { LexicalNode, RichText } from '@arkivi/content-schemas'

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

/** Only links a reader can safely follow: web, mail, phone, and paths or anchors on this site. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed
  if (/^[/#]/.test(trimmed) && !trimmed.startsWith('//')) return trimmed
  return null
}
