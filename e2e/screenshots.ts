import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../scripts/lib/paths.ts'

/** Where the README's screenshots live (committed: the editors' workflow section shows them). */
export const SCREENSHOTS_DIR = path.join(ROOT, 'docs', 'screenshots')

/**
 * Saves what an e2e test sees as `docs/screenshots/<name>.png` for the README, only when
 * ARKIVI_SCREENSHOTS=1 (`ARKIVI_SCREENSHOTS=1 npm test -- --project e2e` refreshes them), so an
 * ordinary test run leaves the committed images alone.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.ARKIVI_SCREENSHOTS !== '1') return
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: false })
}
