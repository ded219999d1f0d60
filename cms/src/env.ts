/**
 * The CMS's environment, read once. Every variable is documented in the README's
 * configuration table.
 */
export const DEVELOPMENT_SECRET = 'arkivi-development-secret-not-for-production'

/** `PAYLOAD_SECRET`, refusing to start a production server with none or the development one. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (process.env.NODE_ENV === 'production' && (!secret || secret === DEVELOPMENT_SECRET || secret.length < 32)) {
    throw new Error(
      'PAYLOAD_SECRET: a production start needs a secret of at least 32 characters that is not the development default.',
    )
  }
  return secret || DEVELOPMENT_SECRET
}

/** The CMS's public URL, used for links in the admin and in API responses. */
export function serverUrl(): string {
  return process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`
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
