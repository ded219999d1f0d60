import { CONTENT_ORDER, registry } from '@arkivi/cms/registry'
import type { Doc } from '../lib/looseApi.ts'

/** Collections in the order an import needs them: referenced before referring. */
export const EXCHANGE_ORDER = CONTENT_ORDER

export type ExchangeCollection = (typeof EXCHANGE_ORDER)[number]

/**
 * How each collection's documents are recognised across databases, where ids differ: by slug, by
 * accession number, by file name, and partners by their organization (one listing each).
 */
export const NATURAL_KEYS = Object.fromEntries(EXCHANGE_ORDER.map((slug) => [slug, registry[slug]!.naturalKey])) as Record<ExchangeCollection, string>

export function isExchangeCollection(value: string): value is ExchangeCollection {
  return Object.hasOwn(NATURAL_KEYS, value)
}

export type KeyIndex = { keyOf: Map<string, string>; idOf: Map<string, Doc['id']> }
