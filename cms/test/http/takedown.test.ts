import { describe, expect, it } from 'vitest'
import { cmsUrl, getJson, login, newClient } from './lib/client.ts'

const SITE = 'http://localhost:4321'

type Stored = { id: number; page: string; request: string; replyTo?: string | null; locale: string; item?: number | null; status: string }

/** Posts the site's form as a browser does (urlencoded, no redirect followed). */
async function submitForm(fields: Record<string, string>, client = newClient()) {
  const response = await fetch(`${cmsUrl}/api/takedown-requests/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE, ...client },
    body: new URLSearchParams({ website: '', replyTo: '', ...fields }).toString(),
    redirect: 'manual',
  })
  return { status: response.status, location: response.headers.get('location') }
}

async function storedRequests(): Promise<Stored[]> {
  const editor = await login('editor')
  const { body } = await getJson('/api/takedown-requests?limit=100&depth=0&sort=id', editor)
  return (body as { docs: Stored[] }).docs
}

describe('takedown requests from the static site', () => {
  it('stores a request, links the item it names, and sends the visitor to the confirmation page', async () => {
    const request = 'Ju lutem hiqni fotografinë ku shfaqem, nuk kam dhënë pëlqim.'
    const answer = await submitForm({ locale: 'sr', page: `${SITE}/sr/items/ark-sample-0002/`, request, replyTo: 'me@example.org' })
    expect(answer.status).toBe(303)
    expect(answer.location).toBe(`${SITE}/sr/takedown/sent/`)
    const stored = (await storedRequests()).find((doc) => doc.request === request)
    expect(stored).toMatchObject({ locale: 'sr', replyTo: 'me@example.org', status: 'new' })
    const editor = await login('editor')
    const { body: item } = await getJson('/api/archive-items?where[identifier][equals]=ARK-SAMPLE-0002&depth=0&draft=true', editor)
    expect(stored!.item).toBe((item as { docs: { id: number }[] }).docs[0].id)
    // Staff see the request on the item itself; the public never do.
    const { body: withJoin } = await getJson(`/api/archive-items/${stored!.item}?depth=0&draft=true`, editor)
    const joined = (withJoin as { takedownRequests?: { docs: unknown[] } }).takedownRequests?.docs ?? []
    expect(joined.map((doc) => (typeof doc === 'object' ? (doc as { id: number }).id : doc))).toContain(stored!.id)
  })

  it('finds the item by its identifier too, and stores no address of the sender', async () => {
    const request = 'Please correct the date of this record, it is wrong.'
    const client = newClient()
    expect((await submitForm({ locale: 'en', page: 'ARK-SAMPLE-0001', request }, client)).status).toBe(303)
    const stored = (await storedRequests()).find((doc) => doc.request === request)!
    expect(stored.item).toBeTypeOf('number')
    const text = JSON.stringify(stored)
    for (const trace of [client['x-forwarded-for'], '127.0.0.1', '::1', 'node']) expect(text).not.toContain(trace)
  })

  it.each([
    ['no page', { page: '', request: 'Një kërkesë mjaft e gjatë.' }, 'missing-page'],
    ['a request too short', { page: 'ARK-1', request: 'short' }, 'missing-request'],
    ['a request over 5000 characters', { page: 'ARK-1', request: 'x'.repeat(5001) }, 'too-long'],
    ['a reply address that is none', { page: 'ARK-1', request: 'Një kërkesë mjaft e gjatë.', replyTo: 'not-an-address' }, 'bad-email'],
  ])('refuses %s with the page that says what to correct', async (_, fields, reason) => {
    const before = (await storedRequests()).length
    const answer = await submitForm({ locale: 'sq', ...fields })
    expect(answer.status).toBe(303)
    expect(answer.location).toBe(`${SITE}/sq/takedown/refused/${reason}/`)
    expect((await storedRequests()).length).toBe(before)
  })

  it('answers JSON clients with the reason and the field', async () => {
    const response = await fetch(`${cmsUrl}/api/takedown-requests/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...newClient() },
      body: JSON.stringify({ locale: 'en', page: 'ARK-1', request: 'hi', website: '' }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ reason: 'missing-request', field: 'request' }] })
  })

  it('a bot that fills the honeypot is thanked and stored nowhere', async () => {
    const before = (await storedRequests()).length
    const answer = await submitForm({ locale: 'en', page: 'ARK-1', request: 'Buy cheap things at our shop now.', website: 'https://spam.example' })
    expect(answer.location).toBe(`${SITE}/en/takedown/sent/`)
    expect((await storedRequests()).length).toBe(before)
  })

  it('is rate-limited per client', async () => {
    const client = newClient()
    const locations: (string | null)[] = []
    for (let i = 0; i < 7; i += 1)
      locations.push((await submitForm({ locale: 'en', page: `ARK-RATE-${i}`, request: `Request number ${i} from one client.` }, client)).location)
    expect(locations.slice(0, 5).every((location) => location?.endsWith('/en/takedown/sent/'))).toBe(true)
    expect(locations.slice(5).every((location) => location?.endsWith('/en/takedown/refused/rate-limited/'))).toBe(true)
  })

  it('the public can neither list, read, count, create nor edit requests', async () => {
    const anonymous = newClient()
    expect((await getJson('/api/takedown-requests', anonymous)).status).toBe(403)
    expect((await getJson('/api/takedown-requests/1', anonymous)).status).toBe(403)
    expect((await getJson('/api/takedown-requests/count', anonymous)).status).toBe(403)
    const created = await fetch(`${cmsUrl}/api/takedown-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...anonymous },
      body: JSON.stringify({ page: 'x', request: 'a request made without the form' }),
    })
    expect(created.status).toBe(403)
    const { body } = await getJson('/api/archive-items?depth=1&limit=100&locale=all', anonymous)
    expect(JSON.stringify(body)).not.toContain('takedownRequests')
  })
})

describe('contact details', () => {
  it("are public, with the seed's placeholders marked as such", async () => {
    const { status, body } = await getJson('/api/globals/contact?locale=all&depth=0')
    expect(status).toBe(200)
    const contact = body as { placeholder: boolean; address: Record<string, string> }
    expect(contact.placeholder).toBe(true)
    expect(contact.address.sq).toMatch(/^\[.*\]$/)
  })
})
