import { describe, expect, it } from 'vitest'
import { databaseKind, sqlitePath } from '../../src/database.ts'
import { createNodeSqliteClient } from '../../src/sqlite/client.ts'
import { DEVELOPMENT_SECRET, parseEnv, payloadSecret } from '../../src/env.ts'
import { MONGODB_URL, startPayload } from './setup.ts'

describe('DATABASE_URL', () => {
  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs and SQLite for file: URLs', () => {
    expect(databaseKind('mongodb://db.internal:27017/arkivi')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.org/arkivi')).toBe('mongodb')
    expect(databaseKind('file:/var/lib/arkivi/arkivi.db')).toBe('sqlite')
  })

  it('refuses any other kind of URL instead of guessing', () => {
    expect(() => databaseKind('postgres://localhost/arkivi')).toThrow(/DATABASE_URL: .*"postgres:" URL/)
  })
})

describe('PAYLOAD_SECRET', () => {
  it('a production start refuses a missing, default or short secret', () => {
    for (const secret of ['', DEVELOPMENT_SECRET, 'short']) {
      expect(() => payloadSecret(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }))).toThrow(/PAYLOAD_SECRET/)
    }
    expect(payloadSecret(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }))).toBe('x'.repeat(40))
  })

  it('development falls back to the development secret', () => {
    expect(payloadSecret(parseEnv({ NODE_ENV: 'development', PAYLOAD_SECRET: '' }))).toBe(DEVELOPMENT_SECRET)
  })
})

if (!MONGODB_URL) {
  console.warn(
    'MongoDB run skipped: TEST_DATABASE_URL is not a mongodb:// URL (no MongoDB server can be installed on this machine); the integration suite ran on SQLite.',
  )
}

describe('SQLite schema', () => {
  it.skipIf(MONGODB_URL)('every lookup of rows by their parent document uses an index, not a scan of the table', async () => {
    const t = await startPayload('parent-indexes')
    const client = createNodeSqliteClient({ path: sqlitePath(process.env.DATABASE_URL!), busyTimeoutMs: 1000 })
    try {
      const { rows: tables } = await client.execute(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
      const plans: Record<string, string> = {}
      for (const { name } of tables as unknown as { name: string }[]) {
        const { rows: columns } = await client.execute(`pragma table_info("${name}")`)
        const parent = ['_parent_id', 'parent_id'].find((column) => columns.some((row) => row.name === column))
        if (!parent) continue
        const { rows: plan } = await client.execute(`explain query plan select * from "${name}" where "${parent}" = 1`)
        plans[name] = plan.map((row) => String(row.detail)).join('; ')
      }
      // Localised and hasMany-text tables of every collection with versions, arrays and relations.
      expect(Object.keys(plans)).toEqual(
        expect.arrayContaining(['archive_items_locales', '_archive_items_v_locales', 'archive_items_texts', 'programs_activities', 'archive_items_rels']),
      )
      // SEARCH … USING INDEX looks rows up; SCAN (even of a covering index) reads them all.
      const scans = Object.entries(plans).filter(([, plan]) => !/^SEARCH \S+ USING (COVERING )?INDEX/.test(plan))
      expect(scans).toEqual([])
    } finally {
      client.close()
      await t.cleanup()
    }
  })
})

describe('MongoDB', () => {
  it.skipIf(!MONGODB_URL)('MongoDB: the integration suite runs on it when TEST_DATABASE_URL is a mongodb:// URL (skipped without one)', async () => {
    const t = await startPayload('mongodb-adapter')
    try {
      expect(t.payload.db.name).toBe('mongoose')
    } finally {
      await t.cleanup()
    }
  })
})
