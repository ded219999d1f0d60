import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { FORMAT, MANIFEST, type Manifest } from './layout.ts'

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** A backup unpacked into a temporary folder and checked entry by entry; `close` removes the folder. */
export type OpenBackup = { archive: string; manifest: Manifest; dir: string; close: () => void }

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

function readManifest(archive: string, dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  if (!existsSync(file)) throw new Error(`${archive}: no ${MANIFEST}; not an Arkivi backup`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  } catch (error) {
    throw new Error(`${archive}: ${MANIFEST} is not valid JSON (${errorMessage(error)})`, { cause: error })
  }
  if (manifest.format !== FORMAT) throw new Error(`${archive}: format "${manifest.format}" is not ${FORMAT}`)
  return manifest
}

/**
 * Unpacks a backup and checks it before anything trusts it: a readable gzip and tar to the end
 * (strict: a damaged or truncated archive is an error, not a warning), a manifest, every entry
 * it lists with its size and SHA-256, and nothing it does not list.
 */
export async function openBackup(archive: string): Promise<OpenBackup> {
  const dir = mkdtempSync(path.join(tmpdir(), 'arkivi-backup-check-'))
  const close = () => rmSync(dir, { recursive: true, force: true })
  try {
    try {
      await tar.extract({ file: archive, cwd: dir, strict: true })
    } catch (error) {
      throw new Error(`${archive}: damaged or incomplete archive (${errorMessage(error)})`, { cause: error })
    }
    const manifest = readManifest(archive, dir)
    for (const [name, { size, sha256: expected }] of Object.entries(manifest.entries)) {
      const file = path.join(dir, name)
      if (!existsSync(file)) throw new Error(`${archive}: ${name} is listed in the manifest but missing`)
      const data = readFileSync(file)
      if (data.length !== size || sha256(data) !== expected) throw new Error(`${archive}: ${name} does not match its checksum`)
    }
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const name = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
      if (entry.isFile() && name !== MANIFEST && !(name in manifest.entries)) throw new Error(`${archive}: ${name} is not listed in the manifest`)
    }
    return { archive, manifest, dir, close }
  } catch (error) {
    close()
    throw error
  }
}
