import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import * as tar from 'tar'
import { mediaDirectory } from '../../cms/src/collections/Media/limits.ts'
import { looseApi } from '../lib/looseApi.ts'
import { BACKUP_COLLECTIONS, FORMAT, FORMAT_VERSION, MANIFEST, USER_SECRET_FIELDS, VERSIONED_COLLECTIONS, type Manifest } from './layout.ts'

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

function withoutSecrets(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !(USER_SECRET_FIELDS as readonly string[]).includes(key)))
}

/**
 * Writes one .tar.gz holding every document of every collection in every locale (drafts and
 * version history included), the users without their secrets, every media file, and a manifest
 * with each entry's SHA-256. Documents are read at depth 0, so relations are ids.
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
      const { docs } = await api.find({ collection, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'id', showHiddenFields: collection !== 'users' })
      const documents = collection === 'users' ? docs.map(withoutSecrets) : docs
      write(`documents/${collection}.json`, Buffer.from(JSON.stringify(documents, null, 1)))
      let versions = 0
      if ((VERSIONED_COLLECTIONS as readonly string[]).includes(collection)) {
        const found = await payload.findVersions({ collection: collection as never, locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
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
    mkdirSync(path.dirname(archive), { recursive: true })
    // Written under another name and renamed when complete: an interrupted backup never looks
    // like a finished one (and backup rotation never counts it).
    const partial = `${archive}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST, ...Object.keys(manifest.entries)])
    renameSync(partial, archive)
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
