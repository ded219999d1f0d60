import { describe, expect, it } from 'vitest'
import {
  ACTIVITY_CATEGORIES,
  ARCHIVE_ITEM_TYPES,
  DATE_PRECISIONS,
  ITEM_LANGUAGES,
  LOCALES,
  ORGANIZATION_ROLES,
  PARTNER_TIERS,
  PROGRAM_KINDS,
  RIGHTS_STATEMENTS,
  USER_ROLES,
  VISIBILITIES,
  rightsStatementUri,
  type Vocabulary,
} from '../index.ts'

const vocabularies: Record<string, Vocabulary<string>> = {
  ACTIVITY_CATEGORIES,
  ARCHIVE_ITEM_TYPES,
  DATE_PRECISIONS,
  ITEM_LANGUAGES,
  ORGANIZATION_ROLES,
  PARTNER_TIERS,
  PROGRAM_KINDS,
  RIGHTS_STATEMENTS,
  USER_ROLES,
  VISIBILITIES,
}

describe('vocabularies', () => {
  it.each(Object.entries(vocabularies))('%s has unique values labelled in every locale', (_, vocabulary) => {
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
