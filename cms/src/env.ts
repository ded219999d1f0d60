/**
 * The CMS's environment, read once. Every variable is documented in the README's
 * configuration table.
 */
export const DEVELOPMENT_SECRET = 'arkivi-development-secret-not-for-production'

const production = () => process.env.NODE_ENV === 'production'

/** `PAYLOAD_SECRET`, refusing to start a production server with none or the development one. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (production() && (!secret || secret === DEVELOPMENT_SECRET || secret.length < 32)) {
    throw new Error(
      'PAYLOAD_SECRET: a production start needs a secret of at least 32 characters that is not the development default.',
    )
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
export function serverUrl(): string {
  const value = process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`CMS_URL: "${value}" is not a URL.`)
  }
  if (production() && url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new Error(`CMS_URL: a production start needs an https:// address (http:// only for localhost, 127.0.0.1 or ::1), got "${value}".`)
  }
  return value
}

/** Netlify's build hook (`BUILD_HOOK_URL`): where publishing sends rebuilds in production. */
export function buildHookUrl(): string | undefined {
  return process.env.BUILD_HOOK_URL || undefined
}

/** `npm start`'s local rebuild runner (`REBUILD_RUNNER_URL`), used when there is no build hook. */
export function rebuildRunnerUrl(): string | undefined {
  return process.env.REBUILD_RUNNER_URL || undefined
}

/**
 * Checks a server start makes before it listens: throws on a configuration a production CMS must
 * not run with, and returns warnings for one it can run with but probably should not.
 */
export function checkServerEnv(): string[] {
  payloadSecret()
  serverUrl()
  if (!production() || buildHookUrl()) return []
  const runner = rebuildRunnerUrl()
  return [
    runner
      ? `BUILD_HOOK_URL is not set: publishing rebuilds the site through the local runner at ${runner}, which only \`npm start\` provides.`
      : 'BUILD_HOOK_URL is not set: publishing will NOT rebuild the public site. Set it to the Netlify build hook.',
  ]
}

/** Whether this process runs queued jobs (scheduled publishing) on a cron. Off in tests. */
export function jobsAutoRun(): boolean {
  return process.env.PAYLOAD_JOBS_AUTORUN !== 'false'
}

/**
 * The session cookie's attributes: `Secure` whenever the CMS is served over https (as every
 * production CMS must be), so the browser never sends it over plain http; `SameSite=Lax`.
 */
export function sessionCookies(): { secure: boolean; sameSite: 'Lax' } {
  return { secure: new URL(serverUrl()).protocol === 'https:', sameSite: 'Lax' }
}

/** The public site's address (`SITE_URL`): where the takedown form sends its visitors back to. */
export function siteUrl(): string {
  return new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin
}
