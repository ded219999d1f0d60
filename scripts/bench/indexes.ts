import { createClient } from '@libsql/client'

/**
 * The indexes the CMS's SQLite schema lacks (`--fix-indexes`). Payload gives each `*_locales`
 * table a unique index on (_locale, _parent_id) and each `*_texts` table one on (order,
 * parent_id); neither can serve the lookups Payload makes by parent alone, so every read of a
 * document, and of each of its versions, scans those tables whole: loading slows in proportion
 * to the archive's size (quadratic overall) and so do API reads. The bench can add the missing
 * indexes, prefixed `bench_`, to its own throwaway database, and remove them again so that the
 * CMS is measured as shipped.
 */
const PREFIX = 'bench_'

async function withDatabase<T>(databaseUrl: string, work: (execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<T>): Promise<T> {
  const client = createClient({ url: databaseUrl })
  try {
    return await work(async (sql) => {
      const result = await client.execute(sql)
      return { rows: result.rows as unknown as Record<string, unknown>[] }
    })
  } finally {
    client.close()
  }
}

/** Adds the missing indexes; returns their names. */
export function addMissingIndexes(databaseUrl: string): Promise<string[]> {
  return withDatabase(databaseUrl, async (execute) => {
    const created: string[] = []
    const { rows: tables } = await execute(`select name from sqlite_master where type = 'table'`)
    for (const { name } of tables as { name: string }[]) {
      const { rows: columns } = await execute(`pragma table_info("${name}")`)
      const has = (column: string) => columns.some((row) => row.name === column)
      const index = `${PREFIX}${name}_parent`
      if (name.endsWith('_locales') && has('_parent_id')) await execute(`create index if not exists "${index}" on "${name}" ("_parent_id")`)
      else if (name.endsWith('_texts') && has('parent_id')) await execute(`create index if not exists "${index}" on "${name}" ("parent_id", "order")`)
      else continue
      created.push(index)
    }
    return created
  })
}

/** Removes what addMissingIndexes added. */
export function dropMissingIndexes(databaseUrl: string): Promise<void> {
  return withDatabase(databaseUrl, async (execute) => {
    const { rows } = await execute(`select name from sqlite_master where type = 'index' and name like '${PREFIX}%'`)
    for (const { name } of rows as { name: string }[]) await execute(`drop index "${name}"`)
  })
}
