import type { Doc } from '../lib/looseApi.ts'

/**
 * How each collection's documents are recognised across databases, where ids differ: by slug, by
 * accession number, by file name, and partners by their organization (one listing each).
 */
export const NATURAL_KEYS = {
  subjects: 'slug',
  municipalities: 'slug',
  organizations: 'slug',
  programs: 'slug',
  'archive-items': 'identifier',
  media: 'filename',
  partners: 'organization',
} as const

export type ExchangeCollection = keyof typeof NATURAL_KEYS

/** Collections in the order an import needs them: referenced before referring. */
export const EXCHANGE_ORDER: ExchangeCollection[] = ['subjects', 'municipalities', 'media', 'organizations', 'programs', 'partners', 'archive-items']

export function isExchangeCollection(value: string): value is ExchangeCollection {
  return Object.hasOwn(NATURAL_KEYS, value)
}

export type KeyIndex = { keyOf: Map<string, string>; idOf: Map<string, Doc['id']> }
