import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveItemData, startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload('localization')
})
afterAll(async () => t?.cleanup())

describe('localized content', () => {
  it('creates in Albanian, translates to Serbian and English, and publishes each', async () => {
    const { payload } = t
    const created = await payload.create({
      collection: 'programs',
      data: { title: 'Programi për mbështetje', summary: 'Mbështetje', kind: 'organization-program', _status: 'draft' },
      locale: 'sq',
      draft: true,
    })
    await payload.update({ collection: 'programs', id: created.id, locale: 'sr', data: { title: 'Program podrške', summary: 'Podrška', _status: 'published' } })
    await payload.update({ collection: 'programs', id: created.id, locale: 'en', data: { title: 'Support Programme', summary: 'Support', _status: 'published' } })
    const all = await payload.findByID({ collection: 'programs', id: created.id, locale: 'all' })
    expect(all.title).toEqual({ sq: 'Programi për mbështetje', sr: 'Program podrške', en: 'Support Programme' })
    expect(all._status).toBe('published')
    expect(all.slug).toBe('programi-per-mbeshtetje')
  })

  it('falls back to Albanian where a translation is missing, unless asked not to', async () => {
    const { payload } = t
    const created = await payload.create({ collection: 'subjects', data: { name: 'Shoqëria civile', slug: 'shoqeria-civile' }, locale: 'sq' })
    const withFallback = await payload.findByID({ collection: 'subjects', id: created.id, locale: 'en' })
    expect(withFallback.name).toBe('Shoqëria civile')
    const withoutFallback = await payload.findByID({ collection: 'subjects', id: created.id, locale: 'en', fallbackLocale: false })
    expect(withoutFallback.name ?? null).toBeNull()
    const all = await payload.findByID({ collection: 'subjects', id: created.id, locale: 'all' })
    expect(all.name).toEqual({ sq: 'Shoqëria civile' })
  })

  it('keeps the Albanian text when saving another locale', async () => {
    const { payload } = t
    const created = await payload.create({ collection: 'archive-items', data: archiveItemData('LOC-0001'), locale: 'sq' })
    await payload.update({ collection: 'archive-items', id: created.id, locale: 'sr', data: { title: 'Naslov' } })
    const all = await payload.findByID({ collection: 'archive-items', id: created.id, locale: 'all', draft: true })
    expect(all.title).toEqual({ sq: 'Titull LOC-0001', sr: 'Naslov' })
  })

  it('refuses to publish a document without its Albanian title, whatever locale it is saved in', async () => {
    const { payload } = t
    const before = await payload.count({ collection: 'archive-items' })
    const englishOnly = archiveItemData('LOC-0002', { title: 'English only', _status: 'published' })
    await expect(payload.create({ collection: 'archive-items', data: englishOnly, locale: 'en' })).rejects.toMatchObject({
      data: {
        collection: 'archive-items',
        errors: [expect.objectContaining({ path: 'title', message: expect.stringMatching(/\(sq\) text is required to publish.*locale "en"/) })],
      },
    })
    const blank = archiveItemData('LOC-0003', { title: '  ', _status: 'published' })
    await expect(payload.create({ collection: 'archive-items', data: blank, locale: 'sq' })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'title' })] },
    })
    expect(await payload.count({ collection: 'archive-items' })).toEqual(before)
  })

  it('refuses a subject without its Albanian name even unpublished: subjects have no drafts', async () => {
    const { payload } = t
    await expect(payload.create({ collection: 'subjects', data: { name: 'Civil society', slug: 'civil-society' }, locale: 'en' })).rejects.toMatchObject({
      data: {
        collection: 'subjects',
        errors: [expect.objectContaining({ path: 'name', message: expect.stringMatching(/\(sq\) text is required \(saving locale "en"\)/) })],
      },
    })
  })

  it('rejects a duplicate identifier and stores nothing', async () => {
    const { payload } = t
    await payload.create({ collection: 'archive-items', data: archiveItemData('LOC-DUP'), locale: 'sq' })
    const before = await payload.count({ collection: 'archive-items' })
    await expect(payload.create({ collection: 'archive-items', data: archiveItemData('LOC-DUP', { title: 'Tjetër' }), locale: 'sq' })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'identifier' })] },
    })
    expect(await payload.count({ collection: 'archive-items' })).toEqual(before)
  })

  it('new archive items are restricted unless an editor marks them public', async () => {
    const { payload } = t
    const { visibility: _ignored, ...data } = archiveItemData('LOC-0004')
    const created = await payload.create({ collection: 'archive-items', data, locale: 'sq', draft: true })
    expect(created.visibility).toBe('restricted')
  })
})
