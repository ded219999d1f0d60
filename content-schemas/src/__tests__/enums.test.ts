import { describe, expect, it } from 'vitest'
import * as contract from '../index.ts'
import { ARCHIVE_ITEM_TYPES, LOCALES, RIGHTS_STATEMENTS, VISIBILITIES, rightsStatementUri, type Vocabulary } from '../index.ts'

/** Every vocabulary the contract exports: a list of `{ value, label }` entries. */
const vocabularies = (Object.entries(contract) as [string, unknown][]).filter(
  (entry): entry is [string, Vocabulary<string>] =>
    Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((item) => typeof item === 'object' && 'value' in item && 'label' in item),
)

describe('vocabularies', () => {
  it('are all found: the eleven the contract exports', () => {
    expect(vocabularies.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining(['ACTIVITY_CATEGORIES', 'ITEM_LANGUAGES', 'RIGHTS_STATEMENTS', 'TAKEDOWN_STATUSES', 'USER_ROLES', 'VISIBILITIES']),
    )
    expect(vocabularies).toHaveLength(11)
  })

  it.each(vocabularies)('%s has unique values labelled in every locale', (_, vocabulary) => {
    const values = vocabulary.map((entry) => entry.value)
    expect(new Set(values).size).toBe(values.length)
    for (const entry of vocabulary) {
      for (const locale of LOCALES) expect(entry.label[locale].trim(), `${entry.value} ${locale}`).not.toBe('')
    }
  })

  it('holds the twelve DCMI types and the twelve rightsstatements.org statements', () => {
    expect(ARCHIVE_ITEM_TYPES).toHaveLength(12)
    expect(ARCHIVE_ITEM_TYPES.map((type) => type.value)).toContain('StillImage')
    expect(RIGHTS_STATEMENTS).toHaveLength(12)
    expect(rightsStatementUri('InC-EDU')).toBe('http://rightsstatements.org/vocab/InC-EDU/1.0/')
  })

  it('defaults nothing to public: visibility is exactly public or restricted', () => {
    expect(VISIBILITIES.map((visibility) => visibility.value)).toEqual(['public', 'restricted'])
  })
})
