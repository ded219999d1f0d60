import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { serverUrl } from './src/env.ts'
import { DATE_FNS_ALIASES } from './src/i18n/dateLocale.ts'
import { securityHeaders } from './src/http/securityHeaders.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The shared contract is TypeScript source in the workspace; Next compiles it with the app.
  transpilePackages: ['@arkivi/content-schemas'],
  // Albanian dates in the admin: see src/i18n/dateLocale.ts.
  turbopack: { root: path.resolve(dirname, '..'), resolveAlias: DATE_FNS_ALIASES },
  poweredByHeader: false,
  // Type-checking runs once in `npm run typecheck` (part of `npm test`), not in every build.
  typescript: { ignoreBuildErrors: true },
  headers: async () => securityHeaders(serverUrl()),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
