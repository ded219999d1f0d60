import type { Activity, ArchiveItem, Contact, Media, Municipality, Organization, Partner, Program, Subject } from '@arkivi/content-schemas'

/** The public documents of every content collection, as the loaders validated them. */
export type SiteCollections = {
  archiveItems: ArchiveItem[]
  organizations: Organization[]
  programs: Program[]
  partners: Partner[]
  municipalities: Municipality[]
  subjects: Subject[]
  media: Media[]
  contact: Contact
}

/** An archive item with what its pages need resolved: slug, decade and linked documents. */
export type Item = ArchiveItem & {
  slug: string
  decade: number
  subjectDocs: Subject[]
  municipalityDoc: Municipality | null
  fileDocs: Media[]
  relatedItems: Item[]
}

export type ActivityAt = { program: Program; activity: Activity }

/** Everything the pages are built from, read once per build from the content collections. */
export type SiteData = {
  items: Item[]
  itemsByNewest: Item[]
  itemsByOldest: Item[]
  itemsByAdded: Item[]
  itemBySlug: Map<string, Item>
  organizations: Map<string, Organization>
  programs: Program[]
  partners: Partner[]
  municipalities: Municipality[]
  municipalityById: Map<string, Municipality>
  subjects: Subject[]
  subjectById: Map<string, Subject>
  media: Map<string, Media>
  /** Media that some public document uses: the only files the site publishes. */
  usedMedia: Map<string, Media>
  /** The organization the site is about (CEL): the one owning programmes, else the first. */
  hostOrganization: Organization
  activitiesByMunicipality: Map<string, ActivityAt[]>
  /** The contact block editors manage in the CMS. */
  contact: Contact
}
