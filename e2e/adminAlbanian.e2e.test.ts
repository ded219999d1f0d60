import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { ADMIN_LANGUAGE_COOKIE } from '../cms/src/i18n/adminLanguages.ts'
import { browserForFile } from './browser.ts'
import { adminStrings } from './adminStrings.ts'
import { openAdmin, signIn } from './admin.ts'
import { screenshot } from './screenshots.ts'

const cmsUrl = inject('e2eCmsUrl')
const chromium = browserForFile()

const COLLECTIONS = ['archive-items', 'organizations', 'programs', 'partners', 'subjects', 'municipalities', 'media', 'users', 'takedown-requests']
const ALBANIAN_MONTHS = /\b(janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor)\b/i
const ENGLISH_MONTHS = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/

/**
 * What a sighted reader or a screen reader gets from the page: visible text (rich-text content
 * left out: it is the document's, not the UI's), and every element's aria-label, title,
 * placeholder and alt, and the page title.
 */
function uiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strings: string[] = [document.title]
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || element.closest('[contenteditable="true"], script, style, noscript') || !element.checkVisibility()) continue
      strings.push(node.textContent ?? '')
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) strings.push(element.getAttribute(attribute) ?? '')
    }
    return strings.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  })
}

/** Opens a collection's list, oldest first: seeded documents, not whatever another e2e file saved last. */
async function openListOf(page: Page, slug: string): Promise<string> {
  const screen = `/admin/collections/${slug}?sort=id`
  await openAdmin(page, `${cmsUrl}${screen}`)
  return screen
}

/** From its open list (openListOf), opens the oldest document of a collection; false when it has none. */
async function openFirstDocument(page: Page, slug: string): Promise<boolean> {
  const first = page.locator('table tbody tr:first-child a').first()
  if ((await first.count()) === 0) return false
  await first.click()
  await page.waitForURL(new RegExp(`/admin/collections/${slug}/\\w+`))
  await page.waitForLoadState('networkidle')
  return true
}

describe('the admin in Albanian', () => {
  it('shows no English UI string, no "[object Object]" and Albanian dates on its main screens', async () => {
    const { english, albanian, patterns } = await adminStrings()
    const { context, page } = await signIn(chromium.browser, cmsUrl, 'admin@arkivi.test')
    // An English-speaking editor opens an archive item first: Payload kept the field labels it
    // rendered then for everyone (i18n/clientSchemaMapPerRequest.ts), so the walk below read the
    // rich-text fields as "Description" and "Transcript".
    await context.addCookies([{ name: ADMIN_LANGUAGE_COOKIE, value: 'en', url: cmsUrl }])
    await openListOf(page, 'archive-items')
    expect(await openFirstDocument(page, 'archive-items'), 'an archive item to open in English first').toBe(true)
    await context.addCookies([{ name: ADMIN_LANGUAGE_COOKIE, value: 'sq', url: cmsUrl }])
    const problems: string[] = []
    const check = async (screen: string) => {
      for (const text of new Set(await uiStrings(page))) {
        if (text.includes('[object Object]')) problems.push(`${screen}: ${text}`)
        else if (albanian.has(text)) continue
        else if (english.has(text)) problems.push(`${screen}: "${text}"`)
        else {
          const template = patterns.find(({ pattern }) => pattern.test(text))?.template
          if (template) problems.push(`${screen}: "${text}" (English "${template}")`)
        }
        if (ENGLISH_MONTHS.test(text)) problems.push(`${screen}: English month in "${text}"`)
      }
    }
    const visit = async (screen: string) => {
      await openAdmin(page, `${cmsUrl}${screen}`)
      await check(screen)
    }

    await visit('/admin')
    expect(await page.locator('html').getAttribute('lang')).toBe('sq')
    for (const slug of COLLECTIONS) {
      await check(await openListOf(page, slug))
      if (await openFirstDocument(page, slug)) {
        if (slug === 'archive-items') {
          // The editor's block handles and their labels appear under the pointer.
          await page.locator('[data-lexical-editor="true"] p').first().hover()
          await page.locator('.add-block-menu').first().waitFor({ state: 'attached' })
          // The sidebar's "Ndryshuar së fundi" / "Krijuar" dates, once the date-fns locale has loaded.
          await page
            .waitForFunction((pattern) => new RegExp(pattern, 'i').test(document.body.innerText), ALBANIAN_MONTHS.source, { timeout: 10_000 })
            .catch(() => problems.push(`${page.url()}: no Albanian month name`))
          await screenshot(page, 'admin-sq')
        }
        await check(`${new URL(page.url()).pathname}`)
      } else {
        await visit(`/admin/collections/${slug}/create`)
      }
    }
    await visit('/admin/globals/contact')
    await visit('/admin/globals/site-build')
    await visit('/admin/account')
    await context.close()
    expect(problems).toEqual([])
  })
})
