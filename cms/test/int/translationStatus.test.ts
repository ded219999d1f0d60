import { paragraphsToLexical } from '@arkivi/content-schemas'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { translationReport, type TranslationStatusValue } from '../../src/plugins/arkivi/translationState.ts'
import { archiveItemData, createStaff, payloadForFile } from './setup.ts'

const t = payloadForFile('translation-status')
let payload: Payload
let staff: Awaited<ReturnType<typeof createStaff>>
beforeAll(async () => {
  payload = t.payload
  staff = await createStaff(payload)
})

/** The stored status of a document's latest version, as staff read it. */
async function statusOf(collection: CollectionSlug, id: number | string) {
  const doc = (await payload.findByID({ collection, id, draft: true, depth: 0 })) as { translationStatus?: TranslationStatusValue }
  const status = doc.translationStatus!
  return { sr: status.srState, en: status.enState, report: translationReport(status.hashes) }
}

async function item(identifier: string, overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'archive-items',
    locale: 'sq',
    data: archiveItemData(identifier, { description: paragraphsToLexical(['Përshkrimi i parë.']), ...overrides }),
  })
}

describe('translation status', () => {
  it('lists the localized fields with Albanian text as missing in sr and en until they are translated', async () => {
    const created = await item('TS-0001')
    const status = await statusOf('archive-items', created.id)
    expect(status.sr).toBe('partial')
    expect(status.en).toBe('partial')
    // Only fields with Albanian text count: place, source… are empty in Albanian too.
    expect(status.report.sr).toEqual({ state: 'partial', missing: ['title', 'description'], outdated: [] })

    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { title: 'Naslov', description: paragraphsToLexical(['Prvi opis.']) } })
    const translated = await statusOf('archive-items', created.id)
    expect(translated.sr).toBe('complete')
    expect(translated.report.en.missing).toEqual(['title', 'description'])
  })

  it('marks a translation outdated when the Albanian changes, and current again once retranslated', async () => {
    const created = await item('TS-0002')
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { title: 'Naslov', description: paragraphsToLexical(['Opis.']) } })
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'en', data: { title: 'Title', description: paragraphsToLexical(['Description.']) } })
    expect(await statusOf('archive-items', created.id)).toMatchObject({ sr: 'complete', en: 'complete' })

    // Saving in Albanian marks no translation as saved, even with nothing changed in it.
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sq', data: { title: 'Titull i ri' } })
    const changed = await statusOf('archive-items', created.id)
    expect(changed).toMatchObject({ sr: 'outdated', en: 'outdated' })
    expect(changed.report.sr.outdated).toEqual(['title'])

    // Saving Serbian without touching the stale title keeps it outdated.
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { place: 'Prizren' } })
    expect((await statusOf('archive-items', created.id)).report.sr.outdated).toEqual(['title'])

    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { title: 'Novi naslov' } })
    const retranslated = await statusOf('archive-items', created.id)
    expect(retranslated).toMatchObject({ sr: 'complete', en: 'outdated' })
  })

  it('hashes rich text by its plain text: a changed paragraph outdates, the same text re-sent does not', async () => {
    const created = await item('TS-0003')
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { title: 'Naslov', description: paragraphsToLexical(['Opis.']) } })
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sq', data: { description: paragraphsToLexical(['Përshkrimi   i parë. ']) } })
    expect((await statusOf('archive-items', created.id)).sr).toBe('complete')
    await payload.update({
      collection: 'archive-items',
      id: created.id,
      locale: 'sq',
      data: { description: paragraphsToLexical(['Përshkrimi i parë.', 'Një paragraf i ri.']) },
    })
    expect((await statusOf('archive-items', created.id)).report.sr.outdated).toEqual(['description'])
  })

  it('follows drafts and autosaves, and the list can filter on it', async () => {
    const created = await payload.create({
      collection: 'programs',
      locale: 'sq',
      draft: true,
      data: { title: 'Programi TS', summary: 'Përmbledhje', kind: 'project', _status: 'draft', activities: [{ title: 'Aktiviteti', category: 'support' }] },
    })
    expect((await statusOf('programs', created.id)).report.sr.missing).toEqual(['title', 'summary', 'activities.0.title'])
    await payload.update({
      collection: 'programs',
      id: created.id,
      locale: 'sr',
      draft: true,
      autosave: true,
      data: { title: 'Program TS', summary: 'Sažetak', activities: [{ title: 'Aktivnost', category: 'support' }] },
    })
    expect((await statusOf('programs', created.id)).sr).toBe('complete')
    const needsSr = await payload.find({ collection: 'programs', draft: true, depth: 0, where: { 'translationStatus.srState': { not_equals: 'complete' } } })
    expect(needsSr.docs.map((doc) => doc.id)).not.toContain(created.id)
    const needsEn = await payload.find({ collection: 'programs', draft: true, depth: 0, where: { 'translationStatus.enState': { not_equals: 'complete' } } })
    expect(needsEn.docs.map((doc) => doc.id)).toContain(created.id)
    // The admin asks in the locale it edits in: a state field named like a locale (`sr`) could not be queried in that locale.
    for (const locale of ['sq', 'sr', 'en'] as const) {
      const inLocale = await payload.find({ collection: 'programs', draft: true, depth: 0, locale, where: { 'translationStatus.enState': { not_equals: 'complete' } } })
      expect(
        inLocale.docs.map((doc) => doc.id),
        locale,
      ).toContain(created.id)
      const serbian = await payload.find({ collection: 'programs', draft: true, depth: 0, locale, where: { 'translationStatus.srState': { not_equals: 'complete' } } })
      expect(
        serbian.docs.map((doc) => doc.id),
        locale,
      ).not.toContain(created.id)
    }
  })

  it('cannot be set by a request: what an editor sends is replaced by what the save shows', async () => {
    const created = await item('TS-0004')
    await payload.update({
      collection: 'archive-items',
      id: created.id,
      locale: 'sq',
      data: { translationStatus: { sr: 'complete', en: 'complete', hashes: {} } } as never,
      overrideAccess: false,
      user: staff.editor,
    })
    expect(await statusOf('archive-items', created.id)).toMatchObject({ sr: 'partial', en: 'partial' })
  })

  it('is read by staff only: anonymous reads neither see it nor may query it', async () => {
    const created = await item('TS-0005', { _status: 'published' })
    const asEditor = await payload.findByID({ collection: 'archive-items', id: created.id, overrideAccess: false, user: staff.contributor })
    expect(asEditor.translationStatus).toBeDefined()
    const anonymous = await payload.findByID({ collection: 'archive-items', id: created.id, overrideAccess: false })
    expect(anonymous.title).toBe('Titull TS-0005')
    expect(anonymous).not.toHaveProperty('translationStatus')
    await expect(payload.find({ collection: 'archive-items', overrideAccess: false, where: { 'translationStatus.srState': { equals: 'partial' } } })).rejects.toThrow(
      /translationStatus/,
    )
  })
})
