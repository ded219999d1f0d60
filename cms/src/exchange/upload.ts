import type { ImportProblem } from '@arkivi/content-schemas'
import type { Payload } from 'payload'
import { maxUploadBytes } from '../collections/Media/limits.ts'
import { zipSource, type FileSource, type ZipLimits } from './files.ts'
import { planImport, type ImportPlan } from './plan.ts'
import { parseRecords, recordsFormat } from './read.ts'

/** An import as the admin uploads it: the records file and, optionally, a zip of the files it names. */
export type ImportUpload = { records: { name: string; text: string }; zip?: { name: string; data: Buffer } }

/** A zip may hold as many files as a large import names, each no larger than a media upload. */
export function zipLimits(): ZipLimits {
  return { maxEntries: 1000, maxEntryBytes: maxUploadBytes(), maxTotalBytes: 4 * maxUploadBytes() }
}

const noFiles: FileSource = { where: '(no zip)', read: async () => undefined }

const fileProblem = (code: ImportProblem['code'], value: string, params: Record<string, string>): ImportProblem => ({
  row: { kind: 'file' },
  column: '',
  value,
  code,
  params,
})

/**
 * The dry run of an uploaded import: its records read and planned exactly as the command line
 * plans a file (plan.ts), with a file that cannot be read or an unsafe zip as problems too.
 */
export async function planUpload(payload: Payload, upload: ImportUpload): Promise<ImportPlan & { rows: number }> {
  const format = recordsFormat(upload.records.name)
  if (!format) return { items: [], rows: 0, problems: [fileProblem('unreadable', upload.records.name, { detail: 'use .csv or .json' })] }
  let records
  try {
    records = parseRecords(upload.records.text, format)
  } catch (error) {
    return { items: [], rows: 0, problems: [fileProblem('unreadable', upload.records.name, { detail: error instanceof Error ? error.message : String(error) })] }
  }
  let files = noFiles
  if (upload.zip) {
    const opened = await zipSource(upload.zip.data, upload.zip.name, zipLimits())
    if ('problem' in opened) return { items: [], rows: records.length, problems: [opened.problem] }
    files = opened.source
  }
  return { ...(await planImport(payload, records, files)), rows: records.length }
}
