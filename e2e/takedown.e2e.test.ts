import { describe, expect, inject, it } from 'vitest'
import { recordCspViolations } from '../scripts/lib/chromium.ts'
import { browserForFile } from './browser.ts'
import { apiToken } from './admin.ts'

const cmsUrl = inject('e2eCmsUrl')
const siteUrl = inject('e2eSiteUrl')

const chromium = browserForFile()

/** The takedown requests staff see, read over REST as an editor. */
async function storedRequests(): Promise<{ page: string; request: string; locale: string; item: number | null }[]> {
  const token = await apiToken(cmsUrl, 'editor@arkivi.test')
  const response = await fetch(`${cmsUrl}/api/takedown-requests?limit=100&depth=0`, { headers: { authorization: `JWT ${token}` } })
  return ((await response.json()) as { docs: { page: string; request: string; locale: string; item: number | null }[] }).docs
}

describe('a takedown request from the static site, in a real browser under the site’s CSP', () => {
  it('a visitor finds the form from the contributing page, sends it without JavaScript, and lands on the confirmation', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false })
    const violations = await recordCspViolations(context)
    const page = await context.newPage()
    await page.goto(`${siteUrl}/sr/info/contributing/`)
    await page.click('.contact a[href="/sr/takedown/"]')
    await page.waitForURL(`${siteUrl}/sr/takedown/`)
    const request = 'Molim vas da uklonite fotografiju na kojoj se vidim, nisam dao pristanak.'
    await page.fill('#takedown-page', `${siteUrl}/sr/items/ark-sample-0001/`)
    await page.fill('#takedown-request', request)
    await page.click('.takedown button[type=submit]')
    await page.waitForURL(`${siteUrl}/sr/takedown/sent/`)
    expect(await page.locator('h1').textContent()).toBe('Vaš zahtev je poslat')
    expect(violations).toEqual([])
    const stored = (await storedRequests()).find((doc) => doc.request === request)
    expect(stored).toMatchObject({ locale: 'sr', page: `${siteUrl}/sr/items/ark-sample-0001/` })
    expect(stored?.item).toBeTypeOf('number')
    await context.close()
  })

  it('the browser refuses a request too short before sending; the CMS’s refusal page says what to correct', async () => {
    const context = await chromium.browser.newContext()
    const violations = await recordCspViolations(context)
    const page = await context.newPage()
    await page.goto(`${siteUrl}/en/takedown/`)
    await page.fill('#takedown-page', 'ARK-SAMPLE-0001')
    await page.fill('#takedown-request', 'short')
    await page.click('.takedown button[type=submit]')
    expect(page.url()).toBe(`${siteUrl}/en/takedown/`)
    expect(await page.locator('#takedown-request').evaluate((field: HTMLTextAreaElement) => field.validity.valid)).toBe(false)
    // Past the browser's own check (a client without it), the CMS answers with the page for the reason.
    await page.locator('.takedown').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''))
    await page.click('.takedown button[type=submit]')
    await page.waitForURL(`${siteUrl}/en/takedown/refused/missing-request/`)
    expect(await page.locator('[role=alert]').textContent()).toContain('at least 10 characters')
    expect(violations).toEqual([])
    await context.close()
  })
})
