import { afterEach, describe, expect, it } from 'vitest'
import { databaseKind } from '../../src/database.ts'
import { DEVELOPMENT_SECRET, payloadSecret } from '../../src/env.ts'
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
  const saved = { NODE_ENV: process.env.NODE_ENV, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }
  afterEach(() => Object.assign(process.env, saved))

  it('a production start refuses a missing, default or short secret', () => {
    Object.assign(process.env, { NODE_ENV: 'production' })
    for (const secret of ['', DEVELOPMENT_SECRET, 'short']) {
      process.env.PAYLOAD_SECRET = secret
      expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET/)
    }
    process.env.PAYLOAD_SECRET = 'x'.repeat(40)
    expect(payloadSecret()).toBe('x'.repeat(40))
  })

  it('development falls back to the development secret', () => {
    Object.assign(process.env, { NODE_ENV: 'development', PAYLOAD_SECRET: '' })
    expect(payloadSecret()).toBe(DEVELOPMENT_SECRET)
  })
})

if (!MONGODB_URL) {
  console.warn(
    'MongoDB run skipped: TEST_DATABASE_URL is not a mongodb:// URL (no MongoDB server can be installed on this machine); the integration suite ran on SQLite.',
  )
}

describe('MongoDB', () => {
  it.skipIf(!MONGODB_URL)(
    'MongoDB: the integration suite runs on it when TEST_DATABASE_URL is a mongodb:// URL (skipped without one)',
    async () => {
      const t = await startPayload('mongodb-adapter')
      try {
        expect(t.payload.db.name).toBe('mongoose')
      } finally {
        await t.cleanup()
      }
    },
  )

})
