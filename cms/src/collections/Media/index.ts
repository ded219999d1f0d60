import { fieldDescription } from '../../i18n/labels.ts'
import type { CollectionConfig } from 'payload'
import { canEditMedia, canPublish, isStaff, never, roleOf } from '../../access/index.ts'
import { ALLOWED_MIME_TYPES, mediaDirectory } from './limits.ts'
import { requireImageAlt } from './hooks/requireImageAlt.ts'
import { verifyFileContent } from './hooks/verifyFileContent.ts'
import { arkivi } from '../../plugins/arkivi/index.ts'

/**
 * Uploaded images and documents. A file is readable by the public only while a published public
 * document uses it (`isPublic`, kept in step by the content collections' hooks); the file route
 * applies the same rule, so an unpublished scan cannot be downloaded by guessing its URL.
 * Made when the config is built, since where files live comes from the environment (MEDIA_DIR).
 */
export const mediaCollection = (): CollectionConfig<'media'> => ({
  slug: 'media',
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'isPublic'] },
  access: {
    read: ({ req }) => (roleOf(req) !== null ? true : { isPublic: { equals: true } }),
    create: isStaff,
    update: canEditMedia,
    delete: canPublish,
  },
  custom: arkivi({ naturalKey: 'filename' }),
  hooks: { beforeOperation: [verifyFileContent], beforeChange: [requireImageAlt] },
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: [...ALLOWED_MIME_TYPES],
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'medium', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'largeAvif', width: 1600, formatOptions: { format: 'avif', options: { quality: 55 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      admin: { description: fieldDescription('alt') },
    },
    { name: 'caption', type: 'textarea', localized: true },
    { name: 'credit', type: 'text' },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      // Derived from the documents that use the file (./visibility.ts), never set by a request.
      access: { create: never, update: never },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: fieldDescription('isPublic'),
      },
    },
  ],
})
