import { restoreFormula, type ImportRow } from '@arkivi/content-schemas'
import { parse } from 'csv-parse/sync'

/** A raw record from an import file, with the row problems are reported under. */
export type RawRecord = { row: ImportRow; values: Record<string, unknown> }

export type RecordsFormat = 'csv' | 'json'

/** The format an import file's name says it holds, or null for anything else. */
export function recordsFormat(filename: string): RecordsFormat | null {
  const extension = filename.toLowerCase().split('.').pop()
  return extension === 'csv' || extension === 'json' ? extension : null
}

/**
 * Reads the records of an import file: CSV with a header row (UTF-8, BOM tolerated; rows are
 * numbered as a spreadsheet shows them, the header being row 1) or JSON (an array of records,
 * numbered from 1). Throws when the file cannot be read as its format at all.
 */
export function parseRecords(text: string, format: RecordsFormat): RawRecord[] {
  if (format === 'csv') {
    // Every cell loses the `'` that export puts in front of what a spreadsheet could run as a formula.
    const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false, relax_column_count: false, cast: restoreFormula }) as Record<
      string,
      string
    >[]
    return rows.map((values, index) => ({ row: { kind: 'row', number: index + 2 }, values }))
  }
  const parsed: unknown = JSON.parse(text)
  if (!Array.isArray(parsed)) throw new Error('expected a JSON array of records')
  return parsed.map((values, index) => ({ row: { kind: 'record', number: index + 1 }, values: values as Record<string, unknown> }))
}
