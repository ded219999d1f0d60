import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveItemData, createStaff, startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload
let staff: Awaited<ReturnType<typeof createStaff>>

/** Every combination of publication state and visibility, created directly. */
const MATRIX = [
  { identifier: 'ACC-DRAFT-PUBLIC', status: 'draft', visibility: 'public' },
  { identifier: 'ACC-DRAFT-RESTRICTED', status: 'draft', visibility: 'restricted' },
  { identifier: 'ACC-PUBLISHED-PUBLIC', status: 'published', visibility: 'public' },
  { identifier: 'ACC-PUBLISHED-RESTRICTED', status: 'published', visibility: 'restricted' },
] as const

beforeAll(async () => {
  t = await startPayload('access')
  payload = t.payload
  staff = await createStaff(payload)
  for (const { identifier, status, visibility } of MATRIX) {
    await payload.create({
      collection: 'archive-items',
      data: archiveItemData(identifier, { visibility, _status: status, consentNotes: `consent ${identifier}`, takedownNotes: `takedown ${identifier}` }),
      draft: status === 'draft',
      locale: 'sq',
    })
  }
})
afterAll(async () => t?.cleanup())

async function visibleTo(user: unknown) {
  const { docs } = await payload.find({
    collection: 'archive-items',
    where: { identifier: { like: 'ACC-' } },
    overrideAccess: false,
    user: user as never,
    limit: 100,
    locale: 'all',
  })
  return docs
}

