import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { demoPassword } from '../scripts/seed/users.ts'

/** Signs a staff member into the admin (English UI, so the selectors read the same every run). */
export async function signIn(browser: Browser, cmsUrl: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', demoPassword())
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return { context, page }
}

/** Signs a staff member in over REST and returns the token, to check what the CMS holds independently of the UI. */
export async function apiToken(cmsUrl: string, email: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword() }),
  })
  return ((await login.json()) as { token: string }).token
}

/** Picks an option in one of Payload's select fields (react-select) by its visible label. */
export async function choose(page: Page, fieldId: string, label: string): Promise<void> {
  await page.click(`#${fieldId} .rs__control`)
  await page.click(`#${fieldId} .rs__option >> text="${label}"`)
}

/** Opens an admin page and waits until the admin has loaded its data and is ready for input. */
export async function openAdmin(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' })
}

/**
 * Clicks one of the admin's save buttons and waits for the API call it makes, so the test knows
 * the save reached the CMS (and how it answered) instead of guessing from the screen.
 */
export async function submit(page: Page, button: string, collection: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/${collection}`) && ['POST', 'PATCH'].includes(r.request().method())),
    page.click(button),
  ])
  return response
}
