import { describe, expect, it } from 'vitest'
import { bannerHtml, bannerLines, withBanner } from '../../preview/src/lib/banner.ts'
import { asPublished, draftIssues } from '../../preview/src/lib/draft.ts'

const now = '2026-12-01T10:00:00.000Z'
const restrictedDraft = {
  id: 7,
  _status: 'draft',
  createdAt: now,
  updatedAt: now,
  identifier: 'ARK-T-1',
  title: { sq: 'Titull', sr: null, en: null },
  date: { value: '2020-01-01T00:00:00.000Z', precision: 'year' },
  type: 'Text',
  rights: 'InC',
  visibility: 'restricted',
  consentNotes: 'staff only',
  takedownNotes: 'staff only',
  files: [],
}

describe('draft preview: the draft in the public shape', () => {
  it('drops staff-only notes and reads as published and public, so the site’s page renders it (the banner says what is true)', () => {
    const doc = asPublished('archive-items', restrictedDraft) as Record<string, unknown>
    expect(doc).toMatchObject({ id: 7, _status: 'published', visibility: 'public' })
    expect(doc).not.toHaveProperty('consentNotes')
    expect(doc).not.toHaveProperty('takedownNotes')
  })

  it('reports a draft the build would refuse field by field instead of rendering it', () => {
    let error: unknown
    try {
      asPublished('archive-items', { ...restrictedDraft, date: null })
    } catch (caught) {
      error = caught
    }
    expect(draftIssues(error)?.map((issue) => issue.field)).toContain('date')
    expect(draftIssues(new Error('other'))).toBeNull()
  })
})

describe('draft preview: the banner', () => {
  it('says draft, scheduled and restricted in the page’s language', () => {
    const lines = bannerLines({ draft: true, changed: false, restricted: true, scheduledFor: '2026-12-24T09:00:00.000Z', scheduleFailedAt: null }, 'sr', false)
    expect(lines[0]).toBe('Nacrt: nije objavljeno.')
    expect(lines[1]).toMatch(/^Zakazano za objavljivanje .*2026/)
    expect(lines[2]).toBe('Ograničeno: nije javno. Samo osoblje vidi ovaj zapis.')
    expect(lines).toHaveLength(3)
  })

  it('says when a scheduled publication failed, with its date in the page’s language', () => {
    const lines = bannerLines({ draft: false, changed: true, restricted: false, scheduledFor: null, scheduleFailedAt: '2026-12-24T09:00:00.000Z' }, 'sq', false)
    expect(lines[0]).toMatch(/^Ndryshime të papublikuara/)
    expect(lines[1]).toMatch(/^Publikimi i planifikuar për 24 dhjetor 2026.* dështoi/)
    expect(lines).toHaveLength(2)
  })

  it('goes first in the body, its style and script as files in the head, and escapes what it shows', () => {
    const html = withBanner('<html><head><title>x</title></head><body class="a"><main></main></body></html>', bannerHtml(['<b>'], 'en'))
    expect(html).toMatch(/<link rel="stylesheet" href="\/preview\/preview.css"><script type="module" src="\/preview\/preview.js"><\/script><\/head>/)
    expect(html).toMatch(/<body class="a"><div class="arkivi-preview-banner"/)
    expect(html).toContain('&#60;b&#62;')
  })
})