describe('read access: role × status × visibility', () => {
  it('anonymous visitors read only published public items', async () => {
    const docs = await visibleTo(undefined)
    expect(docs.map((doc) => doc.identifier)).toEqual(['ACC-PUBLISHED-PUBLIC'])
  })

  it.each(['admin', 'editor', 'contributor'] as const)('%s reads every item', async (role) => {
    const docs = await visibleTo(staff[role])
    expect(docs.map((doc) => doc.identifier).sort()).toEqual(MATRIX.map((row) => row.identifier).sort())
  })

  it('anonymous reads never carry consent or takedown notes; staff reads do', async () => {
    const [publicDoc] = await visibleTo(undefined)
    expect(publicDoc).not.toHaveProperty('consentNotes')
    expect(publicDoc).not.toHaveProperty('takedownNotes')
    const editorDocs = await visibleTo(staff.editor)
    const same = editorDocs.find((doc) => doc.identifier === 'ACC-PUBLISHED-PUBLIC')
    expect(same?.consentNotes).toBe('consent ACC-PUBLISHED-PUBLIC')
  })

  it('anonymous visitors cannot read an item by id unless it is published and public', async () => {
    for (const { identifier } of MATRIX.filter((row) => row.identifier !== 'ACC-PUBLISHED-PUBLIC')) {
      const [doc] = (await payload.find({ collection: 'archive-items', where: { identifier: { equals: identifier } }, draft: true })).docs
      await expect(payload.findByID({ collection: 'archive-items', id: doc.id, overrideAccess: false })).rejects.toThrow()
    }
  })

  it('anonymous visitors cannot read versions, even with draft=true', async () => {
    await expect(payload.findVersions({ collection: 'archive-items', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    const drafts = await payload.find({ collection: 'archive-items', draft: true, overrideAccess: false, where: { identifier: { like: 'ACC-' } } })
    expect(drafts.docs.map((doc) => doc.identifier)).toEqual(['ACC-PUBLISHED-PUBLIC'])
  })

  it('an unpublished draft of a published program stays invisible to the public', async () => {
    const program = await payload.create({
      collection: 'programs',
      data: { title: 'Versioni publik', slug: 'versioni-publik', summary: 'Publik', kind: 'project', _status: 'published' },
      locale: 'sq',
    })
    await payload.update({ collection: 'programs', id: program.id, data: { title: 'Versioni sekret i draftit' }, draft: true, locale: 'sq' })
    const published = await payload.find({ collection: 'programs', overrideAccess: false, locale: 'all' })
    expect(published.docs.map((doc) => doc.title)).toEqual([{ sq: 'Versioni publik' }])
    // Asking for drafts as an anonymous visitor yields the published version or nothing, never the draft.
    const asDraft = await payload.find({ collection: 'programs', draft: true, overrideAccess: false, locale: 'all' })
    expect(JSON.stringify(asDraft.docs)).not.toContain('sekret')
  })
})

describe('write access', () => {
  it('contributors create drafts but cannot publish, unpublish or delete', async () => {
    const asContributor = { overrideAccess: false, user: staff.contributor, locale: 'sq' as const }
    await expect(payload.create({ collection: 'archive-items', data: archiveItemData('ACC-C1', { _status: 'published' }), ...asContributor })).rejects.toThrow(
      /not allowed/i,
    )
    const draft = await payload.create({ collection: 'archive-items', data: archiveItemData('ACC-C2', { _status: 'draft' }), draft: true, ...asContributor })
    const edited = await payload.update({ collection: 'archive-items', id: draft.id, data: { title: 'Ndryshuar' }, draft: true, ...asContributor })
    expect(edited.title).toBe('Ndryshuar')
    await expect(payload.update({ collection: 'archive-items', id: draft.id, data: { _status: 'published' }, ...asContributor })).rejects.toThrow(/not allowed/i)
    const [published] = (await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'ACC-PUBLISHED-PUBLIC' } } })).docs
    await expect(payload.update({ collection: 'archive-items', id: published.id, data: { _status: 'draft' }, ...asContributor })).rejects.toThrow()
    await expect(payload.delete({ collection: 'archive-items', id: draft.id, ...asContributor })).rejects.toThrow(/not allowed/i)
    const stored = await payload.findByID({ collection: 'archive-items', id: draft.id, draft: true })
    expect(stored._status).toBe('draft')
  })

  it('editors publish and delete', async () => {
    const asEditor = { overrideAccess: false, user: staff.editor, locale: 'sq' as const }
    const item = await payload.create({ collection: 'archive-items', data: archiveItemData('ACC-E1', { _status: 'draft' }), draft: true, ...asEditor })
    const published = await payload.update({ collection: 'archive-items', id: item.id, data: { _status: 'published' }, ...asEditor })
    expect(published._status).toBe('published')
    await payload.delete({ collection: 'archive-items', id: item.id, ...asEditor })
    expect((await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'ACC-E1' } } })).totalDocs).toBe(0)
  })

  it('only admins manage users, and nobody else can change a role', async () => {
    const newUser = { email: 'new@test.invalid', password: 'new-password-123', role: 'editor' as const }
    await expect(payload.create({ collection: 'users', data: newUser, overrideAccess: false, user: staff.editor })).rejects.toThrow(/not allowed/i)
    const created = await payload.create({ collection: 'users', data: newUser, overrideAccess: false, user: staff.admin })
    expect(created.role).toBe('editor')
    await payload.update({ collection: 'users', id: staff.contributor.id, data: { role: 'admin' }, overrideAccess: false, user: staff.contributor })
    const contributor = await payload.findByID({ collection: 'users', id: staff.contributor.id })
    expect(contributor.role).toBe('contributor')
    const seenByEditor = await payload.find({ collection: 'users', overrideAccess: false, user: staff.editor })
    expect(seenByEditor.docs.map((user) => user.email)).toEqual(['editor@test.invalid'])
  })

  it('locks an account after five failed logins', async () => {
    const email = 'locked@test.invalid'
    await payload.create({ collection: 'users', data: { email, password: 'right-password-123', role: 'editor' } })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'wrong' } })).rejects.toThrow()
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'right-password-123' } })).rejects.toThrow(/locked/i)
  })
})

describe('media follows the documents that use it', () => {
  it('a file is public only while a published public item uses it', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c0ffee' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Imazh prove' },
      file: { data: png, mimetype: 'image/png', name: 'access-test.png', size: png.length },
      locale: 'sq',
    })
    const anonymousCanSee = async () => (await payload.find({ collection: 'media', where: { id: { equals: media.id } }, overrideAccess: false })).totalDocs === 1

    const item = await payload.create({
      collection: 'archive-items',
      data: archiveItemData('ACC-M1', { visibility: 'restricted', _status: 'published', files: [media.id] }),
      locale: 'sq',
    })
    expect(await anonymousCanSee()).toBe(false)
    await payload.update({ collection: 'archive-items', id: item.id, data: { visibility: 'public' } })
    expect(await anonymousCanSee()).toBe(true)
    await payload.update({ collection: 'archive-items', id: item.id, data: { _status: 'draft' } })
    expect(await anonymousCanSee()).toBe(false)
    await payload.update({ collection: 'archive-items', id: item.id, data: { _status: 'published' } })
    expect(await anonymousCanSee()).toBe(true)
    await payload.delete({ collection: 'archive-items', id: item.id })
    expect(await anonymousCanSee()).toBe(false)
  })
})
