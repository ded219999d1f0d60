/**
 * `@arkivi/cms/import`: the archive-item import that `npm run import` and the admin's import view
 * share: reading (read.ts), planning and validation (plan.ts; the row schema and problem codes are
 * in content-schemas), writing in one transaction (write.ts), and the problems in words.
 */
export { folderSource, zipSource, type FileSource, type ZipLimits } from './files.ts'
export { looseApi, type Doc, type Id } from './looseApi.ts'
export { planImport, type ImportPlan, type PlannedFile, type PlannedItem } from './plan.ts'
export { parseRecords, recordsFormat, type RawRecord, type RecordsFormat } from './read.ts'
export { withTransaction } from './transaction.ts'
export { planUpload, zipLimits, type ImportUpload } from './upload.ts'
export { writeImport, type ImportResult } from './write.ts'
export { describeProblem, problemReason, rowLabel } from '../i18n/import.ts'
