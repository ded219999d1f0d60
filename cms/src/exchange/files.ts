import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ImportProblem } from '@arkivi/content-schemas'
import yauzl from 'yauzl'

/**
 * Where the files an import names (the `files` column, e.g. `files/photo.png`) come from: the
 * folder beside the import file (command line) or a zip uploaded with it (admin).
 */
export type FileSource = {
  /** Where the files were looked for, as a problem names it. */
  where: string
  /** The file's bytes, or undefined when there is no such file. */
  read: (relative: string) => Promise<Buffer | undefined>
}

/** Files relative to a folder (the import file's). */
export function folderSource(dir: string): FileSource {
  return {
    where: dir,
    read: async (relative) => {
      const absolute = path.resolve(dir, relative)
      const info = await stat(absolute).catch(() => null)
      return info?.isFile() ? readFile(absolute) : undefined
    },
  }
}

/** Bounds on an uploaded zip, checked before and while it is inflated. */
export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number }

const zipProblem = (code: ImportProblem['code'], value: string, params: Record<string, string> = {}): ImportProblem => ({
  row: { kind: 'file' },
  column: 'files',
  value,
  code,
  params,
})

/** A name inside the zip as the `files` column writes it: forward slashes, no `./`. */
const zipKey = (name: string) => path.posix.normalize(name.replaceAll('\\', '/')).replace(/^\.\//, '')

/**
 * The files of an uploaded zip, held in memory (nothing is written to disk, so no entry can land
 * outside a folder), or the problem that refused it. Refused: a path that is absolute or climbs
 * out with `..` (zip-slip), more than `maxEntries` entries, an entry above `maxEntryBytes` or all
 * above `maxTotalBytes` once inflated (zip bomb). Sizes are checked against the declared sizes
 * before inflating and, since a declaration can lie, against the bytes actually inflated
 * (yauzl's `validateEntrySizes`).
 */
export async function zipSource(zip: Buffer, name: string, limits: ZipLimits): Promise<{ source: FileSource } | { problem: ImportProblem }> {
  const files = new Map<string, Buffer>()
  try {
    const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
    )
    if (archive.entryCount > limits.maxEntries) return { problem: zipProblem('zipTooManyEntries', name, { max: String(limits.maxEntries) }) }
    let total = 0
    const refused = await new Promise<ImportProblem | null>((resolve, reject) => {
      archive.on('error', reject)
      archive.on('end', () => resolve(null))
      archive.on('entry', (entry: yauzl.Entry) => {
        const key = zipKey(entry.fileName)
        if (entry.fileName.endsWith('/')) return archive.readEntry()
        total += entry.uncompressedSize
        if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
          archive.close()
          return resolve(zipProblem('zipTooLarge', entry.fileName, { max: `${Math.floor(limits.maxTotalBytes / 1024 / 1024)} MB` }))
        }
        archive.openReadStream(entry, (error, stream) => {
          if (error) return reject(error)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            files.set(key, Buffer.concat(chunks))
            archive.readEntry()
          })
        })
      })
      archive.readEntry()
    })
    if (refused) return { problem: refused }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // yauzl refuses absolute names and `..` before an entry is seen, and an entry that inflates past its declared size.
    if (/relative path|absolute path|invalid characters/.test(message)) return { problem: zipProblem('zipUnsafePath', message.replace(/^.*?: /, '')) }
    if (/too many bytes/.test(message)) return { problem: zipProblem('zipTooLarge', name, { max: `${Math.floor(limits.maxTotalBytes / 1024 / 1024)} MB` }) }
    return { problem: zipProblem('zipInvalid', name, { detail: message }) }
  }
  return { source: { where: name, read: async (relative) => files.get(zipKey(relative)) } }
}
