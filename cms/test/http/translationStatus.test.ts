import { describe, expect, it } from 'vitest'
import { translationReport, TRANSLATION_STATES, type TranslationStatusValue } from '../../src/plugins/arkivi/translationState.ts'
import { getJson, login, sendJson } from './lib/client.ts'

/** Every collection that has a translation status (the content collections with localized fields). */
const COLLECTIONS = ['organizations', 'programs', 'partners', 'archive-items', 'subjects', 'municipalities', 'media'] as const
const STATE_VALUE = /"(complete|partial|outdated)"/

type Docs = { docs: (Record<string, unknown> & { translationStatus?: TranslationStatusValue })[] }

describe('translation status over HTTP', () => {
  it.each(COLLECTIONS)('%s: an anonymous REST read never returns it, even when asked to select it', async (collection) => {
    const listed = await getJson(`/api/${collection}?locale=all&depth=0&limit=100`)
    expect(listed.status).toBe(200)
    expect((listed.body as Docs).docs.length).toBeGreaterThan(0)
    expect(listed.text).not.toContain('translationStatus')
    const selected = await getJson(`/api/${collection}?depth=0&limit=100&select[translationStatus]=true`)
    expect(selected.text).not.toContain('translationStatus')
    const id = (listed.body as Docs).docs[0].id
    expect((await getJson(`/api/${collection}/${id}?locale=all&depth=0`)).text).not.toContain('translationStatus')
  })

  it('refuses an anonymous query on it, so no count tells what needs translating', async () => {
    const queried = await getJson('/api/programs?where[translationStatus.srState][equals]=partial')
    expect(queried.status).not.toBe(200)
    expect(queried.text).not.toMatch(STATE_VALUE)
  })

  it('is not in the GraphQL API for an anonymous visitor', async () => {
    const answer = await sendJson('POST', '/api/graphql', { query: '{ Programs { docs { title translationStatus { sr en } } } }' })
    expect(JSON.stringify(answer.body)).not.toMatch(STATE_VALUE)
    expect((answer.body as { data?: unknown }).data ?? null).toBeNull()
  })

  it.each(COLLECTIONS)('%s: staff read it, filter on it, and find every seeded translation current', async (collection) => {
    const editor = await login('editor')
    // The documents as saved last without draft=true: other files of this suite save newer drafts of
    // some seeded documents with new Albanian text (drafts.test.ts), which rightly makes those drafts' translations outdated.
    const { status, body } = await getJson(`/api/${collection}?depth=0&limit=0`, editor)
    expect(status).toBe(200)
    for (const doc of (body as Docs).docs) {
      const stored = doc.translationStatus!
      const report = translationReport(stored.hashes)
      expect(TRANSLATION_STATES, `${collection} ${doc.id}`).toContain(stored.srState)
      expect([stored.srState, stored.enState], `${collection} ${doc.id}`).toEqual([report.sr.state, report.en.state])
      expect([...report.sr.outdated, ...report.en.outdated], `${collection} ${doc.id}: seeded translations are current`).toEqual([])
    }
    const filtered = await getJson(`/api/${collection}?depth=0&limit=0&where[translationStatus.srState][not_equals]=complete`, editor)
    expect(filtered.status).toBe(200)
    const expected = (body as Docs).docs.filter((doc) => doc.translationStatus!.srState !== 'complete').map((doc) => doc.id)
    expect((filtered.body as Docs).docs.map((doc) => doc.id).sort()).toEqual(expected.sort())
  })
})
