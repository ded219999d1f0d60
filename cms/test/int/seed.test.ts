import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as data from '../../../scripts/seed/data/index.ts'
import { seed } from '../../../scripts/seed/seed.ts'
import { startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload
const quiet = () => {}

beforeAll(async () => {
  t = await startPayload('seed')
  payload = t.payload
})
afterAll(async () => t?.cleanup())

const COLLECTIONS = ['subjects', 'municipalities', 'media', 'organizations', 'programs', 'partners', 'archive-items', 'users'] as const

async function snapshot() {
  const result: Record<string, string[]> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, draft: true, limit: 0, pagination: false, depth: 0, locale: 'all' })
    result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort()
  }
  return result
}

describe('seed', () => {
  it('creates everything in the source documents, then changes nothing on a second run', async () => {
    const first = await seed(payload, quiet)
    expect(first['archive-items']).toEqual({ created: data.archiveItems.length, existing: 0 })
    expect(first.municipalities).toEqual({ created: 14, existing: 0 })
    const before = await snapshot()
    const second = await seed(payload, quiet)
    for (const counts of Object.values(second)) expect(counts.created).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('stores every locale of the UN joint project with all its activities and municipalities', async () => {
    const source = data.programs.find((program) => program.slug === 'un-joint-covid-19-project')!
    const [program] = (await payload.find({ collection: 'programs', where: { slug: { equals: source.slug } }, locale: 'all', depth: 0 })).docs
    expect(program.title).toEqual(source.title)
    expect(program.activities).toHaveLength(source.activities.length)
    expect(program.activities?.map((activity) => activity.title)).toEqual(source.activities.map((activity) => activity.title))
    expect(program.municipalities).toHaveLength(14)
    expect(program.funders).toHaveLength(1)
    expect(program.documents).toHaveLength(1)
  })

  it('keeps the restricted and draft samples away from the public', async () => {
    const restricted = data.archiveItems.filter((item) => item.visibility === 'restricted' || !item.published)
    expect(restricted.length).toBeGreaterThanOrEqual(2)
    const { docs } = await payload.find({ collection: 'archive-items', overrideAccess: false, limit: 100, locale: 'all' })
    const visible = docs.map((doc) => doc.identifier)
    for (const item of restricted) expect(visible).not.toContain(item.identifier)
    expect(visible.sort()).toEqual(
      data.archiveItems
        .filter((item) => item.visibility === 'public' && item.published)
        .map((item) => item.identifier)
        .sort(),
    )
    const publicMedia = await payload.find({ collection: 'media', overrideAccess: false, limit: 100 })
    expect(publicMedia.docs.map((file) => file.filename)).not.toContain('support-group-placeholder.png')
  })

  it('marks every seeded archive item as a sample', async () => {
    const { docs } = await payload.find({ collection: 'archive-items', draft: true, limit: 100 })
    expect(docs.length).toBe(data.archiveItems.length)
    expect(docs.every((doc) => doc.sample === true)).toBe(true)
  })
})
