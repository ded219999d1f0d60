import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseRecords, recordsFormat, type RawRecord } from '@arkivi/cms/import'

/** Reads an import file from disk by its extension (the reading itself is the CMS's, shared with the admin import). */
export function readRecords(file: string): RawRecord[] {
  const format = recordsFormat(file)
  if (!format) throw new Error(`${file}: unsupported file type "${path.extname(file)}" (use .csv or .json)`)
  try {
    return parseRecords(readFileSync(file, 'utf8'), format)
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : error}`, { cause: error })
  }
}
