import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDraft } from '../../src/preview/draft.ts'
import { archiveItemData, createStaff, startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload
let staff: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  t = await startPayload('scheduling')
  payload = t.payload
  staff = await createStaff(payload)
})
afterAll(async () => t?.cleanup())

/** Queues Payload's own schedule-publish job as the admin's "Schedule publish" does. */
async function schedulePublish(id: number | string, user: { id: number | string }, waitUntil: Date) {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'archive-items', value: String(id) }, user: { relationTo: 'users', value: user.id } },
    waitUntil,
  } as never)
}

const publicIdentifiers = async () => (await payload.find({ collection: 'archive-items', overrideAccess: false, limit: 100 })).docs.map((doc) => doc.identifier)

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, and not before', async () => {
    const item = await payload.create({ collection: 'archive-items', data: archiveItemData('SCH-1', { _status: 'draft' }), draft: true, locale: 'sq' })
    await schedulePublish(item.id, staff.editor, new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run({ queue: 'default' })
    expect(await publicIdentifiers()).not.toContain('SCH-1')

    await schedulePublish(item.id, staff.editor, new Date(Date.now() - 1000))
    await payload.jobs.run({ queue: 'default' })
    expect(await publicIdentifiers()).toContain('SCH-1')
  })

  it("runs with the scheduling user's rights, so a contributor cannot publish by scheduling", async () => {
    const item = await payload.create({ collection: 'archive-items', data: archiveItemData('SCH-2', { _status: 'draft' }), draft: true, locale: 'sq' })
    await schedulePublish(item.id, staff.contributor, new Date(Date.now() - 1000))
    await payload.jobs.run({ queue: 'default' })
    expect(await publicIdentifiers()).not.toContain('SCH-2')
    const stored = await payload.findByID({ collection: 'archive-items', id: item.id, draft: true })
    expect(stored._status).toBe('draft')
  })

  it("the preview's banner says when a draft is scheduled, to staff who may read the draft", async () => {
    const item = await payload.create({ collection: 'archive-items', data: archiveItemData('SCH-3', { _status: 'draft' }), draft: true, locale: 'sq' })
    const later = new Date(Date.now() + 48 * 60 * 60 * 1000)
    const sooner = new Date(Date.now() + 24 * 60 * 60 * 1000)
    await schedulePublish(item.id, staff.editor, later)
    await schedulePublish(item.id, staff.editor, sooner)
    // An unpublication due before either is not what the banner announces.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'archive-items', value: String(item.id) }, user: { relationTo: 'users', value: staff.editor.id } },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    } as never)
    for (const user of [staff.editor, staff.contributor]) {
      const { status } = await readDraft(payload, user as never, 'archive-items', String(item.id))
      expect(status).toEqual({ draft: true, changed: false, restricted: false, scheduledFor: sooner.toISOString(), scheduleFailedAt: null })
    }
  })

  it('a scheduled publication the draft cannot pass (no Albanian title) leaves it unpublished, and the banner says it failed until it is published', async () => {
    // Begun in Serbian, as an autosaved draft may be: publishing requires the Albanian title.
    const item = await payload.create({
      collection: 'archive-items',
      data: { ...archiveItemData('SCH-4', { _status: 'draft' }), title: 'Naslov samo na srpskom' },
      draft: true,
      locale: 'sr',
    })
    const due = new Date(Date.now() - 1000)
    await schedulePublish(item.id, staff.editor, due)
    await payload.jobs.run({ queue: 'default' })
    expect(await publicIdentifiers()).not.toContain('SCH-4')
    const before = await readDraft(payload, staff.editor as never, 'archive-items', String(item.id))
    expect(before.status).toMatchObject({ draft: true, scheduledFor: null, scheduleFailedAt: due.toISOString() })

    await payload.update({ collection: 'archive-items', id: item.id, locale: 'sq', data: { title: 'Titull SCH-4', _status: 'published' } })
    const after = await readDraft(payload, staff.editor as never, 'archive-items', String(item.id))
    expect(after.status).toMatchObject({ draft: false, changed: false, scheduleFailedAt: null })
  })
})
