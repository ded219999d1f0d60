/**
 * Builds Lexical rich-text JSON (Payload's editor state) from plain paragraphs, for the seed and
 * the importer: one string per paragraph, and consecutive paragraphs starting with "- " form a
 * bullet list.
 */
type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: number
  mode: 'normal'
  style: string
  version: 1
}
type ElementNode = {
  type: string
  children: (ElementNode | TextNode)[]
  direction: 'ltr'
  format: ''
  indent: number
  version: 1
  [key: string]: unknown
}

function text(value: string): TextNode {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: ElementNode['children'], extra: Record<string, unknown> = {}): ElementNode {
  return { type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra }
}

export type LexicalState = { root: ElementNode }

export function paragraphsToLexical(paragraphs: string[]): LexicalState {
  const blocks: ElementNode[] = []
  for (const paragraph of paragraphs) {
    const bullet = paragraph.startsWith('- ')
    if (!bullet) {
      blocks.push(element('paragraph', [text(paragraph)], { textFormat: 0, textStyle: '' }))
      continue
    }
    const item = element('listitem', [text(paragraph.slice(2))], { value: 1 })
    const last = blocks.at(-1)
    if (last?.type === 'list') {
      item.value = last.children.length + 1
      last.children.push(item)
    } else {
      blocks.push(element('list', [item], { listType: 'bullet', start: 1, tag: 'ul' }))
    }
  }
  return { root: element('root', blocks) }
}

/** The plain text of a Lexical state, paragraph by paragraph (the inverse used by export). */
export function lexicalToParagraphs(state: unknown): string[] {
  const root = (state as LexicalState | null | undefined)?.root
  if (!root) return []
  // Upload and line-break nodes have no children (and no text): they add nothing to the paragraph.
  const textOf = (node: ElementNode | TextNode): string => (node.type === 'text' ? (node as TextNode).text : ((node as ElementNode).children ?? []).map(textOf).join(''))
  return root.children
    .flatMap((block) => (block.type === 'list' ? (block as ElementNode).children.map((item) => `- ${textOf(item)}`) : [textOf(block)]))
    .filter((paragraph) => paragraph.trim() !== '')
}
