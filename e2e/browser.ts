import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from '../scripts/lib/chromium.ts'

/** One Chromium for a test file: launched before its tests (`browser` is set by then), closed after them. */
export function browserForFile(): { browser: Browser } {
  const state = {} as { browser: Browser }
  beforeAll(async () => {
    state.browser = await launchChromium()
  })
  afterAll(async () => state.browser?.close())
  return state
}
