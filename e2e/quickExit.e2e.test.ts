import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { recordCspViolations } from '../scripts/lib/chromium.ts'
import { browserForFile } from './browser.ts'

const siteUrl = inject('e2eSiteUrl')
const neutralUrl = inject('e2eNeutralUrl')

const chromium = browserForFile()
let context: BrowserContext
let cspViolations: string[]
afterEach(async () => {
  await context?.close()
  expect(cspViolations).toEqual([])
})

/** A page in a fresh context whose Content-Security-Policy violations fail the test. */
async function newPage(): Promise<Page> {
  context = await chromium.browser.newContext()
  cspViolations = await recordCspViolations(context)
  return context.newPage()
}

describe('quick exit in a real browser', () => {
  it('the button leaves the site for the neutral page at once', async () => {
    const page = await newPage()
    await page.goto(`${siteUrl}/sq/`)
    await page.locator('[data-quick-exit] a').first().click()
    await page.waitForURL(neutralUrl)
    expect(await page.title()).toBe('Weather')
  })

  it('pressing Shift three times leaves the site, and Back does not show the page again', async () => {
    const page = await newPage()
    await page.goto(`${siteUrl}/en/about/`)
    await page.goto(`${siteUrl}/en/archive/`)
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift')
    await page.waitForURL(neutralUrl)
    await page.goBack()
    // Going back lands on the site only to be sent away again (the `pageshow` case).
    await page.waitForURL(neutralUrl, { timeout: 10_000 })
    expect(page.url()).toBe(neutralUrl)
  })
})
