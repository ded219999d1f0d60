/**
 * `npm run import -- <file.csv|file.json> [--dry-run]`: imports archive items (see README,
 * "Import and export"). Every row is validated first and every problem is listed (row, column,
 * value, reason); a real run then writes all rows or none.
 * `npm run import -- <folder> [--dry-run]`: imports a folder written by `npm run export -- --all`.
 * The reading, planning and writing are the CMS's (`@arkivi/cms/import`), shared with the admin's
 * import view; this prints the problems in English.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importCollections } from '../exchange/importAll.ts'
import { env } from '../lib/env.ts'
import { getCmsPayload } from '../lib/payload.ts'
import { progress } from '../lib/progress.ts'
import type { ImportProblem } from '@arkivi/content-schemas'
import { describeProblem, folderSource, planImport, writeImport } from '@arkivi/cms/import'
import { readRecords } from './read.ts'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } })
if (positionals.length !== 1) {
  console.error('usage: npm run import -- <file.csv|file.json|export folder> [--dry-run]')
  process.exit(2)
}
const file = path.resolve(env().INIT_CWD, positionals[0])

function report(problems: ImportProblem[]) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}:`)
  console.table(
    problems
      .map((problem) => describeProblem(problem, 'en'))
      .map(({ row, column, value, reason }) => ({ row, column, value: value.length > 60 ? `${value.slice(0, 57)}...` : value, reason })),
  )
}

const payload = await getCmsPayload()
let exitCode = 0
try {
  if (statSync(file).isDirectory()) {
    const counts = await importCollections(payload, file, { dryRun: values['dry-run'] })
    const summary = Object.entries(counts)
      .map(([name, { created, updated }]) => `${name} ${created} created, ${updated} updated`)
      .join('; ')
    console.log(values['dry-run'] ? `dry run: valid; would write ${summary}` : `import: ${summary}`)
  } else {
    const records = readRecords(file)
    const plan = await planImport(payload, records, folderSource(path.dirname(file)))
    const creates = plan.items.filter((item) => item.existingId === undefined).length
    if (plan.problems.length > 0) {
      report(plan.problems)
      console.error(values['dry-run'] ? 'dry run: nothing would be written until these are fixed' : 'nothing was written')
      exitCode = 1
    } else if (values['dry-run']) {
      console.log(`dry run: ${records.length} rows valid; would create ${creates} and update ${plan.items.length - creates} archive items`)
    } else {
      const bar = progress('import', plan.items.length)
      const result = await writeImport(payload, plan, (label) => bar.tick(label))
      bar.stop()
      console.log(`import: ${result.created} created, ${result.updated} updated, ${result.files} files stored`)
    }
  }
} catch (error) {
  console.error(`import failed, nothing was written: ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await payload.destroy()
  process.exit(exitCode)
}
