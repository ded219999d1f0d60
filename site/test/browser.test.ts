import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { distDir } from './lib/dist.ts'
import { headersForEveryResponse } from './lib/netlify.ts'
import { serveDirectory, type StaticServer } from './lib/server.ts'

/**
 * The built site in Debian's Chromium, served with netlify.toml's production headers (the
 * Content-Security-Policy included): the JavaScript that earns its place (search, quick exit,
 * citation copy) works, nothing is blocked, and no request leaves the site's origin. The quick
 * exit's neutral site is answered locally by the test, never fetched.
 */
const CHROMIUM = '/usr/bin/chromium'
const NEUTRAL = 'https://www.bbc.com/weather'

describe.skipIf(!existsSync(CHROMIUM))('in a browser', () => {
  let server: StaticServer
  let browser: Browser
  let context: BrowserContext
  const problems: string[] = []

  beforeAll(async () => {
    server = await serveDirectory(distDir(), headersForEveryResponse())
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } })
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (url.startsWith(server.origin)) return route.continue()
      if (url.startsWith(NEUTRAL) && route.request().isNavigationRequest()) {
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny</p>' })
      }
      problems.push(`request to another origin: ${url}`)
      return route.abort()
    })
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
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' })
    return page
  }

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
    await expect.poll(() => page.locator('[data-search-results] li h2').allTextContents()).toEqual([
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
})
