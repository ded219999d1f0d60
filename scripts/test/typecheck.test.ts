import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../lib/paths.ts'

/**
 * The CMS, the scripts, content-schemas and the browser tests type-check (the site checks its own
 * in site/test/typecheck.test.ts). Next's build skips type-checking, so this is where a type
 * error in the CMS fails CI.
 */
describe('types', () => {
  it.each(['tsconfig.json', 'cms/tsconfig.json'])('%s compiles without errors', (project) => {
    const result = spawnSync('npx', ['tsc', '--noEmit', '-p', project], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 })
    expect(result.stdout + result.stderr.replace(/^npm warn.*\n/gm, '')).toBe('')
    expect(result.status).toBe(0)
  })
})
