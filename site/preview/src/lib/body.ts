import { z } from 'zod'

/** What the draft's state is, as the CMS knows it; the banner says it. */
const statusSchema = z.strictObject({
  /** Never published. */
  draft: z.boolean(),
  /** Published, with newer unpublished changes (what the preview shows). */
  changed: z.boolean(),
  /** Not public whatever its status (an archive item's visibility). */
  restricted: z.boolean(),
  /** When a scheduled publication will publish it (ISO 8601), if one is pending. */
  scheduledFor: z.iso.datetime({ offset: true }).nullable(),
  /** When the last scheduled publication was due, if it failed and nothing published the document since. */
  scheduleFailedAt: z.iso.datetime({ offset: true }).nullable(),
})
export type PreviewStatus = z.infer<typeof statusSchema>

/**
 * The body the CMS's /preview route posts: the document's latest draft in every locale and the
 * files it uses, both as the signed-in editor may read them, and its state.
 */
export const PREVIEW_BODY_SCHEMA = z.strictObject({
  doc: z.looseObject({ id: z.union([z.number(), z.string()]) }),
  media: z.array(z.looseObject({ id: z.union([z.number(), z.string()]) })).max(500),
  status: statusSchema,
})
export type PreviewBody = z.infer<typeof PREVIEW_BODY_SCHEMA>
