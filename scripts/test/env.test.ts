import { describe, expect, it } from 'vitest'
import { parseEnv } from '../lib/env.ts'

describe('the scripts environment (scripts/lib/env.ts)', () => {
  it('has a default for every variable, and counts an empty value as unset', () => {
    expect(parseEnv({ SITE_PORT: '', INIT_CWD: '/work' })).toMatchObject({
      SITE_PORT: 4321,
      REBUILD_RUNNER_PORT: 4322,
      DEMO_PASSWORD: 'arkivi-demo-2026',
      INIT_CWD: '/work',
      CI: false,
    })
    expect(parseEnv({}).INIT_CWD).toBe(process.cwd())
    expect(parseEnv({ CI: 'true' }).CI).toBe(true)
  })

  it.each([
    [{ SITE_PORT: 'http' }, 'SITE_PORT="http" is not a number; expected a port from 1 to 65535 (default 4321).'],
    [{ REBUILD_RUNNER_PORT: '0' }, 'REBUILD_RUNNER_PORT="0" is not a port; expected a port from 1 to 65535 (default 4322).'],
  ])('refuses %o, naming the variable, the problem and the form expected', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })
})
