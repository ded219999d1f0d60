/**
 * `npm run export -- --format csv|json [--out DIR]`: writes every archive item, with its files,
 * in the format `npm run import` reads. `npm run export -- --all [--out DIR]` writes every
 * collection as JSON with natural keys instead of ids. The output holds staff-only notes: keep it
 * private.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../lib/env.ts'
import { getCmsPayload } from '../lib/payload.ts'
import { exportCollections } from '../exchange/exportAll.ts'
import { exportArchive } from './exportArchive.ts'

const { values } = parseArgs({ options: { format: { type: 'string', default: 'csv' }, out: { type: 'string' }, all: { type: 'boolean', default: false } } })
if (values.format !== 'csv' && values.format !== 'json') {
  console.error('usage: npm run export -- --format csv|json [--out DIR] | --all [--out DIR]')
  process.exit(2)
}
const outDir = path.resolve(env().INIT_CWD, values.out ?? path.join('exports', new Date().toISOString().slice(0, 10)))
const payload = await getCmsPayload()
let exitCode = 0
try {
  if (values.all) {
    const written = await exportCollections(payload, outDir)
    console.log(
      `export: ${Object.entries(written)
        .map(([name, count]) => `${name} ${count}`)
        .join(', ')} written to ${outDir}`,
    )
  } else {
    const { file, items, files } = await exportArchive(payload, values.format, outDir)
    console.log(`export: ${items} archive items and ${files} files written to ${file}`)
  }
} catch (error) {
  console.error(`export failed: ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  await payload.destroy()
  process.exit(exitCode)
}
