import { describe, expect, inject, it } from 'vitest'
import { resetLinkIn } from '../cms/test/lib/mail.ts'
import { browserForFile } from './browser.ts'
import { apiToken, openAdmin, signIn } from './admin.ts'

const cmsUrl = inject('e2eCmsUrl')
const mailDir = inject('e2eMailDir')

const chromium = browserForFile()

/** The reset link in the newest mail to `to` that the CMS wrote into its mail folder. */
async function resetLinkSentTo(to: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const link = resetLinkIn(mailDir, to)
    if (link) return link
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no reset email to ${to} in ${mailDir} after ${timeoutMs / 1000} s`)
}

describe('the admin in a real browser', () => {
  it('asks nothing of another origin on its main screens (no Gravatar, fonts, CDNs or analytics)', async () => {
    const { context, page } = await signIn(chromium.browser, cmsUrl, 'editor@arkivi.test')
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    const screens = [
      '/admin',
      '/admin/collections/archive-items',
      '/admin/collections/archive-items/create',
      '/admin/collections/media',
      '/admin/collections/takedown-requests',
      '/admin/globals/contact',
      '/admin/account',
    ]
    for (const screen of screens) await openAdmin(page, `${cmsUrl}${screen}`)
    // The first archive item's edit view, with its sidebar and relationship fields.
    await openAdmin(page, `${cmsUrl}/admin/collections/archive-items`)
    await page.click('table tbody tr:first-child a')
    await page.waitForURL(/\/admin\/collections\/archive-items\/\d+/)
    await page.waitForLoadState('networkidle')
    const origins = new Set(requested.map((url) => new URL(url).origin))
    expect([...origins].filter((origin) => origin !== new URL(cmsUrl).origin && origin !== 'null')).toEqual([])
    expect(requested.some((url) => /gravatar/.test(url))).toBe(false)
    expect(requested.length).toBeGreaterThan(screens.length)
    await context.close()
  })

  it('a forgotten password is reset through the link the CMS mails', async () => {
    // An account of its own, so the demo accounts keep the password the other tests sign in with.
    const email = 'forgetful-editor@arkivi.test'
    const token = await apiToken(cmsUrl, 'admin@arkivi.test')
    const created = await fetch(`${cmsUrl}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ email, password: 'forgotten-password-2026', role: 'editor' }),
    })
    expect(created.status).toBe(201)
    const context = await chromium.browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    // Filled only once the admin has hydrated: React would otherwise reset a value typed earlier.
    await openAdmin(page, `${cmsUrl}/admin/forgot`)
    await page.fill('#field-email', email)
    expect(await page.inputValue('#field-email')).toBe(email)
    const [answer] = await Promise.all([page.waitForResponse((response) => response.url().includes('/api/users/forgot-password')), page.click('button[type=submit]')])
    expect(answer.status(), await answer.text()).toBe(200)
    const link = await resetLinkSentTo(email)
    expect(link.startsWith(`${cmsUrl}/admin/reset/`)).toBe(true)
    await openAdmin(page, link)
    const password = 'a-brand-new-password-2026'
    await page.fill('#field-password', password)
    await page.fill('#field-confirm-password', password)
    expect([await page.inputValue('#field-password'), await page.inputValue('#field-confirm-password')]).toEqual([password, password])
    const [reset] = await Promise.all([page.waitForResponse((response) => response.url().includes('/api/users/reset-password')), page.click('button[type=submit]')])
    expect(reset.status(), await reset.text()).toBe(200)
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    expect(login.status).toBe(200)
    await context.close()
  })
})
