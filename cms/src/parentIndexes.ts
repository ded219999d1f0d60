import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/** The part of Payload's raw table description (`@payloadcms/drizzle`'s RawTable) used here. */
type RawTable = {
  name: string
  columns: Record<string, unknown>
  indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }>
}

/**
 * Indexes every SQLite table whose rows belong to a parent row by that parent. Payload indexes
 * `*_locales` tables on (_locale, _parent_id) and `*_texts` tables on (order, parent_id), and
 * neither serves the lookups it makes by parent alone on every read of a document and of each
 * of its versions: those reads scanned the whole table (`EXPLAIN QUERY PLAN`: `SCAN
 * _archive_items_v_locales`), so each read cost time in proportion to the archive's size. At
 * 10,000 items the site's full fetch took 395 s without these indexes and 10 s with them
 * (`npm run bench`). Tables Payload already indexes by parent (arrays, `*_rels`) are left alone.
 * MongoDB keeps a document's locales inside it and needs none of this.
 */
export const indexRowsByParent: SQLiteSchemaHook = (args) => {
  // Payload passes the adapter to schema hooks (its `rawTables` are the tables before Drizzle
  // builds them) but leaves it out of the hook's declared arguments.
  const { adapter } = args as typeof args & { adapter: { rawTables: Record<string, RawTable> } }
  for (const table of Object.values(adapter.rawTables)) {
    const parent = ['_parentID', 'parent'].find((column) => column in table.columns)
    if (!parent) continue
    const indexes = Object.values(table.indexes ?? {})
    if (indexes.some((index) => [index.on].flat()[0] === parent)) continue
    table.indexes = {
      ...table.indexes,
      parentLookup: { name: `${table.name}_parent_lookup_idx`, on: 'order' in table.columns ? [parent, 'order'] : [parent] },
    }
  }
  return args.schema
}
