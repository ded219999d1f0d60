import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVELOPMENT_SECRET } from '@arkivi/cms/env'
import { buildCms, cmsReady, throwawayCmsEnv } from '../lib/cms.ts'
import { ROOT } from '../lib/paths.ts'
import { freePort } from '../lib/ports.ts'
import { stop } from '../lib/processes.ts'
import { MALLOC_ARENA_MAX, V8_MEMORY_FLAGS } from '@arkivi/cms/memory-settings'

/**
 * `npm run cms:start`, the production start, as an operator runs it: each configuration a
 * production CMS must not run with stops it before it listens, with the variable named.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-cms-start-'))
const running: ChildProcess[] = []
beforeAll(() => buildCms(throwawayCmsEnv(dir)), 900_000)
afterAll(() => {
  running.forEach((child) => stop(child))
  rmSync(dir, { recursive: true, force: true })
})

type Started = { child: ChildProcess; output: () => string; exit: Promise<number | null> }

function cmsStart(port: number, overrides: Record<string, string | undefined>): Started {
  const env: Record<string, string | undefined> = throwawayCmsEnv(dir, { CMS_PORT: String(port), CMS_URL: `http://localhost:${port}` })
  // Whatever the test runner's own environment holds must not decide the outcome.
  delete env.BUILD_HOOK_URL
  delete env.REBUILD_RUNNER_URL
  delete env.NODE_ENV
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  const child = spawn('npm', ['run', '--silent', 'cms:start'], { cwd: ROOT, env: env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exit }
}

async function refusal(overrides: Record<string, string | undefined>): Promise<string> {
  const started = cmsStart(await freePort(), overrides)
  expect(await started.exit).toBe(1)
  expect(started.output()).toContain('Arkivi CMS: refusing to start.')
  return started.output()
}

describe('npm run cms:start (production)', () => {
  it.each([
    ['missing', undefined],
    ['the development default', DEVELOPMENT_SECRET],
    ['shorter than 32 characters', 'x'.repeat(31)],
  ])('refuses a PAYLOAD_SECRET that is %s', async (_, secret) => {
    expect(await refusal({ PAYLOAD_SECRET: secret })).toMatch(/PAYLOAD_SECRET: a production start needs a secret of at least 32 characters/)
  })

  it.each(['http://cms.example.org', 'http://10.0.0.5:3000', 'ftp://localhost'])('refuses CMS_URL=%s (not https, not loopback)', async (url) => {
    expect(await refusal({ CMS_URL: url })).toContain(
      `CMS_URL: a production start needs an https:// address (http:// only for localhost, 127.0.0.1 or ::1), got "${url}"`,
    )
  })

  it('starts on a loopback http CMS_URL and warns loudly that without BUILD_HOOK_URL publishing rebuilds nothing', async () => {
    const port = await freePort()
    const started = cmsStart(port, { CMS_URL: `http://127.0.0.1:${port}` })
    await cmsReady(port, started.child)
    expect(started.output()).toContain('*** WARNING: BUILD_HOOK_URL is not set: publishing will NOT rebuild the public site.')
    stop(started.child)
    await started.exit
  })

  it('starts on an https CMS_URL with a build hook, with no warning', async () => {
    const port = await freePort()
    const started = cmsStart(port, {
      CMS_URL: 'https://cms.example.org',
      BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/arkivi-test',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    })
    await cmsReady(port, started.child)
    expect(started.output()).not.toContain('WARNING')
    stop(started.child)
    await started.exit
  })

  it('runs the server with its memory settings, re-executed in the process it was started as', async () => {
    const port = await freePort()
    const started = cmsStart(port, { CMS_URL: `http://127.0.0.1:${port}`, MALLOC_ARENA_MAX: undefined })
    await cmsReady(port, started.child)
    // npm → sh → node server.ts: exactly one node process below the shell, holding the settings.
    const servers = descendants(started.child.pid!).filter(
      (pid) => path.basename(commandLine(pid)[0] ?? '') === 'node' && commandLine(pid).some((arg) => arg.endsWith('server.ts')),
    )
    expect(servers).toHaveLength(1)
    expect(commandLine(servers[0])).toEqual(expect.arrayContaining(V8_MEMORY_FLAGS))
    expect(environment(servers[0])).toContain(`MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX}`)
    stop(started.child)
    await started.exit
  })
})

/** A process's NUL-separated /proc file as a list; empty when the process ended meanwhile. */
function readProc(pid: number, file: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0').filter(Boolean)
  } catch {
    return []
  }
}
const commandLine = (pid: number) => readProc(pid, 'cmdline')
const environment = (pid: number) => readProc(pid, 'environ')

/** Every process below `root`, from the parent ids in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while the list was read.
    }
  }
  const below = (pid: number): number[] => [...parentOf].filter(([, parent]) => parent === pid).flatMap(([child]) => [child, ...below(child)])
  return below(root)
}
