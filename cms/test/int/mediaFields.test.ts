import { mediaFieldsOf, PUBLIC_COLLECTION_SCHEMAS } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { registry } from '../../src/registry.ts'

describe('media fields', () => {
  it('are the same media id fields in the CMS configs as in the public schemas the site reads', () => {
    for (const slug of ['archive-items', 'programs', 'organizations', 'partners'] as const) {
      expect(registry[slug]?.mediaFields, slug).toEqual(mediaFieldsOf(PUBLIC_COLLECTION_SCHEMAS[slug]).ids)
    }
  })
})
