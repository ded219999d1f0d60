import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { archiveItemData, startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload
let server: Server
let answer = 200
const received: string[] = []

beforeAll(async () => {
  // A local HTTP server stands in for the rebuild target (Netlify's build hook or the local runner).
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push(body)
      response.writeHead(answer).end(answer === 200 ? 'built' : 'boom')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t = await startPayload('rebuild', {
    REBUILD_RUNNER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rebuild`,
    REBUILD_DEBOUNCE_MS: '0',
  })
  payload = t.payload
})
afterAll(async () => {
  await t?.cleanup()
  server?.close()
})

const waitingJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] } })).docs

beforeEach(async () => {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
  received.length = 0
  answer = 200
})

describe('rebuild trigger (stub target in place of Netlify / the local runner)', () => {
  it('drafts and restricted items trigger nothing', async () => {
    await payload.create({ collection: 'archive-items', data: archiveItemData('RB-DRAFT', { _status: 'draft' }), draft: true, locale: 'sq' })
    await payload.create({ collection: 'archive-items', data: archiveItemData('RB-RESTRICTED', { visibility: 'restricted', _status: 'published' }), locale: 'sq' })
    expect(await waitingJobs()).toHaveLength(0)
  })

  it('publishing queues one rebuild for a burst of changes, and the runner builds once', async () => {
    for (const n of [1, 2, 3]) {
      await payload.create({ collection: 'archive-items', data: archiveItemData(`RB-PUB-${n}`, { _status: 'published' }), locale: 'sq' })
    }
    expect(await waitingJobs()).toHaveLength(1)
    await payload.jobs.run({ queue: 'rebuild' })
    expect(received).toHaveLength(1)
    expect(JSON.parse(received[0]).reason).toMatch(/archive-items \d+ changed/)
    const build = await payload.findGlobal({ slug: 'site-build' })
    expect(build).toMatchObject({ status: 'succeeded', target: 'local', error: null })
    expect(build.lastSuccessAt).toBeTruthy()
  })

  it('a draft saved over a published item triggers nothing; unpublishing and deleting do', async () => {
    const item = await payload.create({ collection: 'archive-items', data: archiveItemData('RB-LIVE', { _status: 'published' }), locale: 'sq' })
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    await payload.update({ collection: 'archive-items', id: item.id, data: { title: 'Skicë e re' }, draft: true, locale: 'sq' })
    expect(await waitingJobs()).toHaveLength(0)
    await payload.update({ collection: 'archive-items', id: item.id, data: { _status: 'draft' }, locale: 'sq' })
    expect(await waitingJobs()).toHaveLength(1)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    await payload.update({ collection: 'archive-items', id: item.id, data: { _status: 'published' }, locale: 'sq' })
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } } })
    await payload.delete({ collection: 'archive-items', id: item.id })
    expect(await waitingJobs()).toHaveLength(1)
  })

  it('a failed build is recorded, logged and left to be retried', async () => {
    answer = 500
    await payload.create({ collection: 'archive-items', data: archiveItemData('RB-FAIL', { _status: 'published' }), locale: 'sq' })
    await payload.jobs.run({ queue: 'rebuild' })
    expect(received).toHaveLength(1)
    const build = await payload.findGlobal({ slug: 'site-build' })
    expect(build.status).toBe('failed')
    expect(build.error).toMatch(/HTTP 500: boom/)
    const [job] = await waitingJobs()
    expect(job).toBeDefined()
    expect(job.totalTried).toBe(1)
  })
})
