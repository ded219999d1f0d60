import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { SITE_DIR } from './lib/build.ts'

/**
 * The site's TypeScript type-checks, which is what makes a missing UI string a type error
 * (sq.ts and sr.ts must have every key of en.ts). Runs after the test build generated Astro's
 * content types (.astro/).
 */
describe('types', () => {
  it('the site’s TypeScript compiles without errors', () => {
    let output = ''
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: SITE_DIR, encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error)
    }
    expect(output).toBe('')
  })
})
