import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Rich text for prose only. Features that embed other documents (uploads, relationships,
 * internal links, blocks) are removed: an embedded reference could carry a restricted item or
 * an unpublished file into public text, so media and relations live in their own fields,
 * where access control applies.
 */
const EMBEDDING_FEATURES = new Set(['upload', 'relationship', 'blocks', 'inlineBlocks', 'link'])

export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures.filter((feature) => !EMBEDDING_FEATURES.has(feature.key)), LinkFeature({ enabledCollections: [] })],
})
