import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { archiveItemData, createStaff, payloadForFile } from './setup.ts'

const t = payloadForFile('autosave')
let staff: Awaited<ReturnType<typeof createStaff>>
beforeAll(async () => {
  staff = await createStaff(t.payload)
})

const EDITORIAL = ['archive-items', 'programs', 'organizations', 'partners'] as const satisfies CollectionSlug[]

describe('autosave: drafts saved as the editor types', () => {
  it.each(EDITORIAL)('%s: "Create new" makes an empty draft, as Payload does with autosave, for a contributor', async (collection) => {
    const { payload } = t
    // The call Payload 3.90's document view makes when "Create new" is opened (views/Document).
    const doc = await payload.create({ collection, data: {}, depth: 0, draft: true, fallbackLocale: false, locale: 'sq', overrideAccess: false, user: staff.contributor })
    expect(doc._status).toBe('draft')
    // Nobody outside sees it.
    expect((await payload.find({ collection, where: { id: { equals: doc.id } }, overrideAccess: false })).totalDocs).toBe(0)
  })

  it('publishing a draft that lacks its Albanian title is refused, naming the field and the locale, and nothing is published', async () => {
    const { payload } = t
    const draft = await payload.create({
      collection: 'archive-items',
      data: { ...archiveItemData('AUTO-0001', { title: 'English only' }), _status: 'draft' },
      locale: 'en',
      draft: true,
    })
    await expect(
      payload.update({ collection: 'archive-items', id: draft.id, data: { _status: 'published' }, locale: 'en', user: staff.editor, overrideAccess: false }),
    ).rejects.toMatchObject({
      data: {
        collection: 'archive-items',
        errors: [expect.objectContaining({ path: 'title', message: expect.stringMatching(/\(sq\) text is required to publish.*locale "en"/) })],
      },
    })
    expect((await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'AUTO-0001' } }, overrideAccess: false })).totalDocs).toBe(0)
    // Once the Albanian title is there, it publishes.
    await payload.update({ collection: 'archive-items', id: draft.id, data: { title: 'Vetëm shqip' }, locale: 'sq', draft: true, autosave: true })
    const published = await payload.update({
      collection: 'archive-items',
      id: draft.id,
      data: { _status: 'published' },
      locale: 'en',
      user: staff.editor,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
  })

  it('autosaves keep one version while the editor types, and the document holds the latest text', async () => {
    const { payload } = t
    const draft = await payload.create({ collection: 'archive-items', data: { ...archiveItemData('AUTO-0002'), _status: 'draft' }, locale: 'sq', draft: true })
    const versions = async () => (await payload.countVersions({ collection: 'archive-items', where: { parent: { equals: draft.id } } })).totalDocs
    await payload.update({ collection: 'archive-items', id: draft.id, data: { title: 'Titull i' }, locale: 'sq', draft: true, autosave: true })
    const afterFirst = await versions()
    for (const title of ['Titull i ri', 'Titull i ri, i plotë']) {
      await payload.update({ collection: 'archive-items', id: draft.id, data: { title }, locale: 'sq', draft: true, autosave: true })
    }
    expect(await versions()).toBe(afterFirst)
    const latest = await payload.findByID({ collection: 'archive-items', id: draft.id, draft: true, locale: 'sq' })
    expect(latest.title).toBe('Titull i ri, i plotë')
  })
})

