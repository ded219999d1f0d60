import { getCollection, type CollectionKey } from 'astro:content'
import {
  PARTNER_TIERS,
  identifierSlug,
  type Activity,
  type ArchiveItem,
  type Contact,
  type Id,
  type LexicalNode,
  type Media,
  type Municipality,
  type Organization,
  type Partner,
  type Program,
  type RichText,
  type Subject,
} from '@arkivi/content-schemas'
import { decadeOf } from './dates.ts'

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

let loading: Promise<SiteData> | undefined

/** The site's data, loaded on first use and shared by every page of the build. */
export function loadSiteData(): Promise<SiteData> {
  return (loading ??= buildSiteData())
}

async function all<T>(collection: CollectionKey): Promise<T[]> {
  return (await getCollection(collection)).map((entry) => entry.data as T)
}

const key = (id: Id | null | undefined) => String(id)

async function buildSiteData(): Promise<SiteData> {
  const [rawItems, organizationList, programList, partnerList, municipalityList, subjectList, mediaList, [contact]] = await Promise.all([
    all<ArchiveItem>('archiveItems'),
    all<Organization>('organizations'),
    all<Program>('programs'),
    all<Partner>('partners'),
    all<Municipality>('municipalities'),
    all<Subject>('subjects'),
    all<Media>('media'),
    all<Contact>('contact'),
  ])
  const media = new Map(mediaList.map((doc) => [key(doc.id), doc]))
  const subjectById = new Map(subjectList.map((doc) => [key(doc.id), doc]))
  const municipalityById = new Map(municipalityList.map((doc) => [key(doc.id), doc]))
  const organizations = new Map(organizationList.map((doc) => [key(doc.id), doc]))
  const resolve = <T>(map: Map<string, T>, ids: Id[]): T[] => ids.flatMap((id) => map.get(key(id)) ?? [])

  // Relations to documents the public cannot see (a restricted item, a private file) are not in
  // these maps: they are left out, never fetched separately.
  const items: Item[] = rawItems.map((item) => ({
    ...item,
    slug: identifierSlug(item.identifier),
    decade: decadeOf(item.date.value),
    subjectDocs: resolve(subjectById, item.subjects),
    municipalityDoc: item.municipality != null ? (municipalityById.get(key(item.municipality)) ?? null) : null,
    fileDocs: resolve(media, item.files),
    relatedItems: [],
  }))
  const itemById = new Map(items.map((item) => [key(item.id), item]))
  const itemBySlug = new Map<string, Item>()
  for (const item of items) {
    item.relatedItems = resolve(itemById, item.related).filter((related) => related !== item)
    const clash = itemBySlug.get(item.slug)
    if (clash) throw new Error(`archive-items id=${item.id} and id=${clash.id} share the URL slug "${item.slug}" (identifiers "${item.identifier}", "${clash.identifier}")`)
    itemBySlug.set(item.slug, item)
  }

  const byDate = (a: Item, b: Item) => a.date.value.localeCompare(b.date.value) || a.identifier.localeCompare(b.identifier)
  const itemsByOldest = [...items].sort(byDate)
  const itemsByNewest = [...items].sort((a, b) => byDate(b, a))
  const itemsByAdded = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.identifier.localeCompare(b.identifier))

  // Organization programmes first, then projects; each in the order they were created.
  const programs = [...programList].sort(
    (a, b) => Number(a.kind === 'project') - Number(b.kind === 'project') || a.createdAt.localeCompare(b.createdAt),
  )
  const tierOrder = PARTNER_TIERS.map((tier) => tier.value as string)
  const partners = [...partnerList].sort(
    (a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) || (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name),
  )
  const owners = programs.flatMap((program) => (program.owner != null ? [organizations.get(key(program.owner))] : []))
  const hostOrganization = owners.find((org) => org !== undefined) ?? organizationList[0]

  const activitiesByMunicipality = new Map<string, ActivityAt[]>()
  for (const program of programs) {
    for (const activity of program.activities) {
      for (const id of activity.municipalities) {
        const list = activitiesByMunicipality.get(key(id)) ?? []
        list.push({ program, activity })
        activitiesByMunicipality.set(key(id), list)
      }
    }
  }

  const usedIds = [
    ...items.flatMap((item) => item.files),
    ...programs.flatMap((program) => program.documents),
    ...uploadsIn([
      ...items.flatMap((item) => [item.description, item.transcript]),
      ...programs.flatMap((program) => [program.body, program.expectedResults, program.targetBeneficiaries, program.referralMechanism]),
      ...organizationList.map((org) => org.description),
    ]),
    ...partners.flatMap((partner) => (partner.logo != null ? [partner.logo] : [])),
    ...organizationList.flatMap((org) => (org.logo != null ? [org.logo] : [])),
  ]
  const usedMedia = new Map(resolve(media, usedIds).map((doc) => [key(doc.id), doc]))

  return {
    items,
    itemsByNewest,
    itemsByOldest,
    itemsByAdded,
    itemBySlug,
    organizations,
    programs,
    partners,
    municipalities: [...municipalityList].sort((a, b) => a.slug.localeCompare(b.slug)),
    municipalityById,
    subjects: [...subjectList].sort((a, b) => a.slug.localeCompare(b.slug)),
    subjectById,
    media,
    usedMedia,
    hostOrganization,
    activitiesByMunicipality,
    contact,
  }
}

/** The media ids of upload nodes in localized rich-text fields (any locale). */
function uploadsIn(fields: (Partial<Record<string, RichText | null | undefined>> | null | undefined)[]): Id[] {
  const ids: Id[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'upload') {
      const value = node.value as { id?: Id } | Id | null | undefined
      const id = typeof value === 'object' && value !== null ? value.id : value
      if (id !== undefined && id !== null) ids.push(id)
    }
    node.children?.forEach(visit)
  }
  for (const field of fields) for (const value of Object.values(field ?? {})) value?.root.children.forEach(visit)
  return ids
}

/** Looks up documents by id in a map, leaving out those the public cannot see. */
export function resolveIds<T>(map: Map<string, T>, ids: Id[]): T[] {
  return ids.flatMap((id) => map.get(String(id)) ?? [])
}
