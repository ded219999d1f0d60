import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { mediaDirectory } from '@arkivi/cms/media'
import type { Doc } from '../lib/looseApi.ts'
import { withTransaction } from '../lib/transaction.ts'
import type { OpenBackup } from './archive.ts'
import { BACKUP_COLLECTIONS, VERSIONED_COLLECTIONS, type Manifest } from './layout.ts'

type Version = { parent: number | string; version: Record<string, unknown>; autosave?: boolean; createdAt: string; updatedAt: string }

/**
 * Restores a backup, already unpacked and checked by `openBackup`, into an empty database and
 * media folder: the same documents with the same ids, their version history and every file. It
 * refuses a database or media folder that is not empty, writes the documents in one transaction
 * and removes the copied files again if anything fails. Users come
 * back without passwords (backups hold no secrets) and are given random ones to be reset.
 */
export async function restore(payload: Payload, { manifest, dir: staging }: OpenBackup): Promise<{ manifest: Manifest; users: string[] }> {
  const copied: string[] = []
  try {
    for (const collection of BACKUP_COLLECTIONS) {
      const { totalDocs } = await payload.count({ collection: collection as never, overrideAccess: true })
      if (totalDocs > 0) throw new Error(`restore needs an empty database: ${collection} already has ${totalDocs} documents`)
    }
    const mediaDir = mediaDirectory()
    mkdirSync(mediaDir, { recursive: true })
    for (const name of Object.keys(manifest.entries).filter((entry) => entry.startsWith('media/'))) {
      const target = path.join(mediaDir, path.basename(name))
      if (existsSync(target)) throw new Error(`restore needs an empty media folder: ${target} exists`)
      copyFileSync(path.join(staging, name), target)
      copied.push(target)
    }

    const read = <T>(name: string): T[] => (existsSync(path.join(staging, name)) ? (JSON.parse(readFileSync(path.join(staging, name), 'utf8')) as T[]) : [])
    return await withTransaction(payload, async (req) => {
      const users: string[] = []
      for (const collection of BACKUP_COLLECTIONS) {
        const docs = read<Doc>(`documents/${collection}.json`)
        // Related archive items may point forward; they are linked once every item exists.
        const deferRelated = collection === 'archive-items'
        for (const doc of docs) {
          const data = deferRelated ? { ...doc, related: [] } : doc
          await payload.db.create({ collection: collection as never, data, customID: doc.id, req })
        }
        if (deferRelated) {
          for (const doc of docs) await payload.db.updateOne({ collection, id: doc.id, data: doc, req })
        }
        if (collection === 'users') {
          for (const doc of docs) {
            await payload.update({ collection: 'users', id: doc.id, data: { password: randomBytes(24).toString('base64url') }, overrideAccess: true, req })
            users.push(String(doc.email))
          }
        }
        if (VERSIONED_COLLECTIONS.includes(collection)) {
          for (const version of read<Version>(`versions/${collection}.json`)) {
            await payload.db.createVersion({
              collectionSlug: collection as never,
              parent: version.parent,
              versionData: version.version,
              autosave: Boolean(version.autosave),
              createdAt: version.createdAt,
              updatedAt: version.updatedAt,
              req,
            })
          }
        }
      }
      return { manifest, users }
    })
  } catch (error) {
    for (const file of copied) rmSync(file, { force: true })
    throw error
  }
}
