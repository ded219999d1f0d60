import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  localized,
  mediaList,
  mediaRichText,
  nonEmptyText,
  optionalLocalized,
  publishedDocumentFields,
  relationList,
  relationOne,
  staffOnly,
} from '@arkivi/content-schemas'
import { archiveItemColumns, schemaColumns } from '../../src/lib/openDataColumns.ts'

describe('open-data columns derived from a public schema', () => {
  const schema = z.strictObject({
    ...publishedDocumentFields,
    title: localized(nonEmptyText),
    body: mediaRichText,
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).nullish(),
    owner: relationOne,
    municipalities: relationList,
    documents: mediaList,
    period: z.strictObject({ start: z.iso.datetime({ offset: true }).nullish(), end: z.iso.datetime({ offset: true }).nullish() }).nullish(),
    note: optionalLocalized(z.string()),
    visibility: z.literal('public'),
    consentNotes: staffOnly,
  })

  it('publish every field but the document metadata, staff-only fields and literals, one column per locale where localized', () => {
    expect(schemaColumns(schema).map((column) => [column.name, column.kind])).toEqual([
      ['title_sq', 'text'],
      ['title_sr', 'text'],
      ['title_en', 'text'],
      ['body_sq', 'richText'],
      ['body_sr', 'richText'],
      ['body_en', 'richText'],
      ['kind', 'vocabulary'],
      ['tags', 'list'],
      ['owner', 'reference'],
      ['municipalities', 'reference'],
      ['documents', 'files'],
      ['period_start', 'timestamp'],
      ['period_end', 'timestamp'],
      ['note_sq', 'text'],
      ['note_sr', 'text'],
      ['note_en', 'text'],
    ])
  })

  it('stop at a relation whose target collection is unknown', () => {
    expect(() => schemaColumns(z.strictObject({ ...publishedDocumentFields, sponsor: relationList }))).toThrow(/"sponsor" has no target collection/)
  })

  it('for archive items are the import/export columns less the staff-only and constant ones', () => {
    const names = archiveItemColumns().map((column) => column.name)
    expect(names).toContain('title_sr')
    expect(names).toContain('date_approximate')
    for (const hidden of ['consent_notes', 'takedown_notes', 'visibility', 'status']) expect(names).not.toContain(hidden)
  })
})
