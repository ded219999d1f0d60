import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqlitePath } from '../../src/database.ts'
import { createNodeSqliteClient } from '../../src/sqlite/client.ts'
import { WriteLock } from '../../src/sqlite/writeLock.ts'
import { MONGODB_URL, archiveItemData, startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startPayload('sqlite-client')
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe.skipIf(MONGODB_URL)('the embedded database client (node:sqlite)', () => {
  it('many saves at once in one process all succeed: none fails with "database is locked"', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, index) => payload.create({ collection: 'archive-items', data: archiveItemData(`ARK-CONCURRENT-${index}`), overrideAccess: true })),
    )
    const results = await Promise.allSettled(
      created.flatMap((doc) =>
        [1, 2, 3].map((round) => payload.update({ collection: 'archive-items', id: doc.id, data: { title: `Round ${round}` }, draft: true, overrideAccess: true })),
      ),
    )
    const failures = results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))
    expect(failures).toEqual([])
    expect((await payload.count({ collection: 'archive-items', where: { identifier: { like: 'ARK-CONCURRENT-' } } })).totalDocs).toBe(12)
  })

  it('a transaction that fails leaves nothing behind, and others go on', async () => {
    const id = await payload.db.beginTransaction()
    const req = { transactionID: id } as never
    await payload.create({ collection: 'subjects', data: { name: 'Rolled back', slug: 'rolled-back' }, overrideAccess: true, req })
    await payload.db.rollbackTransaction(id!)
    await payload.create({ collection: 'subjects', data: { name: 'Kept', slug: 'kept' }, overrideAccess: true })
    const slugs = (await payload.find({ collection: 'subjects', limit: 0, pagination: false })).docs.map((doc) => doc.slug)
    expect(slugs).toContain('kept')
    expect(slugs).not.toContain('rolled-back')
  })

  it('reads see the last committed state while a write transaction is open', async () => {
    const client = createNodeSqliteClient({ path: sqlitePath(process.env.DATABASE_URL!), busyTimeoutMs: 2000 })
    try {
      await client.execute('create table if not exists probe (id integer primary key, value text)')
      await client.execute({ sql: 'insert into probe (value) values (?)', args: ['committed'] })
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'update probe set value = ?', args: ['pending'] })
      const { rows } = await client.execute('select value from probe')
      expect(rows.map((row) => row.value)).toEqual(['committed'])
      // A write outside the transaction waits for it (without blocking the event loop), then runs.
      const waiting = client.execute({ sql: 'insert into probe (value) values (?)', args: ['after'] })
      await tx.commit()
      await waiting
      const after = await client.execute('select value from probe order by id')
      expect(after.rows.map((row) => row.value)).toEqual(['pending', 'after'])
      // A read transaction (plain SQLite has no libsql READONLY form) sees the same, and takes no lock.
      const reader = await client.transaction('read')
      expect((await reader.execute('select count(*) as n from probe')).rows[0].n).toBe(2)
      await reader.commit()
      // Rows come as libsql gives them: by column name and by index.
      expect([after.rows[0][0], after.rows[0].length, Object.keys(after.rows[0])]).toEqual(['pending', 1, ['value']])
    } finally {
      client.close()
    }
  })

  it("reports SQLite errors with libsql's codes, which Payload reads (a duplicate is SQLITE_CONSTRAINT_UNIQUE)", async () => {
    const client = createNodeSqliteClient({ path: sqlitePath(process.env.DATABASE_URL!), busyTimeoutMs: 2000 })
    try {
      await client.execute('create table unique_probe (value text unique)')
      await client.execute("insert into unique_probe values ('x')")
      await expect(client.execute("insert into unique_probe values ('x')")).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' })
    } finally {
      client.close()
    }
  })
})

describe('the write lock', () => {
  it('hands the lock on in order and gives up after its timeout with a clear error', async () => {
    const lock = new WriteLock(200)
    const order: number[] = []
    const release = await lock.acquire()
    const second = lock.acquire().then((done) => {
      order.push(2)
      done()
    })
    const third = lock.acquire().then((done) => {
      order.push(3)
      done()
    })
    release()
    await Promise.all([second, third])
    expect(order).toEqual([2, 3])
    const held = await lock.acquire()
    await expect(lock.acquire()).rejects.toThrow(/waited 200 ms for another write/)
    held()
  })
})
