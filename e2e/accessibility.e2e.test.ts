import AxeBuilder from '@axe-core/playwright'
import { LOCALES } from '@arkivi/content-schemas'
import { describe, expect, inject, it } from 'vitest'
import { recordCspViolations } from '../scripts/lib/chromium.ts'
import { browserForFile } from './browser.ts'

const siteUrl = inject('e2eSiteUrl')
const cmsOrigin = new URL(inject('e2eCmsUrl')).origin

/** One page of every template, by path below the locale. */
const TEMPLATES = {
  home: '',
  about: 'about/',
  programs: 'programs/',
  program: 'programs/un-joint-covid-19-project/',
  municipalities: 'municipalities/',
  municipality: 'municipalities/fushe-kosove/',
  partners: 'partners/',
  archive: 'archive/',
  item: 'items/ark-sample-0001/',
  search: 'search/',
  info: 'info/privacy-and-safety/',
  notFound: 'no-such-page/',
}

const chromium = browserForFile()

describe('accessibility (axe-core in Chromium), under the Content-Security-Policy', () => {
  for (const locale of LOCALES) {
    it.each(Object.entries(TEMPLATES))(`${locale}: %s has no serious or critical violations and breaks no policy`, async (_, path) => {
      const context = await chromium.browser.newContext()
      const cspViolations = await recordCspViolations(context)
      const page = await context.newPage()
      const response = await page.goto(`${siteUrl}/${locale}/${path}`, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(path === 'no-such-page/' ? 404 : 200)
      // npm start's server sends the build's policy, whose forms may post to the CMS.
      expect(response?.headers()['content-security-policy'], path).toContain(`form-action 'self' ${cmsOrigin};`)
      const results = await new AxeBuilder({ page } as never).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      expect(
        serious.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        ),
      ).toEqual([])
      expect(cspViolations).toEqual([])
      await context.close()
    })
  }
})
