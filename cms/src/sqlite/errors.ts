/**
 * node:sqlite reports every failure as `ERR_SQLITE_ERROR` with SQLite's numeric result code in
 * `errcode`; libsql reports the code's name (`SQLITE_CONSTRAINT_UNIQUE`), which Payload reads to
 * turn a duplicate value into a validation error on the field. Named here: the codes Payload or
 * an operator acts on; any other keeps its number.
 */
const NAMES: Record<number, string> = {
  1: 'SQLITE_ERROR',
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  19: 'SQLITE_CONSTRAINT',
  26: 'SQLITE_NOTADB',
  275: 'SQLITE_CONSTRAINT_CHECK',
  787: 'SQLITE_CONSTRAINT_FOREIGNKEY',
  1299: 'SQLITE_CONSTRAINT_NOTNULL',
  1555: 'SQLITE_CONSTRAINT_PRIMARYKEY',
  2067: 'SQLITE_CONSTRAINT_UNIQUE',
}

/** The error with libsql's `code` (and the number as `rawCode`), message unchanged. */
export function withSqliteCode(error: unknown): unknown {
  const errcode = (error as { errcode?: unknown } | null)?.errcode
  if (typeof errcode !== 'number') return error
  return Object.assign(error as Error, { code: NAMES[errcode] ?? NAMES[errcode & 0xff] ?? `SQLITE_${errcode}`, rawCode: errcode })
}
