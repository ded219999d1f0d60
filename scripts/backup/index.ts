/**
 * `npm run backup [-- --out FILE | --dir DIR [--keep N]]` and `npm run restore -- <FILE>`: a
 * whole-archive backup of the CMS (documents in every locale, drafts and versions, users without
 * secrets, media files) and its restore into an empty database. `--keep N` deletes all but the
 * newest N backups in DIR once the new one is written (the backup timer in deploy/ uses it). See
 * README, "Backup and restore".
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { env } from '../lib/env.ts'
import { getCmsPayload } from '../lib/payload.ts'
import { openBackup, type OpenBackup } from './archive.ts'
import { backup } from './backup.ts'
import { restore } from './restore.ts'
import { backupName, rotateBackups } from './rotate.ts'

const [command, ...rest] = process.argv.slice(2)
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { out: { type: 'string' }, dir: { type: 'string' }, keep: { type: 'string' } },
})
const here = env().INIT_CWD

const usage = 'usage: npm run backup [-- --out FILE | --dir DIR [--keep N]] | npm run restore -- <FILE>'
const keep = values.keep === undefined ? undefined : Number(values.keep)
if (
  (command !== 'backup' && command !== 'restore') ||
  (values.out !== undefined && values.dir !== undefined) ||
  (keep !== undefined && (values.dir === undefined || !Number.isInteger(keep) || keep < 1))
) {
  console.error(usage)
  process.exit(2)
}
if (command === 'restore' && positionals.length !== 1) {
  console.error('usage: npm run restore -- <FILE>')
  process.exit(2)
}

let payload: Payload | undefined
let opened: OpenBackup | undefined
let exitCode = 0
try {
  if (command === 'backup') {
    payload = await getCmsPayload()
    const archive = path.resolve(here, values.out ?? path.join(values.dir ?? 'backups', backupName()))
    const manifest = await backup(payload, archive)
    const counts = Object.entries(manifest.counts).map(([name, { documents, versions }]) => `${name} ${documents}${versions ? ` (+${versions} versions)` : ''}`)
    const files = Object.keys(manifest.entries).filter((entry) => entry.startsWith('media/')).length
    console.log(`backup: ${archive}\n  ${counts.join(', ')}; ${files} media files`)
    if (keep !== undefined) {
      for (const file of rotateBackups(path.dirname(archive), keep)) console.log(`  deleted old backup ${file}`)
    }
  } else {
    const archive = path.resolve(here, positionals[0])
    // Checked before the database is opened: a bad archive creates nothing, not even a database.
    opened = await openBackup(archive)
    payload = await getCmsPayload()
    const { manifest, users } = await restore(payload, opened)
    console.log(`restore: ${archive} (made ${manifest.createdAt}) restored`)
    if (users.length > 0) {
      console.log(`  ${users.length} users restored without passwords; set new ones with: npm run user:password -- <email>`)
    }
  }
} catch (error) {
  console.error(`${command} failed${command === 'restore' ? ', nothing was restored' : ''}: ${error instanceof Error ? error.message : error}`)
  exitCode = 1
} finally {
  opened?.close()
  await payload?.destroy()
  process.exit(exitCode)
}
