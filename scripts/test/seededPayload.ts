import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { payloadForFile, type TestPayload } from '@arkivi/cms/test-setup'
import { seed } from '../seed/seed.ts'

/**
 * For a test file of the scripts: a real Payload on a throwaway database, seeded as `npm run
 * seed` seeds it, and a scratch folder (`work`); both removed after the file's tests. The fields
 * are filled in by the time the tests run.
 */
export function seededPayload(name: string): TestPayload & { work: string } {
  const t = payloadForFile(name) as TestPayload & { work: string }
  beforeAll(async () => {
    t.work = mkdtempSync(path.join(tmpdir(), `arkivi-${name}-test-`))
    await seed(t.payload, () => {})
  })
  afterAll(() => rmSync(t.work, { recursive: true, force: true }))
  return t
}
