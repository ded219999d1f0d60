import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from '../lib/paths.ts'
import { measure } from './measure.ts'

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')

export type StageRun<T> = { output: T; ms: number; peakRssBytes: number }

/**
 * Runs stages/<stage>.ts in a process of its own (Node 24 with tsx, no npx wrapper in the
 * measured tree) and returns its output with its wall time and peak RSS. Input and output pass
 * through JSON files in `workDir`.
 */
export async function runStage<T>(stage: string, input: unknown, { workDir, env = process.env }: { workDir: string; env?: NodeJS.ProcessEnv }): Promise<StageRun<T>> {
  const inputFile = path.join(workDir, `${stage}.input.json`)
  const outputFile = path.join(workDir, `${stage}.output.json`)
  writeFileSync(inputFile, JSON.stringify(input))
  const measured = await measure(process.execPath, ['--import', 'tsx', WORKER, stage, inputFile, outputFile], { cwd: ROOT, env, echo: stage })
  if (measured.code !== 0) {
    const tail = measured.lines
      .slice(-30)
      .map((line) => line.text)
      .join('\n')
    throw new Error(`bench stage "${stage}" failed (exit ${measured.code}):\n${tail}`)
  }
  const output = JSON.parse(readFileSync(outputFile, 'utf8')) as T
  return { output, ms: measured.ms, peakRssBytes: measured.peakRssBytes }
}
