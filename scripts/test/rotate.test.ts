import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_NAME, backupName, rotateBackups } from '../backup/rotate.ts'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('backup rotation', () => {
  it('keeps the newest 14 backups by the time in their names and leaves every other file alone', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'arkivi-rotate-'))
    const day = 24 * 60 * 60 * 1000
    const names = Array.from({ length: 17 }, (_, i) => backupName(new Date(Date.UTC(2026, 0, 1) + i * day)))
    for (const name of names) writeFileSync(path.join(dir, name), 'x')
    // The oldest file touched last: its modification time must not save it.
    utimesSync(path.join(dir, names[0]), new Date(), new Date())
    const others = ['notes.txt', `${backupName(new Date(Date.UTC(2025, 0, 1)))}.partial`, 'arkivi-manual.tar.gz']
    for (const name of others) writeFileSync(path.join(dir, name), 'x')

    const deleted = rotateBackups(dir, 14)

    expect(deleted.map((file) => path.basename(file)).sort()).toEqual(names.slice(0, 3))
    expect(readdirSync(dir).sort()).toEqual([...names.slice(3), ...others].sort())
  })

  it('names backups so that they sort by time', () => {
    const earlier = backupName(new Date('2026-03-09T23:59:59.999Z'))
    const later = backupName(new Date('2026-03-10T00:00:00.000Z'))
    expect(earlier).toMatch(BACKUP_NAME)
    expect([later, earlier].sort()).toEqual([earlier, later])
  })
})
