import { describe, expect, it } from 'vitest'
import { searchAliases } from '../../src/lib/searchAliases.ts'

describe('search spellings', () => {
  it('add the usual spellings of đ ("dj", "d"), which Pagefind does not derive; nothing for letters with marks', () => {
    expect(searchAliases('Đakovica i Gračanica, Fushë Kosovë')).toEqual(['dakovica', 'djakovica'])
    expect(searchAliases('Plain ASCII text')).toEqual([])
  })
})
