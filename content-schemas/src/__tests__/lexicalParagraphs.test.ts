import { describe, expect, it } from 'vitest'
import { lexicalToParagraphs, paragraphsToLexical } from '../index.ts'

describe('lexicalToParagraphs', () => {
  it('reads back what paragraphsToLexical wrote', () => {
    const paragraphs = ['First paragraph.', '- one', '- two', 'Last: ë, ç, č.']
    expect(lexicalToParagraphs(paragraphsToLexical(paragraphs))).toEqual(paragraphs)
  })

  it('skips nodes without children or text (an uploaded image, a line break) instead of failing', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Before' }, { type: 'linebreak' }, { type: 'text', text: ' after' }] },
          { type: 'upload', relationTo: 'media', value: 1 },
          { type: 'paragraph', children: [{ type: 'text', text: 'Caption' }] },
        ],
      },
    }
    expect(lexicalToParagraphs(state)).toEqual(['Before after', 'Caption'])
  })
})
