import type { Access, CollectionConfig, CollectionSlug, FlattenedField, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_RULES } from '../../src/access/index.ts'
import { collections } from '../../src/collections/index.ts'
import { arkivi } from '../../src/plugins/arkivi/index.ts'
import { referencedFirst } from '../../src/plugins/arkivi/order.ts'
import { withArkivi } from '../../src/plugins/arkivi/wiring.ts'
import { CONTENT_ORDER, registry } from '../../src/registry.ts'
import { startPayload, type TestPayload } from './setup.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload('registry')
})
afterAll(async () => {
  await t?.cleanup()
})

type Reference = { path: string; to: string[] }

/** Every relationship and upload field of a built collection, however nested, walked independently of the plugin. */
function referencesOf(fields: FlattenedField[], prefix = ''): Reference[] {
  return fields.flatMap((field): Reference[] => {
    if (field.type === 'relationship' || field.type === 'upload') return [{ path: prefix + field.name, to: [field.relationTo].flat() }]
    if (field.type === 'blocks') return field.blocks.flatMap((block) => referencesOf(block.flattenedFields ?? [], `${prefix}${field.name}.`))
    return 'flattenedFields' in field ? referencesOf(field.flattenedFields, `${prefix}${field.name}.`) : []
  })
}

/** Our own collections as Payload built them (not its internal payload-* ones). */
function builtCollections() {
  const ours = new Set(collections().map((collection) => collection.slug))
  return t.payload.config.collections.filter((collection) => ours.has(collection.slug))
}

const anonymous = { req: { user: null } as unknown as PayloadRequest }

describe('the registry', () => {
  it('is the one the Arkivi plugin attached to the built config', () => {
    expect(t.payload.config.custom.arkivi).toEqual(registry)
    expect([...CONTENT_ORDER].sort()).toEqual(['archive-items', 'media', 'municipalities', 'organizations', 'partners', 'programs', 'subjects'])
  })

  it('declares every field that holds media, in every collection and at any depth', () => {
    for (const collection of builtCollections()) {
      const media = referencesOf(collection.flattenedFields).filter((reference) => reference.to.includes('media'))
      expect(
        media.map((reference) => reference.path),
        collection.slug,
      ).toEqual(registry[collection.slug]?.mediaFields ?? [])
    }
  })

  it('orders every referenced collection before the ones that refer to it', () => {
    for (const collection of builtCollections()) {
      const facts = registry[collection.slug]
      if (!facts) continue
      for (const { path, to } of referencesOf(collection.flattenedFields)) {
        for (const target of to.filter((slug) => slug !== collection.slug)) {
          const referenced = registry[target as keyof typeof registry]
          if (referenced) expect(referenced.order, `${collection.slug}.${path} → ${target}`).toBeLessThan(facts.order)
        }
      }
    }
  })

  it('gives editorial collections drafts, scheduled publishing and their public rule as read access', async () => {
    for (const collection of builtCollections()) {
      const facts = registry[collection.slug]
      if (!facts) continue
      expect(facts.versioned, collection.slug).toBe(Boolean(collection.versions))
      expect(
        collection.flattenedFields.map((field) => field.name),
        collection.slug,
      ).toContain(facts.naturalKey)
      if (!facts.editorial) continue
      expect(collection.versions && collection.versions.drafts && collection.versions.drafts.schedulePublish, collection.slug).toBe(true)
      expect(await (collection.access.read as Access)(anonymous), collection.slug).toEqual(PUBLIC_RULES[facts.editorial.publicWhen])
    }
    expect(
      Object.keys(registry)
        .filter((slug) => registry[slug as keyof typeof registry]!.editorial)
        .sort(),
    ).toEqual(['archive-items', 'organizations', 'partners', 'programs'])
  })
})

describe('the Arkivi plugin', () => {
  const collection = (slug: string, to: string[], custom = arkivi({ naturalKey: 'slug' })): CollectionConfig => ({
    slug,
    custom,
    fields: [{ name: 'slug', type: 'text' }, ...to.map((target) => ({ name: target, type: 'relationship' as const, relationTo: target as CollectionSlug }))],
  })

  it('orders collections referenced first, keeping the given order among equals and ignoring self-references', () => {
    const ordered = referencedFirst([collection('c', ['a', 'b', 'c']), collection('a', []), collection('b', ['a']), collection('d', [])])
    expect(ordered.map((c) => c.slug)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('refuses collections that refer to each other in a cycle', () => {
    expect(() => referencedFirst([collection('a', ['b']), collection('b', ['a'])])).toThrow(/cycle.*a, b/)
  })

  it('refuses media in a collection that is not editorial, whose files no rule would make public', () => {
    expect(() => withArkivi(collection('notes', ['media']))).toThrow(/notes holds media \(media\) but is not editorial/)
  })
})
