import type { z } from 'zod'

/**
 * What can be wrong with an import, as a code and its parameters rather than a sentence: the
 * command line prints each in English, the admin in the editor's language (cms/src/i18n/import.ts).
 * The exchange schemas (columns.ts, archiveItemRow.ts) use these codes as their zod messages.
 */
export const IMPORT_PROBLEM_CODES = [
  // A cell, by the row schema.
  'required',
  'oneOf',
  'dateFormat',
  'notCalendarDate',
  'trueOrFalse',
  'invalid',
  // The file as a whole.
  'unknownColumn',
  'unreadable',
  // Across rows and against the CMS.
  'duplicate',
  'noSuchName',
  'ambiguousName',
  'fileNotFound',
  'fileType',
  'noSuchItem',
  'relatesToItself',
  // The files zip (admin import).
  'zipInvalid',
  'zipUnsafePath',
  'zipTooManyEntries',
  'zipTooLarge',
] as const
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number]

/** Where a problem is: a CSV row as a spreadsheet numbers it (header = 1), a JSON record, the header, or the file. */
export type ImportRow = { kind: 'row' | 'record'; number: number } | { kind: 'header' | 'file' }

/** One problem with the input, located as a person fixing the file needs it. */
export type ImportProblem = { row: ImportRow; column: string; value: string; code: ImportProblemCode; params: Record<string, string> }

const isCode = (message: string): message is ImportProblemCode => (IMPORT_PROBLEM_CODES as readonly string[]).includes(message)

/** A zod issue of the row schema as a problem code and its parameters (the allowed values of a choice). */
export function issueProblem(issue: z.core.$ZodIssue): Pick<ImportProblem, 'code' | 'params'> {
  const code = isCode(issue.message) ? issue.message : 'invalid'
  const params: Record<string, string> = {}
  if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ')
  if (code === 'invalid') params.detail = issue.message
  return { code, params }
}
