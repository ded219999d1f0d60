import { describe, expect, inject, it } from 'vitest'
import { browserForFile } from './browser.ts'
import { apiToken, openAdmin, signIn } from './admin.ts'
import { screenshot } from './screenshots.ts'

const cmsUrl = inject('e2eCmsUrl')
const chromium = browserForFile()

/** Saves an archive item's fields in one locale over REST, as staff (a draft: nothing public changes). */
async function save(token: string, locale: string, data: Record<string, unknown>, id?: number): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/archive-items${id ? `/${id}` : ''}?locale=${locale}&draft=true&depth=0`, {
    method: id ? 'PATCH' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

describe('translation status in the admin', () => {
  it('shows the column, filters what needs Serbian, counts on the dashboard and names the fields to translate', async () => {
    const token = await apiToken(cmsUrl, 'editor@arkivi.test')
    const base = { date: { value: '2014-03-01T00:00:00.000Z', precision: 'month' }, type: 'Text', rights: 'InC', _status: 'draft' }
    // Translated into Serbian and English, then the Albanian title changed: both outdated.
    const outdated = await save(token, 'sq', { ...base, identifier: 'E2E-TS-OUTDATED', title: 'Letër e vjetër' })
    await save(token, 'sr', { title: 'Staro pismo' }, outdated)
    await save(token, 'en', { title: 'An old letter' }, outdated)
    await save(token, 'sq', { title: 'Letër e vjetër nga Prizreni' }, outdated)
    // Translated into both from the current Albanian: complete.
    const complete = await save(token, 'sq', { ...base, identifier: 'E2E-TS-COMPLETE', title: 'Fotografi e marshit' })
    await save(token, 'sr', { title: 'Fotografija marša' }, complete)
    await save(token, 'en', { title: 'Photograph of the march' }, complete)

    const { context, page } = await signIn(chromium.browser, cmsUrl, 'editor@arkivi.test')
    await page.setViewportSize({ width: 1280, height: 800 })

    // The dashboard's panel: a count per collection and locale, linking to the filtered list.
    await openAdmin(page, `${cmsUrl}/admin`)
    const panel = page.getByTestId('translation-status-panel')
    await expect(panel.getByRole('heading', { name: 'Translations left to do' }).isVisible()).resolves.toBe(true)
    const cell = panel.locator('tr[data-collection="archive-items"] td[data-locale="sr"] a')
    expect(Number(await cell.textContent())).toBeGreaterThanOrEqual(1)
    await screenshot(page, 'translation-status-panel')

    // Its link opens the archive items that need Serbian: the outdated one, not the complete one.
    await Promise.all([page.waitForURL(/\/admin\/collections\/archive-items\?/), cell.click()])
    await page.waitForLoadState('networkidle')
    expect(decodeURIComponent(page.url())).toContain('[translationStatus.srState][not_equals]=complete')
    const rows = page.locator('table tbody tr')
    await rows.filter({ hasText: 'E2E-TS-OUTDATED' }).first().waitFor()
    expect(await rows.filter({ hasText: 'E2E-TS-COMPLETE' }).count()).toBe(0)
    // The column: sq source · sr outdated · en outdated.
    const badges = rows.filter({ hasText: 'E2E-TS-OUTDATED' }).locator('.translation-status__badge')
    expect(await badges.allTextContents()).toEqual(['sq source', 'sr outdated', 'en outdated'])
    // The list's own filter (opened by the query) holds the condition on the stored field, under its label.
    const filter = page.locator('.where-builder')
    await filter.waitFor()
    expect(await filter.textContent()).toContain('Serbian translation')
    await screenshot(page, 'translation-status')

    // The edit view names the field to translate again, by its label.
    await openAdmin(page, `${cmsUrl}/admin/collections/archive-items/${outdated}?locale=sq`)
    // Payload keeps Live Preview open per user once opened (the preview e2e opens it as this editor),
    // and its pane covers the sidebar the screenshot is of.
    const livePreview = page.locator('#live-preview-toggler.live-preview-toggler--active')
    if (await livePreview.count()) await livePreview.click()
    const fields = page.getByTestId('fields-to-translate')
    await fields.waitFor()
    const serbian = fields.locator('[data-locale="sr"]')
    expect(await serbian.textContent()).toContain('Albanian changed since the translation')
    expect(await serbian.locator('li').allTextContents()).toContain('Title')
    await fields.scrollIntoViewIfNeeded()
    await screenshot(page, 'translation-status-edit')
    await context.close()
  })
})
