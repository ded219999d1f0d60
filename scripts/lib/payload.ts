import { getPayload, type Payload } from 'payload'

/**
 * Payload's Local API on the CMS's own config (same database, same hooks and access rules).
 * The config is imported lazily so that environment variables set by the caller apply.
 */
export async function getCmsPayload(): Promise<Payload> {
  const { default: config } = await import('@arkivi/cms/config')
  return getPayload({ config })
}
