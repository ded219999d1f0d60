import type { Access, Where } from 'payload'
import { roleOf } from './roles.ts'

const published: Where = { _status: { equals: 'published' } }

/**
 * What makes a document of an editorial collection public, by the rule the collection declares:
 * being published, and for archive items (which may be published yet restricted) also being
 * marked public. Read access and media visibility (which files the public may fetch) both ask this.
 */
export const PUBLIC_RULES = {
  published,
  publishedAndPublic: { and: [published, { visibility: { equals: 'public' } }] },
} satisfies Record<string, Where>

export type PublicRule = keyof typeof PUBLIC_RULES

/** Read access of an editorial collection: staff read everything, the public what `rule` admits. */
export function publicReads(rule: PublicRule): Access {
  return ({ req }) => (roleOf(req) !== null ? true : PUBLIC_RULES[rule])
}
