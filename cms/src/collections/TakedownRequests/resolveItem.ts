import { identifierSlug } from '@arkivi/content-schemas'
import type { PayloadRequest } from 'payload'

/**
 * The archive item a takedown request names, if it names one: by its identifier
 * (`ARK-SAMPLE-0001`) or by the address of its page on the site (`…/sq/items/ark-sample-0001/`).
 * Every item counts, restricted and draft ones too: a request may concern an item the public
 * cannot see. Nothing of the answer reaches the sender.
 */
export async function resolveItem(req: PayloadRequest, page: string): Promise<number | null> {
  const slugInUrl = /\/items\/([^/?#\s]+)/.exec(page)?.[1]
  const wanted = new Set([identifierSlug(page.trim()), ...(slugInUrl ? [slugInUrl.toLowerCase()] : [])])
  const { docs } = await req.payload.find({
    collection: 'archive-items',
    select: { identifier: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const found = docs.find((doc) => wanted.has(identifierSlug(String(doc.identifier))))
  return (found?.id as number | undefined) ?? null
}
