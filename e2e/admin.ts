import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { expect } from 'vitest'
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

/** Whether a response answers one of the admin's autosaves (Payload marks them `?autosave=true`). */
export function isAutosave(response: Response): boolean {
  return new URL(response.url()).searchParams.get('autosave') === 'true'
}

/**
 * Clicks one of the admin's save buttons and waits for the API call it makes, so the test knows
 * the save reached the CMS (and how it answered) instead of guessing from the screen. Autosaves
 * running meanwhile are not that call.
 */
export async function submit(page: Page, button: string, collection: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/${collection}`) && ['POST', 'PATCH'].includes(r.request().method()) && !isAutosave(r)),
    page.click(button),
  ])
  return response
}

/**
 * Opens "Create new" of an editorial collection: with autosave, Payload creates the draft at once
 * and opens it (in `locale`, which the create URL made the user's preference). Returns its id.
 */
export async function createNew(page: Page, cmsUrl: string, collection: string, locale: string): Promise<string> {
  await openAdmin(page, `${cmsUrl}/admin/collections/${collection}/create?locale=${locale}`)
  await page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+`))
  await page.waitForLoadState('networkidle')
  return new URL(page.url()).pathname.split('/').at(-1)!
}

/**
 * Waits until the CMS holds what the editor typed in the document's latest draft (read over REST
 * with `token`, every locale), which autosave writes without a click.
 */
export async function autosaved(cmsUrl: string, token: string, collection: string, id: string, expected: Record<string, unknown>): Promise<Record<string, unknown>> {
  const read = async () => {
    const response = await fetch(`${cmsUrl}/api/${collection}/${id}?locale=all&draft=true&depth=1`, { headers: { authorization: `JWT ${token}` } })
    return (await response.json()) as Record<string, unknown>
  }
  await expect.poll(read, { timeout: 30_000, interval: 250 }).toMatchObject(expected)
  return read()
}
