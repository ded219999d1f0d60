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

/** Link schemes a reader may follow out of the site. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A base no real URL shares, to tell same-site paths from anything that leaves the site. */
const SITE = 'https://site.arkivi.invalid'

/**
 * How a link's URL would be followed: `external` (http, https, mailto, tel), `internal` (a path or
 * anchor that stays on the site, as the WHATWG URL parser resolves it), or null (anything else:
 * `javascript:`, `data:`, protocol-relative `//host`, and the backslash, tab and control-character
 * forms browsers rewrite into another origin, such as `/\host` or `/<TAB>/host`).
 */
export function linkKind(url: unknown): 'external' | 'internal' | null {
  if (typeof url !== 'string' || url.length === 0) return null
  // Browsers drop tabs and newlines and read `\` as `/` in URLs: refuse them instead of guessing.
  if (/[\u0000-\u001F\u007F\\]/.test(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url.trim(), SITE)
  } catch {
    return null
  }
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(url.trim())
  if (hasScheme) return EXTERNAL_SCHEMES.has(parsed.protocol) ? 'external' : null
  return parsed.origin === SITE ? 'internal' : null
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
      if (!linkKind(node.fields?.url)) return { kind: 'link', url: String(node.fields?.url) }
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return { kind: 'node', node: `${type} with malformed children` }
      pending.push(...node.children)
    }
  }
  return null
}
