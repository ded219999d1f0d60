import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'

declare global {
  interface Window {
    arkiviCspViolation?: (report: string) => void
  }
}

/** Debian's Chromium, headless, with no background traffic to Google (the network is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Signs a staff member into the admin (English UI, so the selectors read the same every run). */
export async function signIn(browser: Browser, cmsUrl: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', process.env.DEMO_PASSWORD ?? 'arkivi-demo-2026')
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return { context, page }
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

/**
 * Records every Content-Security-Policy violation in a browser context's pages: each
 * `securitypolicyviolation` event (the listener is installed before any page script runs), and
 * every console message that names the policy (Chromium reports each violation there too). Tests
 * expect the returned list to stay empty.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('arkiviCspViolation', ({ page }, report: string) => void violations.push(`${page.url()}: ${report}`))
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.arkiviCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'document'}:${event.lineNumber})`),
      true,
    )
  })
  context.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? 'worker'}: console: ${message.text()}`)
  })
  return violations
}
