import { describe, expect, it } from 'vitest'
import { ARCHIVE_ITEM_COLUMNS, ARCHIVE_ITEM_REFERENCES, archiveItemData, archiveItemRecord, archiveItemRowSchema } from '../index.ts'

const row = archiveItemRowSchema.parse({
  identifier: 'ARK-1',
  title_sq: 'Titull',
  title_en: '',
  description_sq: 'One\n\n- two',
  date: '1995-07',
  date_approximate: 'po',
  type: 'Text',
  creators: 'A; B',
  subjects: 'law',
  languages: 'sq;en',
  rights: 'InC',
  consent_notes: 'ok',
})

describe('archive item records', () => {
  it('keep the columns import files and exports have always had, in their order (new ones may join)', () => {
    const columns = [
      'identifier,title_sq,title_sr,title_en,description_sq,description_sr,description_en,date,date_approximate,type,format',
      'creators,subjects,languages,municipality,place_sq,place_sr,place_en,source_sq,source_sr,source_en',
      'content_warning_sq,content_warning_sr,content_warning_en,rights,files,transcript_sq,transcript_sr,transcript_en',
      'related,visibility,status,sample,consent_notes,takedown_notes',
    ].flatMap((line) => line.split(','))
    expect(ARCHIVE_ITEM_COLUMNS.filter((column) => columns.includes(column))).toEqual(columns)
    expect(ARCHIVE_ITEM_COLUMNS.slice(0, 4)).toEqual(['identifier', 'title_sq', 'title_sr', 'title_en'])
    expect(ARCHIVE_ITEM_REFERENCES.map(({ column, to, key }) => `${column}→${to}.${key}`)).toEqual([
      'subjects→subjects.slug',
      'municipality→municipalities.slug',
      'files→media.filename',
      'related→archive-items.identifier',
    ])
  })

  it('become document data per locale, references as the import resolved them', () => {
    const sq = archiveItemData(row, 'sq', { subjects: [7], municipality: undefined, files: [] })
    expect(sq).toMatchObject({
      identifier: 'ARK-1',
      title: 'Titull',
      date: { value: '1995-07-01T00:00:00.000Z', precision: 'month', approximate: true },
      creators: ['A', 'B'],
      subjects: [7],
      municipality: null,
      languages: ['sq', 'en'],
      place: null,
      visibility: 'restricted',
      _status: 'draft',
      sample: false,
      consentNotes: 'ok',
      takedownNotes: null,
    })
    expect(sq).not.toHaveProperty('related')
    expect(archiveItemData(row, 'en', {}).title).toBeNull()
  })

  it('come back from a document as the same cells', () => {
    const data = archiveItemData(row, 'sq', { subjects: [7], files: [3], related: [] })
    const doc = { ...data, title: { sq: 'Titull', sr: null }, description: { sq: data.description } }
    const keys: Record<string, string> = { 'subjects:7': 'law', 'media:3': 'a.png' }
    const keyOf = (collection: string, id: string) => keys[`${collection}:${id}`]
    const csv = archiveItemRecord(doc, 'csv', keyOf)
    expect(Object.keys(csv)).toEqual(ARCHIVE_ITEM_COLUMNS)
    expect(csv).toMatchObject({
      title_sq: 'Titull',
      title_sr: '',
      description_sq: 'One\n\n- two',
      date: '1995-07',
      date_approximate: true,
      creators: 'A; B',
      subjects: 'law',
      files: 'files/a.png',
      municipality: '',
      status: 'draft',
    })
    expect(archiveItemRecord(doc, 'json', keyOf)).toMatchObject({ title_sr: null, creators: ['A', 'B'], description_sq: data.description })
  })
})
