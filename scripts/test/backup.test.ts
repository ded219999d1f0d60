import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as tar from 'tar'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { backup } from '../backup/backup.ts'
import { BACKUP_COLLECTIONS, VERSIONED_COLLECTIONS, type Manifest } from '../backup/layout.ts'
import { BACKUP_NAME } from '../backup/rotate.ts'
import { cli } from './cli.ts'
import { seededPayload } from './seededPayload.ts'

const t = seededPayload('backup')
let payload: Payload
let work: string

beforeAll(async () => {
  ;({ payload, work } = t)
  // A published item with an unpublished draft on top: both states must survive.
  const [item] = (await payload.find({ collection: 'archive-items', where: { identifier: { equals: 'ARK-SAMPLE-0001' } } })).docs
  await payload.update({ collection: 'archive-items', id: item.id, data: { title: 'Titull i ri në skicë' }, draft: true, locale: 'sq' })
})

async function unpack(archive: string, into: string) {
  mkdirSync(into, { recursive: true })
  await tar.extract({ file: archive, cwd: into })
  const manifest = JSON.parse(readFileSync(path.join(into, 'manifest.json'), 'utf8')) as Manifest
  const json = (name: string) => JSON.parse(readFileSync(path.join(into, name), 'utf8')) as Record<string, unknown>[]
  return { manifest, json }
}

/** Versions get new ids on restore; everything else must be identical. */
const withoutIds = (versions: Record<string, unknown>[]) => versions.map(({ id: _id, ...rest }) => rest)
/** Restored users have new (unknown) passwords, which touches updatedAt. */
const withoutUpdatedAt = (docs: Record<string, unknown>[]) => docs.map(({ updatedAt: _u, ...rest }) => rest)

describe('backup and restore', () => {
  it('a backup holds every document, version and file, with checksums and no secrets', async () => {
    const archive = path.join(work, 'first.tar.gz')
    const manifest = await backup(payload, archive)
    expect(manifest.counts['archive-items'].documents).toBe(6)
    expect(manifest.counts['archive-items'].versions).toBeGreaterThan(6)
    expect(manifest.counts.users.documents).toBe(3)
    const mediaEntries = Object.keys(manifest.entries).filter((name) => name.startsWith('media/'))
    expect(mediaEntries.length).toBe(readdirSync(t.mediaDir).length)
    const { json } = await unpack(archive, path.join(work, 'first'))
    for (const user of json('documents/users.json')) {
      expect(user).not.toHaveProperty('hash')
      expect(user).not.toHaveProperty('salt')
    }
  })

  it('restoring into an empty database gives back the same documents, versions and files', async () => {
    const target = {
      DATABASE_URL: `file:${path.join(work, 'restored.db')}`,
      MEDIA_DIR: path.join(work, 'restored-media'),
    }
    const first = path.join(work, 'first.tar.gz')
    expect(cli('backup/index.ts', ['restore', first], target)).toMatch(/restored\n.*3 users restored without passwords/)
    const second = path.join(work, 'second.tar.gz')
    cli('backup/index.ts', ['backup', '--out', second], target)

    const a = await unpack(first, path.join(work, 'a'))
    const b = await unpack(second, path.join(work, 'b'))
    for (const collection of BACKUP_COLLECTIONS) {
      const name = `documents/${collection}.json`
      if (collection === 'users') expect(withoutUpdatedAt(b.json(name))).toEqual(withoutUpdatedAt(a.json(name)))
      else expect(b.json(name), name).toEqual(a.json(name))
    }
    for (const collection of VERSIONED_COLLECTIONS) {
      const name = `versions/${collection}.json`
      expect(withoutIds(b.json(name)), name).toEqual(withoutIds(a.json(name)))
    }
    const files = (manifest: Manifest) => Object.fromEntries(Object.entries(manifest.entries).filter(([name]) => name.startsWith('media/')))
    expect(files(b.manifest)).toEqual(files(a.manifest))
  })

  it('refuses to restore into a database that has content, changing nothing', async () => {
    const target = { DATABASE_URL: `file:${path.join(work, 'restored.db')}`, MEDIA_DIR: path.join(work, 'restored-media') }
    const before = readdirSync(target.MEDIA_DIR).sort()
    expect(() => cli('backup/index.ts', ['restore', path.join(work, 'first.tar.gz')], target)).toThrow(/needs an empty (database|media folder)/)
    expect(readdirSync(target.MEDIA_DIR).sort()).toEqual(before)
  })

  it('with --dir and --keep, keeps the newest backups in the folder once a new one is written (the backup timer)', () => {
    const target = { DATABASE_URL: `file:${path.join(work, 'restored.db')}`, MEDIA_DIR: path.join(work, 'restored-media') }
    const dir = path.join(work, 'rotated')
    const written = [1, 2, 3].map((run) => {
      const output = cli('backup/index.ts', ['backup', '--dir', dir, '--keep', '2'], target)
      if (run === 3) expect(output).toMatch(/deleted old backup .*arkivi-.*\.tar\.gz/)
      return path.basename(/^backup: (.*)$/m.exec(output)![1])
    })
    expect(written.every((name) => BACKUP_NAME.test(name))).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(written.slice(1).sort())
  })
})
