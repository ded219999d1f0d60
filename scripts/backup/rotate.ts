import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** The name `npm run backup -- --dir DIR` gives each backup: sortable by time as plain text. */
export const BACKUP_NAME = /^arkivi-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/

export function backupName(date = new Date()): string {
  return `arkivi-${date.toISOString().replace(/[:.]/g, '-')}.tar.gz`
}

/**
 * Keeps the newest `keep` backups in `dir` and deletes the older ones, judging age by the time in
 * the name (a copied or touched file keeps its place). Files of any other name are left alone.
 * Returns the deleted paths.
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
  const old = backups.slice(keep).map((name) => path.join(dir, name))
  for (const file of old) rmSync(file)
  return old
}
