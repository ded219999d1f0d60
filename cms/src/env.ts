import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * The CMS's environment: every variable it reads, parsed here and nowhere else (the README's
 * configuration table documents each). The rules a production start adds (secret, https) are
 * the named checks below, so that tools sharing this environment (scripts) are not bound by them.
 */
export const DEVELOPMENT_SECRET = 'arkivi-development-secret-not-for-production'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The default database: an SQLite file beside the CMS, so a fresh clone needs no server. */
export const DEFAULT_SQLITE_URL = `file:${path.join(cmsRoot, '.data', 'arkivi.db')}`

/** What a bad value's message says is expected; a secret's value is never repeated in it. */
type Expectation = { expected: string; secret?: boolean }
const expecting = <T extends z.ZodType>(schema: T, expected: string, secret = false) => schema.meta({ expected, secret })

const number = () => z.coerce.number({ error: 'is not a number' })
const positive = (fallback: number, expected: string) => expecting(number().positive({ error: 'is not above 0' }).default(fallback), `${expected} (default ${fallback})`)
const count = (fallback: number, expected: string) =>
  expecting(number().int({ error: 'is not a whole number' }).positive({ error: 'is not above 0' }).default(fallback), `${expected} (default ${fallback})`)
const url = () => z.url({ error: 'is not a URL' })
const webUrl = () => z.url({ protocol: /^https?$/, error: 'is not an http:// or https:// URL' })
const folder = (fallback: string, expected: string) =>
  expecting(
    z
      .string()
      .default(fallback)
      .transform((dir) => path.resolve(dir)),
    expected,
  )

/** A TCP port: the ports `npm start`, the CMS and the site listen on. */
export const port = (fallback: number) =>
  expecting(
    number().int({ error: 'is not a whole number' }).min(1, { error: 'is not a port' }).max(65535, { error: 'is not a port' }).default(fallback),
    `a port from 1 to 65535 (default ${fallback})`,
  )

const schema = z.object({
  NODE_ENV: z.string().optional(),
  PAYLOAD_SECRET: expecting(z.string().optional(), 'a random string of at least 32 characters', true),
  DATABASE_URL: expecting(z.string().default(DEFAULT_SQLITE_URL), 'a file:, mongodb:// or mongodb+srv:// URL', true),
  CMS_URL: expecting(url().optional(), "the CMS's public URL, e.g. https://cms.example.org"),
  CMS_PORT: port(3000),
  CMS_HOST: z.string().optional(),
  MEDIA_DIR: folder(path.join(cmsRoot, 'media'), 'a folder (default cms/media)'),
  MAX_UPLOAD_MB: positive(25, 'a number of megabytes above 0'),
  MAX_JSON_KB: positive(1024, 'a number of kilobytes above 0'),
  RATE_LIMIT_API: count(600, 'a whole number of requests a minute'),
  RATE_LIMIT_FILES: count(6000, 'a whole number of downloads a minute'),
  RATE_LIMIT_LOGIN: count(20, 'a whole number of attempts per 15 minutes'),
  RATE_LIMIT_FORMS: count(5, 'a whole number of requests an hour'),
  REQUEST_TIMEOUT_S: positive(30, 'a number of seconds above 0'),
  TRUST_PROXY: expecting(
    number().int({ error: 'is not a whole number' }).min(0, { error: 'is below 0' }).default(0),
    '0 or the number of proxies in front of the CMS (default 0)',
  ),
  SMTP_URL: expecting(z.url({ protocol: /^smtps?$/, error: 'is not an smtp:// or smtps:// URL' }).optional(), 'e.g. smtps://user:password@mail.example.org', true),
  MAIL_DIR: folder(path.join(cmsRoot, '.data', 'mail'), 'a folder (default cms/.data/mail)'),
  EMAIL_FROM: z.string().default('arkivi@localhost'),
  PAYLOAD_JOBS_AUTORUN: expecting(
    z
      .enum(['true', 'false'], { error: 'is neither true nor false' })
      .default('true')
      .transform((value) => value === 'true'),
    'true or false (default true)',
  ),
  BUILD_HOOK_URL: expecting(webUrl().optional(), "the Netlify build hook's URL", true),
  REBUILD_RUNNER_URL: expecting(webUrl().optional(), "the local rebuild runner's URL"),
  REBUILD_DEBOUNCE_MS: expecting(number().min(0, { error: 'is below 0' }).default(5000), 'a number of milliseconds (default 5000)'),
  BUILD_REPORT_SECRET: expecting(z.string().optional(), "the secret of Netlify's deploy notifications", true),
  PREVIEW_URL: expecting(
    webUrl()
      .default('http://127.0.0.1:4323')
      // Drafts are sent there: never to another machine.
      .refine((preview) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(preview).hostname), { error: 'is not on this machine' })
      .transform((preview) => new URL(preview).origin),
    "the draft preview renderer's loopback URL: localhost, 127.0.0.1 or [::1] (default http://127.0.0.1:4323)",
  ),
  SITE_URL: expecting(
    webUrl()
      .default('http://localhost:4321')
      .transform((site) => new URL(site).origin),
    "the public site's URL, e.g. https://arkivi.example.org",
  ),
})

