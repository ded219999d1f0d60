/**
 * A stage's own process: `node --import tsx worker.ts <stage> <input.json> <output.json>` runs
 * stages/<stage>.ts with the given input and writes what it returns. Each stage runs alone in a
 * process so that its peak memory is its own (see runStage in stage.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'

const [stage, inputFile, outputFile] = process.argv.slice(2)
const module = (await import(`./stages/${stage}.ts`)) as { default: (input: unknown) => Promise<unknown> }
try {
  const output = await module.default(JSON.parse(readFileSync(inputFile, 'utf8')))
  writeFileSync(outputFile, JSON.stringify(output))
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  // Payload's database client and job scheduler keep handles open; the stage is done.
  process.exit()
}
