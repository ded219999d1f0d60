import { createHash } from 'node:crypto'
import { SignJWT } from 'jose'

/** What the local runner says about one build, in the shape of Netlify's deploy notifications. */
export type BuildReport =
  { state: 'building'; created_at: string } | { state: 'ready'; published_at: string; deploy_time: number } | { state: 'error'; error_message: string }

export type BuildReporter = (report: BuildReport) => Promise<boolean>

/**
 * Reports builds to the CMS exactly as Netlify's deploy notifications do: a JSON body to
 * `POST /api/globals/site-build/report`, signed with a JWS (HS256, issuer `netlify`, BUILD_REPORT_SECRET)
 * whose `sha256` claim is the body's hash, so the CMS has one way in for build state. A report that
 * does not arrive is logged and resolves false; it never fails the build.
 */
export function buildReporter({ cmsUrl, secret }: { cmsUrl: string; secret: string }): BuildReporter {
  const key = new TextEncoder().encode(secret)
  return async (report) => {
    const body = JSON.stringify(report)
    try {
      const signature = await new SignJWT({ sha256: createHash('sha256').update(body).digest('hex') }).setProtectedHeader({ alg: 'HS256' }).setIssuer('netlify').sign(key)
      const response = await fetch(new URL('/api/globals/site-build/report', cmsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-webhook-signature': signature },
        body,
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`)
      return true
    } catch (error) {
      console.error(`site: could not report the build (${report.state}) to the CMS: ${error instanceof Error ? error.message : error}`)
      return false
    }
  }
}