/**
 * Parses `source` with `variables` (an object schema whose fields carry an expectation). An
 * empty value counts as unset. Every bad value is listed in one error: the variable, what is
 * wrong with its value and the form expected.
 */
export function parseVariables<S extends z.ZodObject>(variables: S, source: Record<string, string | undefined>): z.output<S> {
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = variables.safeParse(set)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0])
    const { expected, secret } = ((variables.shape as Record<string, z.ZodType>)[name]?.meta() ?? {}) as Partial<Expectation>
    return `${name}${secret ? '' : `="${set[name]}"`} ${issue.message}${expected ? `; expected ${expected}` : ''}.`
  })
  throw new Error(`Environment: ${problems.join(' ')}`)
}

/** The parsed environment, with `CMS_URL` defaulting to the CMS's own port on localhost. */
export function parseEnv(source: Record<string, string | undefined>) {
  const variables = parseVariables(schema, source)
  return { ...variables, CMS_URL: variables.CMS_URL ?? `http://localhost:${variables.CMS_PORT}` }
}

export type CmsEnv = ReturnType<typeof parseEnv>

const VARIABLES = Object.keys(schema.shape)
let current: { key: string; parsed: CmsEnv } | undefined

/**
 * This process's environment, parsed again whenever one of its variables changed: a test or a
 * script may set DATABASE_URL or MEDIA_DIR after importing CMS code that already read them (the
 * registry builds the collections, and with them the media folder, when it is imported).
 */
export function env(): CmsEnv {
  const key = VARIABLES.map((name) => process.env[name] ?? '\u0000').join('\u0001')
  if (current?.key !== key) current = { key, parsed: parseEnv(process.env) }
  return current.parsed
}

export const isProduction = (e: CmsEnv = env()) => e.NODE_ENV === 'production'

/** `PAYLOAD_SECRET`, refusing to start a production server with none or the development one. */
export function payloadSecret(e: CmsEnv = env()): string {
  const secret = e.PAYLOAD_SECRET
  if (isProduction(e) && (!secret || secret === DEVELOPMENT_SECRET || secret.length < 32)) {
    throw new Error('PAYLOAD_SECRET: a production start needs a secret of at least 32 characters that is not the development default.')
  }
  return secret || DEVELOPMENT_SECRET
}

/** Hosts a production CMS may be addressed at over plain http: this machine only (tests, `npm start`). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The CMS's public URL, used for links in the admin and in API responses. A production start
 * refuses one that is not https (sessions and passwords would cross the network in clear),
 * except on the loopback addresses.
 */
export function serverUrl(e: CmsEnv = env()): string {
  const url = new URL(e.CMS_URL)
  if (isProduction(e) && url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new Error(`CMS_URL: a production start needs an https:// address (http:// only for localhost, 127.0.0.1 or ::1), got "${e.CMS_URL}".`)
  }
  return e.CMS_URL
}

/**
 * Checks a server start makes before it listens: throws on a configuration a production CMS must
 * not run with, and returns warnings for one it can run with but probably should not.
 */
export function checkServerEnv(e: CmsEnv = env()): string[] {
  payloadSecret(e)
  serverUrl(e)
  if (!isProduction(e) || e.BUILD_HOOK_URL) return []
  return [
    e.REBUILD_RUNNER_URL
      ? `BUILD_HOOK_URL is not set: publishing rebuilds the site through the local runner at ${e.REBUILD_RUNNER_URL}, which only \`npm start\` provides.`
      : 'BUILD_HOOK_URL is not set: publishing will NOT rebuild the public site. Set it to the Netlify build hook.',
  ]
}

/** Whether this process runs queued jobs (scheduled publishing) on a cron. Off in tests. */
export const jobsAutoRun = (): boolean => env().PAYLOAD_JOBS_AUTORUN

/**
 * The session cookie's attributes: `Secure` whenever the CMS is served over https (as every
 * production CMS must be), so the browser never sends it over plain http; `SameSite=Lax`.
 */
export function sessionCookies(e: CmsEnv = env()): { secure: boolean; sameSite: 'Lax' } {
  return { secure: new URL(serverUrl(e)).protocol === 'https:', sameSite: 'Lax' }
}

/** The public site's origin (`SITE_URL`): where the takedown form sends its visitors back to. */
export const siteUrl = (): string => env().SITE_URL
