import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { throwawayCmsEnv } from '../lib/cms.ts'
import { ROOT } from '../lib/paths.ts'
import { freePort } from '../lib/ports.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-start-gives-up-'))
let blocker: Server | undefined
afterAll(() => {
  blocker?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('npm start', () => {
  it('gives up on a CMS that crashes at every start (its port is taken), with a message and exit status 1', { timeout: 600_000 }, async () => {
    const port = await freePort()
    blocker = createServer()
    await new Promise<void>((resolve) => blocker!.listen(port, resolve))
    const env = throwawayCmsEnv(dir, { CMS_PORT: String(port), SITE_PORT: String(await freePort()), REBUILD_RUNNER_PORT: String(await freePort()) })
    const result = spawnSync('npm', ['start'], { cwd: ROOT, env, encoding: 'utf8', timeout: 570_000 })
    const output = result.stdout + result.stderr
    expect(result.status, output).toBe(1)
    expect(output.match(/cms: exited unexpectedly \(exit code 1\); restarting in \d+ ms/g)).toHaveLength(4)
    expect(output).toContain('cms: cms crashed 5 times within 60 s (last: exit code 1); giving up')
    expect(output).toContain('arkivi: the CMS keeps crashing; stopping.')
    expect(output).not.toContain('Arkivi is running.')
  })
})
