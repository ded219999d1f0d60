import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { cmsUrl, getJson, login, newClient, sendJson } from './lib/client.ts'

/** `{ ArchiveItems(limit:100) { docs { id related { id related { … } } } } }`, `levels` deep (~1 kB at 30). */
function nestedGraphQLQuery(levels: number): string {
  let selection = 'id'
  for (let level = 0; level < levels; level += 1) selection = `id identifier title related { ${selection} }`
  return `{ ArchiveItems(limit: 100) { docs { ${selection} } } }`
}

/** How deep related documents are populated in a REST answer (0: ids only). */
function populatedDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(populatedDepth))
  if (typeof value !== 'object' || value === null) return 0
  const doc = value as Record<string, unknown>
  const children = Object.values(doc).map(populatedDepth)
  const isDocument = 'id' in doc && ('createdAt' in doc || 'updatedAt' in doc)
  return Math.max(0, ...children) + (isDocument ? 1 : 0)
}

/**
 * Announces a body of `declared` bytes but sends only the first 64 kB, then waits for the answer:
 * a server that answers has judged the request before reading its body.
 */
function answerBeforeBody(path: string, headers: Record<string, string>, declared: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, cmsUrl)
    const request = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': String(declared) } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, body })
      })
    })
    request.on('error', reject)
    request.setTimeout(10_000, () => request.destroy(new Error(`${path}: no answer before the body was sent`)))
    request.write(Buffer.alloc(64 * 1024, 'a'))
  })
}

async function normalReadAnswersWithinOneSecond(): Promise<void> {
  const response = await fetch(`${cmsUrl}/api/municipalities?limit=1&depth=0`, {
    headers: newClient(),
    signal: AbortSignal.timeout(1000),
  })
  expect(response.status).toBe(200)
}

