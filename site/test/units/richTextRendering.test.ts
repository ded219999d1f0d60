import { describe, expect, it } from 'vitest'
import { richTextToPlain } from '../../src/lib/richTextRendering.ts'

describe('rich text', () => {
  it('gives its plain text, paragraph by paragraph', () => {
    const value = {
      root: {
        type: 'root' as const,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'One ' },
              { type: 'text', text: 'two.', format: 1 },
            ],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Item' }] }] },
        ],
      },
    }
    expect(richTextToPlain(value)).toBe('One two.\nItem')
  })
})
