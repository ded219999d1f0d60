import { readFileSync } from 'node:fs'
import path from 'node:path'
import { restoreFormula } from '@arkivi/content-schemas'
import { parse } from 'csv-parse/sync'

/** A raw record from an import file, with the label problems are reported under. */
export type RawRecord = { row: string; values: Record<string, unknown> }

/**
 * Reads an import file by extension: CSV with a header row (UTF-8, BOM tolerated; rows are
 * numbered as a spreadsheet shows them, the header being row 1) or JSON (an array of records,
 * numbered from 1).
 */
export function readRecords(file: string): RawRecord[] {
  const extension = path.extname(file).toLowerCase()
  const text = readFileSync(file, 'utf8')
  if (extension === '.csv') {
    // Every cell loses the `'` that export puts in front of what a spreadsheet could run as a formula.
    const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false, relax_column_count: false, cast: restoreFormula }) as Record<
      string,
      string
    >[]
    return rows.map((values, index) => ({ row: `row ${index + 2}`, values }))
  }
  if (extension === '.json') {
    const parsed: unknown = JSON.parse(text)
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of records`)
    return parsed.map((values, index) => ({ row: `record ${index + 1}`, values: values as Record<string, unknown> }))
  }
  throw new Error(`${file}: unsupported file type "${extension}" (use .csv or .json)`)
}
