import { DatabaseSync } from 'node:sqlite'

/**
 * Reads an SQLite file directly, as any SQLite client would open it after a crash: opening it
 * rolls back a transaction that a killed process left unfinished.
 */
function withDatabase<T>(file: string, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file)
  try {
    return read(db)
  } finally {
    db.close()
  }
}

/** `PRAGMA integrity_check`'s lines: `['ok']` for an intact database. */
export const integrityCheck = (file: string): string[] =>
  withDatabase(file, (db) =>
    db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((row) => String(row.integrity_check)),
  )

/** The number of rows in every table. */
export const tableCounts = (file: string): Record<string, number> =>
  withDatabase(file, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => String(row.name))
    return Object.fromEntries(tables.map((name) => [name, Number(db.prepare(`SELECT count(*) AS n FROM "${name}"`).get()!.n)]))
  })
