import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../src/env.ts'
import { bodyRefusal } from '../../src/http/bodyLimit.ts'
import { requestLimits } from '../../src/http/limits.ts'

const limits = requestLimits(parseEnv({ MAX_UPLOAD_MB: '1' }))
const post = (url: string, bytes: number) =>
  ({ method: 'POST', url, headers: { 'content-length': String(bytes), 'content-type': 'multipart/form-data; boundary=x' } }) as unknown as IncomingMessage

describe('the request guard bounds the admin import by a bound of its own', () => {
  it('lets an import through up to twice the upload limit plus 1 MB, and refuses one byte more before reading it', () => {
    expect(limits.importBytes).toBe(3 * 1024 * 1024)
    expect(bodyRefusal(post('/api/import/archive-items', limits.importBytes), limits)).toBeNull()
    expect(bodyRefusal(post('/api/import/archive-items', limits.importBytes + 1), limits)).toMatchObject({ status: 413 })
  })
  it('keeps every other upload to the upload limit', () => {
    expect(bodyRefusal(post('/api/media', limits.multipartBytes + 1), limits)).toMatchObject({ status: 413 })
    expect(bodyRefusal(post('/api/import/archive-items/../../media', limits.multipartBytes + 1), limits)).toMatchObject({ status: 413 })
  })
})
