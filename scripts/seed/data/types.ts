/**
 * The shape of the seed content: everything the two source documents say, in Albanian as
 * written and in Serbian (Latin) and English translations. The seed script turns these records
 * into CMS documents; keys link records to each other (e.g. a program's `implementers`).
 */
import type {
  ActivityCategory,
  ArchiveItemType,
  DatePrecision,
  ItemLanguage,
  Localized,
  OrganizationRole,
  PartnerTier,
  ProgramKind,
  RightsStatement,
  Visibility,
} from '@arkivi/content-schemas'

/** Rich text as paragraphs; a paragraph starting with "- " is a bullet item. */
export type Paragraphs = Localized<string[]>

export type PartialDate = { value: string; precision: DatePrecision; approximate?: boolean }

export type SeedOrganization = {
  key: string
  acronym: string
  name: Localized
  description: Paragraphs
  roles: OrganizationRole[]
  founded?: PartialDate
  governance?: Localized
  website?: string
}

export type SeedMunicipality = {
  /** Stable slug from the Albanian name without diacritics, e.g. `fushe-kosove`. */
  slug: string
  /** Official names as the source document writes them. */
  nameSq: string
  nameSr: string
  /** Display name per locale: the Albanian name in sq and en, the Serbian name in sr. */
  displayName: Localized
}

export type SeedSubject = { key: string; name: Localized }

export type SeedActivity = {
  title: Localized
  description?: Localized
  category: ActivityCategory
  /** Municipality slugs; empty where the source does not say where the activity runs. */
  municipalities: string[]
}

export type SeedProgram = {
  slug: string
  kind: ProgramKind
  title: Localized
  summary: Localized
  body: Paragraphs
  owner?: string
  implementers: string[]
  funders: string[]
  expectedResults?: Paragraphs
  targetBeneficiaries?: Paragraphs
  activitiesNote?: Localized
  activities: SeedActivity[]
  /** Municipalities the program covers as a whole (the UN project's 14). */
  municipalities: string[]
  referralMechanism?: Paragraphs
  /** Documents by seed file key (see archive items' `files`). */
  documents: string[]
  subjects: string[]
}

export type SeedPartner = {
  organization: string
  tier: PartnerTier
  /** The organization supported as a whole, by key (CEL for its own supporters). */
  supportedOrganization?: string
  supportedPrograms: string[]
  logoAlt: Localized
  sortOrder: number
  description?: Localized
}

/** A file the seed generates locally: a placeholder image or a placeholder PDF. */
export type SeedFile = {
  key: string
  kind: 'image' | 'pdf'
  filename: string
  /** Text drawn on the placeholder image or written in the PDF. */
  text: string
  alt: Localized
  caption?: Localized
  credit?: string
}

export type SeedArchiveItem = {
  identifier: string
  title: Localized
  description: Paragraphs
  date: PartialDate
  type: ArchiveItemType
  format: string
  creators: string[]
  subjects: string[]
  languages: ItemLanguage[]
  municipality?: string
  source: Localized
  rights: RightsStatement
  files: string[]
  transcript?: Paragraphs
  contentWarning?: Localized
  related: string[]
  visibility: Visibility
  /** Published items reach the public API (if public); the rest stay drafts. */
  published: boolean
  consentNotes?: string
  takedownNotes?: string
}
