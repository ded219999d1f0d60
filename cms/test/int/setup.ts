import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

/** The database the suite runs on: a throwaway SQLite file, or MongoDB when asked for. */
export const MONGODB_URL = /^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? process.env.TEST_DATABASE_URL : undefined

export type TestPayload = { payload: Payload; mediaDir: string; cleanup: () => Promise<void> }

function mongoUrlFor(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/arkivi-test-${name}-${process.pid}`
  return parsed.toString()
}

/**
 * A real Payload (the CMS's own config, hooks and access rules) on a fresh database of its own:
 * an SQLite file in a temp folder, or a fresh MongoDB database when TEST_DATABASE_URL is a
 * mongodb:// URL. The config is imported after the environment is set, since it reads it.
 */
export async function startPayload(name: string, env: Record<string, string> = {}): Promise<TestPayload> {
  const dir = mkdtempSync(path.join(tmpdir(), `arkivi-int-${name}-`))
  process.env.DATABASE_URL = MONGODB_URL ? mongoUrlFor(MONGODB_URL, name) : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config.ts')
  const payload = await getPayload({ config })
  return {
    payload,
    mediaDir: process.env.MEDIA_DIR,
    cleanup: async () => {
      if (MONGODB_URL) {
        await (payload.db as unknown as { connection: { dropDatabase(): Promise<unknown> } }).connection.dropDatabase()
      }
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Staff users of every role, created through the admin-only path. */
export async function createStaff(payload: Payload) {
  const make = async (role: 'admin' | 'editor' | 'contributor') =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@test.invalid`, password: `${role}-password-123`, role, name: role },
      overrideAccess: true,
    })
  return { admin: await make('admin'), editor: await make('editor'), contributor: await make('contributor') }
}

/** The smallest valid archive item in Albanian, with overrides. */
export function archiveItemData(identifier: string, overrides: Record<string, unknown> = {}) {
  return {
    identifier,
    title: `Titull ${identifier}`,
    date: { value: '2013-07-01T00:00:00.000Z', precision: 'month' as const },
    type: 'Text' as const,
    rights: 'InC' as const,
    visibility: 'public' as const,
    ...overrides,
  }
}

/**
 * `startPayload` for one test file: started before the file's tests and cleaned up after them.
 * The returned fields are filled in by the time the tests run.
 */
export function payloadForFile(name: string, env: Record<string, string> = {}): TestPayload {
  const state = {} as TestPayload
  beforeAll(async () => void Object.assign(state, await startPayload(name, env)))
  afterAll(async () => state.cleanup?.())
  return state
}
