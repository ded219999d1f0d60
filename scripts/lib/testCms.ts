import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildCms, startCms, throwawayCmsEnv } from './cms.ts'
import { ROOT } from './paths.ts'
import { freePort } from './ports.ts'
import { run, stop } from './processes.ts'

/** The secret the test CMS verifies deploy notifications with. */
export const TEST_BUILD_REPORT_SECRET = 'arkivi-test-build-report-secret'

export type TestCms = {
  url: string
  env: NodeJS.ProcessEnv
  stop: () => void
}

/** Seeds a throwaway CMS's database with `npm run seed`'s own code, printing only its errors. */
export function seedTestCms(env: NodeJS.ProcessEnv): Promise<void> {
  return run('npx', ['tsx', path.join(ROOT, 'scripts', 'seed', 'index.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] })
}

/**
 * A real CMS for tests: a throwaway SQLite file and media folder, seeded by `npm run seed`'s own
 * code, served by the production Next.js build on a free loopback port.
 */
export async function startSeededCms(name: string, extra: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), `arkivi-${name}-`))
  // TRUST_PROXY lets a test speak for distinct clients (X-Forwarded-For), so one test's spent
  // rate budget does not refuse another's requests.
  const env = throwawayCmsEnv(dir, { BUILD_REPORT_SECRET: TEST_BUILD_REPORT_SECRET, TRUST_PROXY: '1', MAIL_DIR: path.join(dir, 'mail'), ...extra })
  await seedTestCms(env)
  await buildCms(env)
  const port = await freePort()
  const url = `http://localhost:${port}`
  env.CMS_URL = url
  const child = await startCms(port, env)
  return {
    url,
    env,
    stop: () => {
      stop(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
