import { describe, expect, it } from 'vitest'
import { ContentValidationError, archiveItemSchema, municipalitySchema, parseDocument } from '../index.ts'
import { publicArchiveItem } from './fixtures.ts'

function issuesOf(collection: Parameters<typeof parseDocument>[0], raw: unknown) {
  try {
    parseDocument(collection, raw)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError)
    return (error as ContentValidationError).issues
  }
  throw new Error('expected a validation error')
}

describe('archive item schema', () => {
  it('accepts a published public item with missing translations', () => {
    const item = parseDocument('archive-items', publicArchiveItem())
    expect(item.title.sq).toBe('Themelimi i CEL')
    expect(item.description?.sr).toBeNull()
    expect(item.related).toEqual([])
  })

  it('rejects a restricted item, naming collection, id and field', () => {
    const issues = issuesOf('archive-items', { ...publicArchiveItem(), visibility: 'restricted' })
    expect(issues).toEqual([expect.objectContaining({ collection: 'archive-items', id: '7', field: 'visibility', locale: null })])
  })

  it('rejects a draft', () => {
    expect(archiveItemSchema.safeParse({ ...publicArchiveItem(), _status: 'draft' }).success).toBe(false)
  })

  it('rejects a document that carries staff-only consent or takedown notes', () => {
    const issues = issuesOf('archive-items', { ...publicArchiveItem(), consentNotes: 'x', takedownNotes: 'y' })
    expect(issues.map((issue) => issue.field).sort()).toEqual(['consentNotes', 'takedownNotes'])
  })

  it('names the locale of a missing default-locale title', () => {
    const issues = issuesOf('archive-items', { ...publicArchiveItem(), title: { sr: 'Naslov', en: 'Title' } })
    expect(issues[0]).toMatchObject({ field: 'title', locale: 'sq' })
    expect(String(new ContentValidationError(issues).message)).toMatch(/^archive-items id=7 field=title locale=sq: /)
  })

  it('rejects unknown vocabulary values', () => {
    const issues = issuesOf('archive-items', { ...publicArchiveItem(), type: 'Photo', rights: 'CC0' })
    expect(issues.map((issue) => issue.field).sort()).toEqual(['rights', 'type'])
  })

  it('checks rich-text structure inside a locale', () => {
    const issues = issuesOf('archive-items', { ...publicArchiveItem(), description: { sq: { root: { type: 'paragraph' } } } })
    expect(issues[0]).toMatchObject({ locale: 'sq' })
    expect(issues[0].field.startsWith('description')).toBe(true)
  })
})

describe('municipality schema', () => {
  it('requires both official names and a slug', () => {
    const result = municipalitySchema.safeParse({
      id: 1,
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
      nameSq: 'Gjakovë',
      slug: 'Gjakovë',
      displayName: { sq: 'Gjakovë', sr: 'Đakovica', en: 'Gjakovë' },
    })
    expect(result.success).toBe(false)
    const fields = result.error?.issues.map((issue) => issue.path.join('.')).sort()
    expect(fields).toEqual(['nameSr', 'slug'])
  })
})
