import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, cliRefusal } from '../cli.ts'

/**
 * Faults around backups, replayed through the real CLIs: a disk that fills up while the archive
 * is written, and archives damaged after they were written.
 */
const DISK_BYTES = 2 * 1024 * 1024

let work: string
let source: Record<string, string>
let good: string

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'arkivi-fault-backup-'))
  source = { DATABASE_URL: `file:${path.join(work, 'source.db')}`, MEDIA_DIR: path.join(work, 'source-media') }
  cli('seed/index.ts', [], source)
  good = path.join(work, 'good.tar.gz')
  cli('backup/index.ts', ['backup', '--out', good], source)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Mounts a small tmpfs on `dir`; returns why not when the machine refuses (not root, a container without CAP_SYS_ADMIN). */
function mountSmallDisk(dir: string): string | undefined {
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', dir], { encoding: 'utf8' })
  return mount.status === 0 ? undefined : (mount.stderr || mount.error?.message || `exit ${mount.status}`).trim()
}
const unmount = (dir: string) => spawnSync('umount', [dir])

const probe = mkdtempSync(path.join(tmpdir(), 'arkivi-mount-probe-'))
const mountRefused = mountSmallDisk(probe)
if (!mountRefused) unmount(probe)
rmSync(probe, { recursive: true, force: true })

describe('a full disk during backup', () => {
  const name = 'exits non-zero naming the file and the full disk, and leaves no file that looks like a backup'
  if (mountRefused) {
    it.skip(`${name} (skipped: mounting a tmpfs was refused: ${mountRefused})`, () => {})
    return
  }
  it(name, () => {
    const disk = mkdtempSync(path.join(tmpdir(), 'arkivi-small-disk-'))
    expect(mountSmallDisk(disk)).toBeUndefined()
    try {
      // Room for half of the archive, whatever size the seed gives it.
      const filler = DISK_BYTES - Math.floor(statSync(good).size / 2)
      if (filler > 0) writeFileSync(path.join(disk, 'filler'), Buffer.alloc(filler))
      const out = path.join(disk, 'arkivi.tar.gz')
      const stderr = cliRefusal('backup/index.ts', ['backup', '--out', out], source)
      expect(stderr).toContain(`backup failed: could not write ${out}: ENOSPC: no space left on device`)
      expect(readdirSync(disk)).toEqual(filler > 0 ? ['filler'] : [])
    } finally {
      unmount(disk)
      rmSync(disk, { recursive: true, force: true })
    }
  })
})

/** The good archive unpacked, changed by `edit` and packed again, with its manifest as it was. */
async function repacked(name: string, edit: (dir: string) => void): Promise<Buffer> {
  const dir = path.join(work, `unpacked-${name}`)
  mkdirSync(dir)
  await tar.extract({ file: good, cwd: dir })
  edit(dir)
  const file = path.join(work, `repacked-${name}.tar.gz`)
  await tar.create({ gzip: true, file, cwd: dir, portable: true }, readdirSync(dir))
  return readFileSync(file)
}

function flipBytes(data: Buffer): Buffer {
  const copy = Buffer.from(data)
  for (let i = 0; i < 16; i += 1) copy[Math.floor(copy.length / 2) + i] ^= 0xff
  return copy
}

const corruptions: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
  ['flipped bytes', () => flipBytes(readFileSync(good)), /damaged or incomplete archive/],
  ['a truncated archive', () => readFileSync(good).subarray(0, Math.floor(statSync(good).size / 2)), /damaged or incomplete archive/],
  [
    'an entry that does not match its checksum in the manifest',
    () =>
      repacked('changed', (dir) => {
        const file = path.join(dir, 'documents/archive-items.json')
        writeFileSync(file, readFileSync(file, 'utf8').replace('ARK-SAMPLE-0001', 'ARK-SAMPLE-0009'))
      }),
    /documents\/archive-items\.json does not match its checksum/,
  ],
  [
    'an entry the manifest lists but the archive lacks',
    () => repacked('missing', (dir) => rmSync(path.join(dir, 'documents/users.json'))),
    /documents\/users\.json is listed in the manifest but missing/,
  ],
  [
    'an entry the manifest does not list',
    () => repacked('extra', (dir) => writeFileSync(path.join(dir, 'documents/users-extra.json'), '[]')),
    /documents\/users-extra\.json is not listed in the manifest/,
  ],
]

describe('a corrupt backup', () => {
  it.each(corruptions)('%s: restore refuses, naming the archive and the damage, and writes nothing', async (name, corrupt, reason) => {
    const slug = name.replace(/\W+/g, '-')
    const archive = path.join(work, `${slug}.tar.gz`)
    writeFileSync(archive, await corrupt())
    const target = { DATABASE_URL: `file:${path.join(work, slug, 'arkivi.db')}`, MEDIA_DIR: path.join(work, slug, 'media') }
    const stderr = cliRefusal('backup/index.ts', ['restore', archive], target)
    expect(stderr).toContain(`restore failed, nothing was restored: ${archive}: `)
    expect(stderr).toMatch(reason)
    // Not even an empty database or media folder was created.
    expect(existsSync(path.join(work, slug))).toBe(false)
  })
})
