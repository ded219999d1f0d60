import type { ArchiveItem, Organization, Partner, Program } from '@arkivi/content-schemas'

/** The collections whose documents can use media, with their documents' types. */
export type MediaUsers = { archiveItems: ArchiveItem; programs: Program; organizations: Organization; partners: Partner }

/**
 * Which fields of a public document hold media: relation fields (`ids`: one id or a list) and
 * localized rich text whose upload nodes point to media (`richText`). The site publishes a file
 * only if one of these fields of a public document names it, so a field missing here would
 * leave its files out of the site. The one place the site states this fact; it is to be derived
 * from content-schemas' schemas (each schema marking its media fields) rather than listed here.
 */
export const MEDIA_FIELDS: { [C in keyof MediaUsers]: { ids: (keyof MediaUsers[C])[]; richText: (keyof MediaUsers[C])[] } } = {
  archiveItems: { ids: ['files'], richText: ['description', 'transcript'] },
  programs: { ids: ['documents'], richText: ['body', 'expectedResults', 'targetBeneficiaries', 'referralMechanism'] },
  organizations: { ids: ['logo'], richText: ['description'] },
  partners: { ids: ['logo'], richText: [] },
}
