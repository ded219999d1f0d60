import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import type { Client, InArgs, InStatement, InValue, ResultSet, Row, Transaction, TransactionMode } from '@libsql/client'
import { withSqliteCode } from './errors.ts'
import { WriteLock } from './writeLock.ts'

/**
 * The `@libsql/client` interface that Payload's SQLite adapter and drizzle use, on Node's
 * built-in `node:sqlite`. Why: libsql's local driver keeps ~3.9 kB of native memory per executed
 * statement (tursodatabase/libsql-js#153), so a CMS left running grows without bound; node:sqlite
 * ships with the Node we pin (no native addon to build) and stays flat (bench/latest.md, "soak").
 *
 * Connections: one for statements outside transactions, and one per open transaction (taken from
 * a small pool), each with the busy timeout and the PRAGMAs the adapter set. Writes, outside or
 * inside transactions, take the process-wide write lock first (see writeLock.ts); reads never
 * wait for it (WAL lets them read the last committed state while a transaction writes).
 */
export type NodeSqliteOptions = { path: string; busyTimeoutMs: number }

type Statement = { sql: string; args: InArgs }

/** Statements that may write; everything else (SELECT, EXPLAIN, PRAGMA reads) only reads. */
const WRITES = /^\s*(insert|update|delete|replace|create|drop|alter|begin|commit|end|rollback|savepoint|release|vacuum|reindex|analyze)\b/i
const WITH_WRITE = /^\s*with\b[\s\S]*\b(insert|update|delete)\b/i
/** PRAGMAs that configure a connection: repeated on every connection opened after them. */
const CONNECTION_PRAGMA = /^\s*pragma\s+(busy_timeout|synchronous|foreign_keys|journal_size_limit|cache_size)\s*=/i

function isWrite(sql: string): boolean {
  return WRITES.test(sql) || WITH_WRITE.test(sql) || /^\s*pragma\s+\w+\s*=/i.test(sql)
}

function statementOf(stmtOrSql: InStatement, args?: InArgs): Statement {
  return typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : { sql: stmtOrSql.sql, args: stmtOrSql.args ?? [] }
}

function toSql(value: InValue): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.valueOf()
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
  }
  return value as SQLInputValue
}

/** A row as libsql gives it: by index (not enumerable) and by column name (enumerable, first wins). */
function rowOf(values: unknown[], columns: string[]): Row {
  const row = {} as Row
  Object.defineProperty(row, 'length', { value: values.length })
  values.forEach((raw, index) => {
    const value = raw instanceof Uint8Array ? raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) : raw
    Object.defineProperty(row, index, { value })
    if (!Object.hasOwn(row, columns[index])) {
      Object.defineProperty(row, columns[index], { value, enumerable: true, configurable: true, writable: true })
    }
  })
  return row
}

