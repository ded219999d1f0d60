import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildCms, cmsReady, spawnCms, throwawayCmsEnv } from '../lib/cms.ts'
import { freePort } from '../lib/ports.ts'
import { waitForUrl } from '../lib/processes.ts'
import { supervise, type Supervisor } from '../lib/supervise.ts'

const dirs: string[] = []
const supervisors: Supervisor[] = []
afterAll(async () => {
  await Promise.all(supervisors.map((supervisor) => supervisor.stop()))
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const crashing = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('supervise', () => {
  it('brings the real CMS back after SIGKILL, serving and healthy, and stop() ends it for good', { timeout: 900_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-supervise-'))
    dirs.push(dir)
    // The job runner on, so /api/health reports on a live one.
    const env = throwawayCmsEnv(dir, { PAYLOAD_JOBS_AUTORUN: 'true' })
    await buildCms(env)
    const port = await freePort()
    const log: string[] = []
    const cms = supervise({ name: 'cms', spawn: () => spawnCms(port, env), ready: (child) => cmsReady(port, child), log: (line) => log.push(line) })
    supervisors.push(cms)
    await cms.ready
    const first = cms.current()

    process.kill(first.pid!, 'SIGKILL')
    await until(() => cms.current() !== first, 10_000)
    await cmsReady(port, cms.current())

    await until(() => log.length >= 2, 30_000)
    const health = await fetch(`http://localhost:${port}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok', jobs: 'ok' })
    expect(log[0]).toMatch(/^cms: exited unexpectedly \(signal SIGKILL\); restarting in 1000 ms/)
    expect(log[1]).toBe(`cms: back up (pid ${cms.current().pid})`)

    const second = cms.current()
    await cms.stop()
    expect(second.signalCode ?? second.exitCode).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(cms.current()).toBe(second)
    await expect(fetch(`http://localhost:${port}/api/health`)).rejects.toThrow()
    expect(log).toHaveLength(2)
  })

  it('gives up after 5 crashes within 60 s, waiting twice as long after each, and says why', async () => {
    const log: string[] = []
    // As `npm start` waits for its CMS: for an answer that never comes, since every instance dies first.
    const port = await freePort()
    const supervisor = supervise({
      name: 'always-crashes',
      spawn: crashing,
      ready: (child) => waitForUrl(`http://127.0.0.1:${port}/`, 60_000, child),
      baseDelayMs: 50,
      log: (line) => log.push(line),
    })
    supervisors.push(supervisor)
    await expect(supervisor.ended).rejects.toThrow('always-crashes crashed 5 times within 60 s (last: exit code 3); giving up')
    await expect(supervisor.ready).rejects.toThrow(/giving up/)
    expect(log).toEqual([
      ...[50, 100, 200, 400].map((delay, i) => `always-crashes: exited unexpectedly (exit code 3); restarting in ${delay} ms (crash ${i + 1} of 5 allowed within 60 s)`),
      'always-crashes: always-crashes crashed 5 times within 60 s (last: exit code 3); giving up',
    ])
  })

  it('forgets crashes older than the window: occasional crashes are restarted indefinitely', async () => {
    const log: string[] = []
    const supervisor = supervise({ name: 'rarely-crashes', spawn: crashing, windowMs: 30, baseDelayMs: 60, maxCrashes: 2, log: (line) => log.push(line) })
    supervisors.push(supervisor)
    await until(() => log.length >= 6, 10_000)
    await supervisor.stop()
    await expect(supervisor.ended).resolves.toBeUndefined()
    expect(log.every((line) => line.includes('restarting in 60 ms (crash 1 of 2'))).toBe(true)
  })
})
