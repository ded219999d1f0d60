import { chromium, type Browser, type BrowserContext } from 'playwright-core'

declare global {
  interface Window {
    arkiviCspViolation?: (report: string) => void
  }
}

/** Debian's Chromium unless `CHROMIUM_PATH` names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Chromium for the browser tests and the bench: headless, with no background traffic to Google
 * (the network is closed, and a stray request would show up in the bench's byte counts).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
      (event) =>
        window.arkiviCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'document'}:${event.lineNumber})`),
      true,
    )
  })
  context.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? 'worker'}: console: ${message.text()}`)
  })
  return violations
}