function resultSet(columns: string[], columnTypes: string[], rows: Row[], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet {
  return {
    columns,
    columnTypes,
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({
      columns,
      columnTypes,
      rows: rows.map((row) => Array.from(row as ArrayLike<unknown>)),
      rowsAffected,
      lastInsertRowid: lastInsertRowid?.toString() ?? null,
    }),
  }
}

/** Runs one statement on one connection, failing with libsql's error codes. */
function run(db: DatabaseSync, statement: Statement): ResultSet {
  try {
    return runUnmapped(db, statement)
  } catch (error) {
    throw withSqliteCode(error)
  }
}

/**
 * Prepared statements per connection, the most recently used kept. Drizzle writes the same SQL
 * for the same query shape, so most statements are reused; and a statement's native memory is
 * freed only when V8 collects it, which it does late because it does not see that memory: a
 * bounded cache keeps the number alive bounded too.
 */
const STATEMENTS_PER_CONNECTION = 256
const statementCaches = new WeakMap<DatabaseSync, Map<string, StatementSync>>()

function prepared(db: DatabaseSync, sql: string): StatementSync {
  let cache = statementCaches.get(db)
  if (!cache) statementCaches.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (statement) cache.delete(sql)
  else statement = db.prepare(sql)
  cache.set(sql, statement)
  if (cache.size > STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!)
  return statement
}

function runUnmapped(db: DatabaseSync, { sql, args }: Statement): ResultSet {
  const statement = prepared(db, sql)
  const columns = statement.columns()
  const params = Array.isArray(args) ? args.map(toSql) : Object.fromEntries(Object.entries(args).map(([name, value]) => [name.replace(/^[@$:]/, ''), toSql(value)]))
  const bind = (method: 'all' | 'run') => (Array.isArray(params) ? statement[method](...params) : statement[method](params))
  statement.setReturnArrays(true)
  if (columns.length > 0) {
    const names = columns.map((column) => column.name)
    const rows = (bind('all') as unknown as unknown[][]).map((values) => rowOf(values, names))
    return resultSet(
      names,
      columns.map((column) => column.type ?? ''),
      rows,
      0,
      undefined,
    )
  }
  const { changes, lastInsertRowid } = bind('run') as { changes: number | bigint; lastInsertRowid: number | bigint }
  return resultSet([], [], [], Number(changes), BigInt(lastInsertRowid))
}

// libsql's `BEGIN TRANSACTION READONLY` is its own extension; plain SQLite reads in a deferred one.
const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN DEFERRED', deferred: 'BEGIN DEFERRED' }

export function createNodeSqliteClient({ path, busyTimeoutMs }: NodeSqliteOptions): Client {
  const lock = new WriteLock(busyTimeoutMs)
  const pragmas: string[] = []
  const idle: DatabaseSync[] = []
  const open = () => {
    const db = new DatabaseSync(path, { timeout: busyTimeoutMs })
    for (const pragma of pragmas) db.exec(pragma)
    return db
  }
  const main = open()
  let closed = false
  const checkOpen = () => {
    if (closed) throw Object.assign(new Error('The client is closed'), { code: 'CLIENT_CLOSED' })
  }

  /** `work` with the write lock held when `write`; the lock is released however it ends. */
  async function locked<T>(write: boolean, work: () => T): Promise<T> {
    const release = write ? await lock.acquire() : () => {}
    try {
      return work()
    } finally {
      release()
    }
  }

  /** `statements` in one transaction on `db`: all or none. */
  function inTransaction(db: DatabaseSync, mode: TransactionMode, statements: Statement[]): ResultSet[] {
    db.exec(BEGIN[mode])
    try {
      const results = statements.map((statement) => run(db, statement))
      db.exec('COMMIT')
      return results
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }

  const client = {
    closed: false,
    protocol: 'file' as const,
    async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
      checkOpen()
      const statement = statementOf(stmtOrSql, args)
      const result = await locked(isWrite(statement.sql), () => run(main, statement))
      if (CONNECTION_PRAGMA.test(statement.sql)) pragmas.push(statement.sql)
      return result
    },
    async batch(stmts: InStatement[], mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
      checkOpen()
      const statements = stmts.map((stmt) => statementOf(stmt))
      return locked(mode !== 'read', () => inTransaction(main, mode, statements))
    },
    async executeMultiple(sql: string): Promise<void> {
      checkOpen()
      await locked(true, () => main.exec(sql))
    },
    async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
      checkOpen()
      const release = mode === 'read' ? () => {} : await lock.acquire()
      const db = idle.pop() ?? open()
      try {
        db.exec(BEGIN[mode])
      } catch (error) {
        idle.push(db)
        release()
        throw error
      }
      let finished = false
      const finish = (sql: 'COMMIT' | 'ROLLBACK') => {
        if (finished) return
        try {
          if (db.isTransaction) db.exec(sql)
        } finally {
          finished = true
          idle.push(db)
          release()
        }
      }
      const checkActive = () => {
        if (finished) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
      }
      return {
        get closed() {
          return finished
        },
        async execute(stmtOrSql: InStatement, args?: InArgs) {
          checkActive()
          return run(db, statementOf(stmtOrSql, args))
        },
        async batch(stmts: InStatement[]) {
          checkActive()
          return stmts.map((stmt) => run(db, statementOf(stmt)))
        },
        async executeMultiple(sql: string) {
          checkActive()
          db.exec(sql)
        },
        async commit() {
          checkActive()
          finish('COMMIT')
        },
        async rollback() {
          finish('ROLLBACK')
        },
        close() {
          finish('ROLLBACK')
        },
      } as Transaction
    },
    close() {
      closed = true
      client.closed = true
      for (const db of [main, ...idle]) if (db.isOpen) db.close()
    },
  }
  return client as unknown as Client
}
