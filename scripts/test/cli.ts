import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect } from 'vitest'
import { ROOT } from '../lib/paths.ts'

function runCli(script: string, args: string[], env: Record<string, string>) {
  return spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT, PAYLOAD_JOBS_AUTORUN: 'false', ...env },
    encoding: 'utf8',
    timeout: 170_000,
  })
}

/** Runs one of the project's CLIs against another database, as a person would. */
export function cli(script: string, args: string[], env: Record<string, string>) {
  const result = runCli(script, args, env)
  expect(result.status, `${script} ${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result.stdout
}

/** Runs a CLI that must refuse (exit 1, not a crash or a timeout) and returns what it printed on stderr. */
export function cliRefusal(script: string, args: string[], env: Record<string, string>) {
  const result = runCli(script, args, env)
  expect(result.status, `${script} ${args.join(' ')} should have failed\n${result.stdout}\n${result.stderr}`).toBe(1)
  return result.stderr
}
