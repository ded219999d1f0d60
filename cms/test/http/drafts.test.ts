import { beforeAll, describe, expect, it } from 'vitest'
import { getJson, login, sendJson } from './lib/client.ts'

/** Each editorial collection, the text field a draft changes, and what else a draft may change. */
const EDITORIAL = [
  { collection: 'archive-items', field: 'title', extra: { visibility: 'restricted' } },
  { collection: 'programs', field: 'title', extra: {} },
  { collection: 'organizations', field: 'name', extra: {} },
  { collection: 'partners', field: 'description', extra: {} },
] as const

type Doc = { id: number } & Record<string, unknown>

/** The anonymous answer to `path`, with and without `draft=true`. */
async function withAndWithoutDraft(path: string): Promise<[string, string]> {
  const joiner = path.includes('?') ? '&' : '?'
  const plain = await getJson(path)
  const draft = await getJson(`${path}${joiner}draft=true`)
  expect(plain.status, path).toBe(draft.status)
  return [plain.text, draft.text]
}

describe('anonymous draft=true answers exactly as without it (issue: drafts tell who is about to change)', () => {
  const published: Record<string, Doc> = {}

  beforeAll(async () => {
    const editor = await login('editor')
    for (const { collection, field, extra } of EDITORIAL) {
      const { body } = await getJson(`/api/${collection}?limit=1&depth=0&sort=id&locale=sq`)
      const doc = (body as { docs: Doc[] }).docs[0]
      published[collection] = doc
      // Staff save a newer draft of the published document: new text, and for an item, restricted.
      const saved = await sendJson(
        'PATCH',
        `/api/${collection}/${doc.id}?draft=true&locale=sq`,
        { [field]: `Draft ${field} of ${collection} ${doc.id}`, ...extra },
        editor,
      )
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    }
  })

  it.each(EDITORIAL)('$collection: REST list, by id, count and filtered queries', async ({ collection, field }) => {
    const doc = published[collection]
    const original = String(doc[field] ?? '')
    const paths = [
      `/api/${collection}?depth=0&locale=all&limit=100`,
      `/api/${collection}/${doc.id}?depth=0&locale=all`,
      `/api/${collection}/count`,
      `/api/${collection}?depth=0&where[${field}][like]=${encodeURIComponent(original.split(' ')[0] ?? '')}`,
      `/api/${collection}?depth=0&where[${field}][like]=Draft`,
      `/api/${collection}/count?where[${field}][like]=Draft`,
    ]
    for (const path of paths) {
      const [plain, draft] = await withAndWithoutDraft(path)
      expect(draft, path).toBe(plain)
      expect(draft, path).not.toContain('Draft ')
    }
  })

  it('GraphQL, where `draft: true` also existed, is off', async () => {
    const { status } = await sendJson('POST', '/api/graphql', { query: '{ ArchiveItems(draft: true) { totalDocs } }' })
    expect(status).toBe(404)
  })

  it('staff still read their own drafts', async () => {
    const editor = await login('editor')
    const doc = published['archive-items']
    const { body } = await getJson(`/api/archive-items/${doc.id}?draft=true&depth=0&locale=sq`, editor)
    expect((body as Doc).title).toBe(`Draft title of archive-items ${doc.id}`)
    expect((body as Doc).visibility).toBe('restricted')
  })
})
