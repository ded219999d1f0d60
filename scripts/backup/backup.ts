import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import * as tar from 'tar'
import { mediaDirectory } from '@arkivi/cms/media'
import { looseApi } from '../lib/looseApi.ts'
import { openBackup, sha256 } from './archive.ts'
import { BACKUP_COLLECTIONS, FORMAT, FORMAT_VERSION, MANIFEST, USER_SECRET_FIELDS, VERSIONED_COLLECTIONS, type Manifest } from './layout.ts'

function withoutSecrets(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !(USER_SECRET_FIELDS as readonly string[]).includes(key)))
}

/**
 * Writes the archive under a temporary name beside its destination, flushes it to the disk, reads
 * it back against its manifest and only then renames it (atomic within one folder). A backup that
 * fails, a full disk say, removes its partial file; one that is killed leaves only a `.partial`
 * file: nothing that looks like a complete backup.
 */
async function writeArchive(staging: string, entries: string[], archive: string): Promise<void> {
  mkdirSync(path.dirname(archive), { recursive: true })
  const partial = path.join(path.dirname(archive), `.${path.basename(archive)}.partial`)
  try {
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, entries)
    const fd = openSync(partial, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    const written = await openBackup(partial)
    written.close()
    renameSync(partial, archive)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new Error(`could not write ${archive}: ${error instanceof Error ? error.message : error}`, { cause: error })
  }
}

/**
 * Writes one .tar.gz holding every document of every collection in every locale (drafts and
 * version history included), the users without their secrets, every media file, and a manifest
 * with each entry's SHA-256, verified before it gets its name (see writeArchive). Documents are
 * read at depth 0, so relations are ids.
 */
export async function backup(payload: Payload, archive: string): Promise<Manifest> {
  const api = looseApi(payload)
  const staging = mkdtempSync(path.join(tmpdir(), 'arkivi-backup-'))
  try {
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: payload.db.name,
      entries: {},
      counts: {},
    }
    const write = (name: string, data: Buffer) => {
      mkdirSync(path.dirname(path.join(staging, name)), { recursive: true })
      writeFileSync(path.join(staging, name), data)
      manifest.entries[name] = { size: data.length, sha256: sha256(data) }
    }
    for (const collection of BACKUP_COLLECTIONS) {
      const { docs } = await api.find({
        collection,
        locale: 'all',
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'id',
        showHiddenFields: collection !== 'users',
      })
      const documents = collection === 'users' ? docs.map(withoutSecrets) : docs
      write(`documents/${collection}.json`, Buffer.from(JSON.stringify(documents, null, 1)))
      let versions = 0
      if (VERSIONED_COLLECTIONS.includes(collection)) {
        const found = await payload.findVersions({
          collection: collection as never,
          locale: 'all',
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          sort: 'createdAt',
        })
        versions = found.docs.length
        write(`versions/${collection}.json`, Buffer.from(JSON.stringify(found.docs, null, 1)))
      }
      manifest.counts[collection] = { documents: documents.length, versions }
    }
    const mediaDir = mediaDirectory()
    if (existsSync(mediaDir)) {
      for (const name of readdirSync(mediaDir).sort()) {
        if (statSync(path.join(mediaDir, name)).isFile()) write(`media/${name}`, readFileSync(path.join(mediaDir, name)))
      }
    }
    writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    await writeArchive(staging, [MANIFEST, ...Object.keys(manifest.entries)], archive)
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
