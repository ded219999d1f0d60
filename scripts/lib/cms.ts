import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { env } from './env.ts'
import { CMS_DATA_DIR, CMS_DIR } from './paths.ts'
import { run, start, waitForUrl } from './processes.ts'

/**
 * A local secret for the CMS when `PAYLOAD_SECRET` is not set: generated once into
 * cms/.data (git-ignored), so sessions survive restarts and no shared default is ever used.
 */
export function localPayloadSecret(): string {
  const { PAYLOAD_SECRET } = env()
  if (PAYLOAD_SECRET) return PAYLOAD_SECRET
  const file = path.join(CMS_DATA_DIR, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(CMS_DATA_DIR, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/**
 * The environment of a throwaway CMS whose database and media live in `dir` (tests, benchmarks):
 * an SQLite file, a random secret, and no job runner in the background.
 */
export function throwawayCmsEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'arkivi.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PAYLOAD_JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}

/** Builds the CMS's Next.js app unless a build newer than every source file exists. */
export async function buildCms(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const buildId = path.join(CMS_DIR, '.next', 'BUILD_ID')
  if (existsSync(buildId) && statSync(buildId).mtimeMs > (await newestMtime(path.join(CMS_DIR, 'src')))) return
  await run('npm', ['run', 'build', '--workspace', '@arkivi/cms'], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  })
}

/** Spawns the built CMS (cms/server.ts: Next.js behind the request guard) on `port`. */
export function spawnCms(port: number, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return start('cms', 'node', ['server.ts'], {
    cwd: CMS_DIR,
    env: {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_PORT: String(port),
      CMS_URL: env.CMS_URL ?? `http://localhost:${port}`,
    },
  })
}

/** Resolves once the CMS on `port` reports itself healthy (GET /api/health). */
export function cmsReady(port: number, child?: ChildProcess): Promise<void> {
  return waitForUrl(`http://localhost:${port}/api/health`, 180_000, child)
}

/** Starts the built CMS on `port` and resolves once it is healthy. */
export async function startCms(port: number, env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  const child = spawnCms(port, env)
  await cmsReady(port, child)
  return child
}
