/**
 * `npm test`: every test layer through vitest, then one plain closing line
 * `N passed, N failed, N skipped` for CI. Exits non-zero when anything failed or nothing ran.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/paths.ts'
import { run } from './lib/processes.ts'

type JsonReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numTotalTests: number
  success: boolean
}

const resultsDir = path.join(ROOT, '.test-tmp')
const resultsFile = path.join(resultsDir, 'vitest-results.json')
rmSync(resultsFile, { force: true })
mkdirSync(resultsDir, { recursive: true })

let runnerError: unknown = null
try {
  await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
} catch (error) {
  runnerError = error
}

let report: JsonReport | null = null
try {
  report = JSON.parse(readFileSync(resultsFile, 'utf8')) as JsonReport
} catch {
  console.error(`no test results at ${resultsFile}: the runner failed before reporting`)
}
const passed = report?.numPassedTests ?? 0
const failed = (report?.numFailedTests ?? 0) + (report === null || (runnerError && report.numFailedTests === 0) ? 1 : 0)
const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exitCode = failed > 0 || passed === 0 ? 1 : 0