describe('slugs under autosave', () => {
  const autosave = (id: number, data: Record<string, unknown>) => t.payload.update({ collection: 'programs', id, data, locale: 'sq', draft: true, autosave: true })

  it('a derived slug follows the Albanian title until the first publish, then stays', async () => {
    const { payload } = t
    // The first autosave comes after a few letters; the form sends back the slug it was given.
    const created = await payload.create({ collection: 'programs', data: { title: 'Prog', summary: 'P', kind: 'project' }, locale: 'sq', draft: true })
    expect(created.slug).toBe('prog')
    const typed = await autosave(created.id, { title: 'Programi për të rinjtë', slug: created.slug })
    expect(typed.slug).toBe('programi-per-te-rinjte')
    // A Serbian title never changes it.
    const serbian = await payload.update({
      collection: 'programs',
      id: created.id,
      data: { title: 'Program za mlade', slug: typed.slug },
      locale: 'sr',
      draft: true,
      autosave: true,
    })
    expect(serbian.slug).toBe('programi-per-te-rinjte')
    await payload.update({ collection: 'programs', id: created.id, data: { _status: 'published' }, locale: 'sq' })
    // Re-titled after publishing, in a draft and then published: the link stays.
    const retitled = await autosave(created.id, { title: 'Programi rinor', slug: typed.slug })
    expect(retitled.slug).toBe('programi-per-te-rinjte')
    const republished = await payload.update({ collection: 'programs', id: created.id, data: { title: 'Programi rinor', _status: 'published' }, locale: 'sq' })
    expect(republished.slug).toBe('programi-per-te-rinjte')
  })

  it('a slug the editor typed is kept from the start', async () => {
    const { payload } = t
    const created = await payload.create({
      collection: 'programs',
      data: { title: 'Abc', summary: 'A', kind: 'project', slug: 'programi-yne' },
      locale: 'sq',
      draft: true,
    })
    const retitled = await autosave(created.id, { title: 'Abcd', slug: created.slug })
    expect(retitled.slug).toBe('programi-yne')
  })

  it('a published slug stays once the version that published it is pruned', async () => {
    const { payload } = t
    const created = await payload.create({ collection: 'programs', data: { title: 'Programi i vjetër', summary: 'P', kind: 'project' }, locale: 'sq', draft: true })
    await payload.update({ collection: 'programs', id: created.id, data: { _status: 'published' }, locale: 'sq' })
    // More draft saves than the history keeps (maxPerDoc 50): the published version is deleted.
    for (let save = 0; save < 51; save += 1) {
      await payload.update({ collection: 'programs', id: created.id, data: { summary: `P ${save}`, slug: created.slug }, locale: 'sq', draft: true })
    }
    const published = await payload.countVersions({
      collection: 'programs',
      where: { and: [{ parent: { equals: created.id } }, { 'version._status': { equals: 'published' } }] },
    })
    expect(published.totalDocs).toBe(0)
    const retitled = await autosave(created.id, { title: 'Programi i ri', slug: created.slug })
    expect(retitled.slug).toBe('programi-i-vjeter')
  })
})

describe('publishing one language', () => {
  it('"Publish in Serbian" of a never-published draft is refused (it would go public without its Albanian title); once published, it adds Serbian', async () => {
    const { payload } = t
    const created = await payload.create({ collection: 'archive-items', data: archiveItemData('PSL-1', { _status: 'draft' }), draft: true, locale: 'sq' })
    await payload.update({ collection: 'archive-items', id: created.id, data: { title: 'Naslov PSL-1' }, locale: 'sr', draft: true })
    const publishSerbian = () =>
      payload.update({
        collection: 'archive-items',
        id: created.id,
        data: { _status: 'published' },
        locale: 'sr',
        publishSpecificLocale: 'sr',
        user: staff.editor,
        overrideAccess: false,
      })
    await expect(publishSerbian()).rejects.toMatchObject({
      data: {
        collection: 'archive-items',
        errors: [
          expect.objectContaining({
            path: '_status',
            message: expect.stringMatching(/^archive-items \d+: publishing in Serbian \(Latin\) alone \(locale "sr"\) needs a published version/),
          }),
        ],
      },
    })
    expect((await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'PSL-1' } }, overrideAccess: false })).totalDocs).toBe(0)

    await payload.update({ collection: 'archive-items', id: created.id, data: { _status: 'published' }, locale: 'sq' })
    await payload.update({ collection: 'archive-items', id: created.id, data: { title: 'Novi naslov PSL-1' }, locale: 'sr', draft: true })
    await publishSerbian()
    const published = await payload.findByID({ collection: 'archive-items', id: created.id, locale: 'all', overrideAccess: false })
    expect(published.title).toMatchObject({ sq: 'Titull PSL-1', sr: 'Novi naslov PSL-1' })
  })
})

describe('slugs of collections without drafts', () => {
  it.each([
    ['subjects', { name: 'Shoqëria civile' }, { name: 'Shoqëri civile' }, 'shoqeria-civile'],
    ['municipalities', { nameSq: 'Prishtina', nameSr: 'Priština', displayName: 'Prishtina' }, { nameSq: 'Prishtinë' }, 'prishtina'],
  ] as const)('%s: renaming in Albanian keeps the slug (the form sends it back)', async (collection, data, rename, slug) => {
    const { payload } = t
    const created = await payload.create({ collection, data: data as never, locale: 'sq' })
    expect(created.slug).toBe(slug)
    const renamed = await payload.update({ collection, id: created.id, data: { ...rename, slug } as never, locale: 'sq' })
    expect(renamed.slug).toBe(slug)
  })
})