describe('hostile requests against the production server', () => {
  it('GraphQL is off: the nested query that exhausted the heap is a 404 and the CMS keeps serving', async () => {
    const query = nestedGraphQLQuery(30)
    expect(query.length).toBeGreaterThan(1000)
    const { status } = await sendJson('POST', '/api/graphql', { query })
    expect(status).toBe(404)
    expect((await sendJson('POST', '/api/graphql-playground', { query })).status).toBe(404)
    expect((await getJson('/api/graphql-playground')).status).toBe(404)
    await normalReadAnswersWithinOneSecond()
  })

  it('REST depth is capped for the public: depth=10 answers as depth=1', async () => {
    const deep = await getJson('/api/archive-items?limit=100&depth=10&locale=all')
    const one = await getJson('/api/archive-items?limit=100&depth=1&locale=all')
    expect(deep.status).toBe(200)
    expect(deep.text).toBe(one.text)
    // Documents themselves are level 1; their related documents at most level 2, never deeper.
    expect(populatedDepth((deep.body as { docs: unknown[] }).docs)).toBeLessThanOrEqual(2)
    expect(deep.text.length).toBeLessThan(1_000_000)
  })

  it('the public cannot ask for everything at once: limit=0 and limit=100000 give pages of 100 at most', async () => {
    for (const limit of [0, 100000]) {
      const { body } = await getJson(`/api/municipalities?limit=${limit}&depth=0`)
      const page = body as { docs: unknown[]; limit: number }
      expect(page.limit).toBeLessThanOrEqual(100)
      expect(page.docs.length).toBeLessThanOrEqual(100)
    }
    const unpaginated = await getJson('/api/municipalities?pagination=false&depth=0')
    expect((unpaginated.body as { limit: number }).limit).toBeLessThanOrEqual(100)
  })

  it('refuses a 30 MB JSON body with 413 before reading it, and a body of unknown length with 411', async () => {
    const answer = await answerBeforeBody('/api/archive-items', { 'content-type': 'application/json', ...newClient() }, 30 * 1024 * 1024)
    expect(answer.status).toBe(413)
    expect(answer.body).toMatch(/at most 1024 kB; this one is 30720 kB/)
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":"x"}'))
        controller.close()
      },
    })
    const chunked = await fetch(`${cmsUrl}/api/archive-items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...newClient() },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(chunked.status).toBe(411)
    await normalReadAnswersWithinOneSecond()
  })

  it('refuses an upload over MAX_UPLOAD_MB (25) with 413 before reading it', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=x', ...newClient() }
    const answer = await answerBeforeBody('/api/media', headers, 27 * 1024 * 1024)
    expect(answer.status).toBe(413)
    expect(answer.body).toMatch(/An upload may be at most 26624 kB/)
  })

  it('an id that cannot exist is a 404, not a server error', async () => {
    for (const id of ['abc', '-1', '1.5', '9999999999999999999999']) {
      const { status } = await getJson(`/api/archive-items/${id}`)
      expect(status, id).toBe(404)
    }
  })

  it('document access answers every anonymous request alike: hidden, public and missing ids', async () => {
    const statuses = new Set<number>()
    for (const id of [1, 2, 3, 4, 5, 6, 7, 999999]) {
      const response = await fetch(`${cmsUrl}/api/archive-items/access/${id}`, { method: 'POST', headers: newClient() })
      statuses.add(response.status)
      expect(await response.text()).toBe('{"errors":[{"message":"You are not allowed to perform this action."}]}')
    }
    expect([...statuses]).toEqual([403])
    const staff = await login('editor')
    const own = await fetch(`${cmsUrl}/api/archive-items/access/1`, { method: 'POST', headers: staff })
    expect(own.status).toBe(200)
    expect(((await own.json()) as { update?: unknown }).update).toBeTruthy()
  })

  it('rate-limits the API per client and says when to come back', async () => {
    const client = newClient()
    let refused: Response | undefined
    for (let i = 0; i < 700 && !refused; i += 1) {
      const response = await fetch(`${cmsUrl}/api/subjects?limit=1&depth=0`, { headers: client })
      if (response.status === 429) refused = response
      else await response.arrayBuffer()
    }
    expect(refused, 'no 429 within 700 requests').toBeDefined()
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another client is served as usual.
    await normalReadAnswersWithinOneSecond()
  })

  it('after the bounded hostile set (nested query, huge body, deep depth, 100 wrong logins) a normal read answers within a second', async () => {
    const attacker = newClient()
    const attacks: Promise<unknown>[] = [
      fetch(`${cmsUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...attacker },
        body: JSON.stringify({ query: nestedGraphQLQuery(30) }),
      }),
      answerBeforeBody('/api/archive-items', { 'content-type': 'application/json', ...attacker }, 30 * 1024 * 1024),
      fetch(`${cmsUrl}/api/archive-items?limit=100&depth=10&locale=all`, { headers: attacker }),
    ]
    const logins: number[] = []
    for (let i = 0; i < 100; i += 1) {
      const response = await fetch(`${cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...attacker },
        body: JSON.stringify({ email: 'nobody@arkivi.test', password: `guess-${i}` }),
      })
      logins.push(response.status)
    }
    await Promise.allSettled(attacks)
    expect(logins.filter((status) => status === 429).length).toBeGreaterThan(70)
    expect(logins.every((status) => status === 401 || status === 429)).toBe(true)
    await normalReadAnswersWithinOneSecond()
  })
})

describe('security headers', () => {
  it('the admin cannot be framed, nothing is sniffed, no referrer leaves', async () => {
    for (const path of ['/admin/login', '/api/municipalities?limit=1']) {
      const response = await fetch(`${cmsUrl}${path}`, { headers: newClient() })
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin')
      // The test CMS runs over http; HSTS is sent only by a CMS whose CMS_URL is https.
      expect(response.headers.get('strict-transport-security'), path).toBeNull()
    }
  })

  it('uploaded files are sandboxed downloads', async () => {
    const { body } = await getJson('/api/media?limit=1&depth=0')
    const file = (body as { docs: { url: string }[] }).docs[0]
    const response = await fetch(new URL(file.url, cmsUrl), { headers: newClient() })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })
})
