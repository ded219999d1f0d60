import {
  archiveItemSchema,
  mediaFieldsOf,
  organizationSchema,
  partnerSchema,
  programSchema,
  type ArchiveItem,
  type MediaFields,
  type Organization,
  type Partner,
  type Program,
} from '@arkivi/content-schemas'

/** The collections whose documents can use media, with their documents' types. */
export type MediaUsers = { archiveItems: ArchiveItem; programs: Program; organizations: Organization; partners: Partner }

/**
 * Which fields of a public document hold media, as their schemas mark them. The site publishes a
 * file only if one of these fields of a public document names it.
 */
export const MEDIA_FIELDS: { [C in keyof MediaUsers]: MediaFields<keyof MediaUsers[C]> } = {
  archiveItems: mediaFieldsOf(archiveItemSchema),
  programs: mediaFieldsOf(programSchema),
  organizations: mediaFieldsOf(organizationSchema),
  partners: mediaFieldsOf(partnerSchema),
}
