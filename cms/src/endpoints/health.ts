import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Endpoint, Payload } from 'payload'
import { jobsAutoRun } from '../env.ts'
import { migrations as committedMigrations } from '../migrations/index.ts'
import { LOCAL_BUILD_TIMEOUT_MS } from '../rebuild/task.ts'

type Check = 'ok' | 'failed'
type Migrations = Check | 'pending'
type Jobs = 'ok' | 'off' | 'stalled'

/** A check that has not answered by then counts as failed: a health probe must answer quickly. */
const CHECK_TIMEOUT_MS = 5_000
/** Slack for a runner tick that fires late (a busy event loop, a slow query before the run). */
const TICK_GRACE_MS = 60_000

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())])
}

/** One trivial query on the database itself (not through a collection, so no access rule is involved). */
async function pingDatabase(payload: Payload): Promise<Check> {
  if (payload.db.name === 'mongoose') await (payload.db as unknown as MongooseAdapter).connection.db!.command({ ping: 1 })
  else await (payload.db as unknown as SQLiteAdapter).client.execute('select 1')
  return 'ok'
}

/** Every committed SQLite migration has been applied (MongoDB has none). */
async function migrationsState(payload: Payload): Promise<Migrations> {
  if (payload.db.name !== 'sqlite') return 'ok'
  const applied = await payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true } })
  const names = new Set(applied.docs.map((doc) => doc.name))
  return committedMigrations.every((migration) => names.has(migration.name)) ? 'ok' : 'pending'
}

/**
 * The job runner (scheduled publishing, rebuilds) as this process's crons show it: off when
 * PAYLOAD_JOBS_AUTORUN=false; stalled when a cron is stopped, or its last tick started longer ago
 * than its interval allows (plus, while a tick is still running, the longest a task may take).
 */
function jobsState(payload: Payload, now = Date.now()): Jobs {
  if (!jobsAutoRun()) return 'off'
  if (payload.crons.length === 0) return 'stalled'
  for (const cron of payload.crons) {
    if (!cron.isRunning()) return 'stalled'
    const started = cron.currentRun()
    if (!started) continue
    const interval = (cron.nextRun(started)?.getTime() ?? Infinity) - started.getTime()
    const allowed = interval + TICK_GRACE_MS + (cron.isBusy() ? LOCAL_BUILD_TIMEOUT_MS : 0)
    if (now - started.getTime() > allowed) return 'stalled'
  }
  return 'ok'
}

async function outcome<T>(check: Promise<T>): Promise<T | 'failed'> {
  try {
    return await within(check, CHECK_TIMEOUT_MS)
  } catch {
    return 'failed'
  }
}

/**
 * `GET /api/health`, for a load balancer or uptime monitor: 200 when the database answers, the
 * committed migrations are applied and the job runner is alive (or off by configuration), 503
 * otherwise. The body names each check's state and nothing else: no versions,
 * no counts, no error text (which could carry connection strings).
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const database = await outcome(pingDatabase(req.payload))
    const migrations = database === 'ok' ? await outcome(migrationsState(req.payload)) : 'failed'
    const jobs = jobsState(req.payload)
    const healthy = database === 'ok' && migrations === 'ok' && jobs !== 'stalled'
    return Response.json(
      { status: healthy ? 'ok' : 'unavailable', database, migrations, jobs },
      { status: healthy ? 200 : 503, headers: { 'cache-control': 'no-store' } },
    )
  },
}
