import { createHash } from 'node:crypto'
import { jwtVerify } from 'jose'
import type { Endpoint } from 'payload'
import { env } from '../env.ts'
import { recordBuild } from './status.ts'

type NetlifyDeploy = { state?: string; error_message?: string | null; created_at?: string; published_at?: string | null; deploy_time?: number | null }

/**
 * `POST /api/globals/site-build/report`: Netlify's deploy notifications (deploy started / succeeded /
 * failed), and the local runner's reports of every build it runs (scripts/lib/buildReport.ts), both
 * signed as Netlify signs them: a JWS in `X-Webhook-Signature` (HS256 with BUILD_REPORT_SECRET)
 * whose `sha256` claim is the body's hash. Anything unsigned or mismatched is refused.
 */
export const reportEndpoint: Endpoint = {
  path: '/report',
  method: 'post',
  handler: async (req) => {
    const secret = env().BUILD_REPORT_SECRET
    if (!secret) return Response.json({ error: 'BUILD_REPORT_SECRET is not configured' }, { status: 503 })
    const body = req.text ? await req.text() : ''
    const signature = req.headers.get('x-webhook-signature') ?? ''
    try {
      const { payload: claims } = await jwtVerify(signature, new TextEncoder().encode(secret), { issuer: 'netlify', algorithms: ['HS256'] })
      if (claims.sha256 !== createHash('sha256').update(body).digest('hex')) throw new Error('body hash mismatch')
    } catch {
      return Response.json({ error: 'invalid signature' }, { status: 401 })
    }
    const deploy = JSON.parse(body) as NetlifyDeploy
    const finished = deploy.published_at ?? new Date().toISOString()
    if (deploy.state === 'building') {
      await recordBuild(req, { status: 'building', startedAt: deploy.created_at ?? new Date().toISOString(), finishedAt: undefined, error: null })
    } else if (deploy.state === 'ready') {
      await recordBuild(req, {
        status: 'succeeded',
        finishedAt: finished,
        lastSuccessAt: finished,
        durationMs: deploy.deploy_time ? Math.round(deploy.deploy_time * 1000) : null,
        error: null,
      })
    } else if (deploy.state === 'error') {
      await recordBuild(req, { status: 'failed', finishedAt: finished, error: deploy.error_message ?? 'deploy failed' })
    } else {
      return Response.json({ ignored: deploy.state ?? 'unknown state' })
    }
    return Response.json({ recorded: deploy.state })
  },
}
