import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { browserForFile } from './browser.ts'
import { apiToken, openAdmin, signIn } from './admin.ts'
import { screenshot } from './screenshots.ts'

const cmsUrl = inject('e2eCmsUrl')
const chromium = browserForFile()

/** Signs in and switches the admin to Albanian, as an Albanian-speaking editor has it. */
async function inAlbanian(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const signedIn = await signIn(chromium.browser, cmsUrl, email)
  await signedIn.context.addCookies([{ name: 'payload-lng', value: 'sq', url: cmsUrl }])
  return signedIn
}

const HEADER = 'identifier,title_sq,title_sr,title_en,date,type,rights,visibility,status'
const BAD = [
  HEADER,
  'ARK-E2E-IMP-1,Fletëpalosje e importuar,Uvezeni letak,Imported leaflet,2014,Text,InC,public,draft',
  'ARK-E2E-IMP-2,,,Imported photo,2014-13,Image,InC,public,draft',
].join('\n')
const FIXED = BAD.replace(',,,Imported photo,2014-13,', ',Fotografi e importuar,Uvezena fotografija,Imported photo,2014-12,')

async function upload(page: Page, csv: string) {
  await page.setInputFiles('#arkivi-import-records', { name: 'arkivi-items.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.click('button:has-text("Kontrollo skedarin")')
}

describe('the admin’s Import view, in Albanian, in a real browser', () => {
  it('lists the problems with row and column, imports once they are fixed, and the items exist', async () => {
    const { page, context } = await inAlbanian('editor@arkivi.test')
    await openAdmin(page, `${cmsUrl}/admin`)
    // The nav (closed at this width) links to the view.
    expect(await page.locator('a[href="/admin/import"]').textContent()).toBe('Importo')
    await openAdmin(page, `${cmsUrl}/admin/import`)
    await upload(page, BAD)
    await page.waitForSelector('.arkivi-import__problems')
    const rows = await page.locator('.arkivi-import__problems tbody tr').allInnerTexts()
    const cells = rows.map((row) => row.split('\t').map((cell) => cell.trim()))
    expect(cells).toEqual(
      expect.arrayContaining([
        ['rreshti 3', 'title_sq', '', 'vlera është e detyrueshme'],
        ['rreshti 3', 'date', '2014-13', 'duhet të jetë VVVV, VVVV-MM ose VVVV-MM-DD'],
      ]),
    )
    expect(await page.locator('p[role=alert]').first().innerText()).toContain('asgjë nuk do të shkruhet')
    await screenshot(page, 'import')

    await upload(page, FIXED)
    await page.waitForSelector('text=Asnjë problem')
    await page.click('button:has-text("Importo 2 rreshta")')
    await page.waitForSelector('text=U importua: 2 të krijuara')
    const token = await apiToken(cmsUrl, 'editor@arkivi.test')
    const found = await (
      await fetch(`${cmsUrl}/api/archive-items?where[identifier][like]=ARK-E2E-IMP&draft=true&depth=0&sort=identifier`, { headers: { authorization: `JWT ${token}` } })
    ).json()
    expect(found.docs.map((doc: { identifier: string; _status: string }) => [doc.identifier, doc._status])).toEqual([
      ['ARK-E2E-IMP-1', 'draft'],
      ['ARK-E2E-IMP-2', 'draft'],
    ])
    await context.close()
  })

  it('tells a contributor that importing is for editors, with no link to it', async () => {
    const { page, context } = await inAlbanian('contributor@arkivi.test')
    await openAdmin(page, `${cmsUrl}/admin/import`)
    expect(await page.locator('p[role=alert]').innerText()).toBe('Vetëm redaktorët dhe administratorët mund të importojnë.')
    expect(await page.locator('a[href="/admin/import"]').count()).toBe(0)
    await context.close()
  })
})

type BuildState = { status: string; durationMs?: number | null; reason?: string }
let token: string | undefined
async function buildState(): Promise<BuildState> {
  // One sign-in for all the polling: sign-ins are rate-limited.
  token ??= await apiToken(cmsUrl, 'editor@arkivi.test')
  return (await fetch(`${cmsUrl}/api/globals/site-build`, { headers: { authorization: `JWT ${token}` } })).json()
}
async function until(check: (state: BuildState) => boolean, ms: number): Promise<BuildState> {
  const deadline = Date.now() + ms
  for (;;) {
    const state = await buildState()
    if (check(state) || Date.now() > deadline) return state
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe('the Site build screen, in Albanian', () => {
  it('shows the local runner’s last build as live with its duration, and Rebuild now builds again, reported from start to end', async () => {
    // The runner (e2e/globalSetup.ts) reported the first build; a publish by another test may be building.
    expect(await until((state) => state.status === 'succeeded', 120_000)).toMatchObject({ status: 'succeeded', durationMs: expect.any(Number) })
    const { page, context } = await inAlbanian('editor@arkivi.test')
    await openAdmin(page, `${cmsUrl}/admin/globals/site-build`)
    expect(await page.locator('h1').innerText()).toBe('Ndërtimi i faqes')
    expect(await page.locator('label[for="field-status"]').innerText()).toContain('Gjendja')
    expect(await page.locator('#field-status .rs__single-value').textContent()).toBe('në faqe')
    expect(await page.locator('label[for="field-durationMs"]').innerText()).toContain('Kohëzgjatja')

    await page.click('button:has-text("Rindërto tani")')
    await page.waitForSelector('text=Rindërtimi është në radhë')
    expect(await until((state) => state.status === 'building', 60_000)).toMatchObject({ status: 'building', reason: expect.stringMatching(/^rebuild now/) })
    expect(await until((state) => state.status === 'succeeded', 240_000)).toMatchObject({ status: 'succeeded', durationMs: expect.any(Number) })
    await context.close()
  }, 480_000)

  it('offers no Rebuild now to a contributor', async () => {
    const { page, context } = await inAlbanian('contributor@arkivi.test')
    await openAdmin(page, `${cmsUrl}/admin/globals/site-build`)
    expect(await page.locator('label[for="field-status"]').innerText()).toContain('Gjendja')
    expect(await page.locator('button:has-text("Rindërto tani")').count()).toBe(0)
    await context.close()
  })
})
