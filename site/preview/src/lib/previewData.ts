import type { Locale, Media } from '@arkivi/content-schemas'
import { fetchCollection, fetchGlobal } from '../../../src/cms/api.ts'
import { CMS_URL } from '../../../src/config.ts'
import { assembleSiteData } from '../../../src/lib/siteData/assemble.ts'
import type { Item, SiteCollections, SiteData } from '../../../src/lib/siteData/types.ts'
import type { Program } from '@arkivi/content-schemas'
import { PREVIEW_BODY_SCHEMA, type PreviewBody, type PreviewStatus } from './body.ts'
import { asPublished, PREVIEWABLE, type PreviewableCollection } from './draft.ts'

/** Which of the site's pages shows the document, and with what. */
export type PreviewPage = { page: 'item'; entry: Item } | { page: 'program'; entry: Program } | { page: 'about' } | { page: 'partners' }

export type PreviewView = PreviewPage & {
  locale: Locale
  data: SiteData
  status: PreviewStatus
  /** The document has no page of its own and is shown where it appears. */
  elsewhere: boolean
}

/** How long the public part of the site data is reused: previews in a row do not re-read the whole site. */
const PUBLIC_DATA_TTL_MS = 10_000
let publicData: { at: number; collections: Promise<SiteCollections> } | undefined

/** The site's collections as the public (and the static build) reads them, fetched anonymously and cached briefly. */
function publicCollections(): Promise<SiteCollections> {
  if (publicData && Date.now() - publicData.at < PUBLIC_DATA_TTL_MS) return publicData.collections
  const collections = (async (): Promise<SiteCollections> => {
    const [archiveItems, organizations, programs, partners, municipalities, subjects, media, contact] = await Promise.all([
      fetchCollection(CMS_URL, 'archive-items'),
      fetchCollection(CMS_URL, 'organizations'),
      fetchCollection(CMS_URL, 'programs'),
      fetchCollection(CMS_URL, 'partners'),
      fetchCollection(CMS_URL, 'municipalities'),
      fetchCollection(CMS_URL, 'subjects'),
      fetchCollection(CMS_URL, 'media'),
      fetchGlobal(CMS_URL, 'contact'),
    ])
    return { archiveItems, organizations, programs, partners, municipalities, subjects, media, contact }
  })()
  // A failed read is not kept: the next preview asks again.
  collections.catch(() => (publicData = undefined))
  publicData = { at: Date.now(), collections }
  return collections
}

/** `list` with `doc` in place of the document with its id (or added). */
function replaced<T extends { id: string | number }>(list: T[], doc: T): T[] {
  return [...list.filter((other) => String(other.id) !== String(doc.id)), doc]
}

/**
 * The site data with the draft in it, and the page that shows it. The draft and the files it uses
 * come from the CMS as the signed-in editor reads them; everything else is the public site.
 * Throws ContentValidationError when the draft breaks the public contract.
 */
export async function previewView(collection: PreviewableCollection, locale: Locale, body: unknown): Promise<PreviewView> {
  const { doc, media, status } = PREVIEW_BODY_SCHEMA.parse(body) as PreviewBody
  const site = await publicCollections()
  const collections: SiteCollections = { ...site }
  for (const file of media) collections.media = replaced<Media>(collections.media, asPublished('media', file))
  const id = String(doc.id)
  const key = PREVIEWABLE[collection]
  if (key === 'archiveItems') collections.archiveItems = replaced(collections.archiveItems, asPublished('archive-items', doc))
  if (key === 'programs') collections.programs = replaced(collections.programs, asPublished('programs', doc))
  if (key === 'organizations') collections.organizations = replaced(collections.organizations, asPublished('organizations', doc))
  if (key === 'partners') collections.partners = replaced(collections.partners, asPublished('partners', doc))
  const data = assembleSiteData(collections)
  return { ...pageFor(key, id, data), locale, data, status, elsewhere: key === 'organizations' || key === 'partners' }
}

/**
 * An item or a programme has its own page. An organization is shown where the site names it: the
 * host (CEL) on About, another on the first programme that it runs, funds or owns, else on
 * Partners; a partner on Partners.
 */
function pageFor(key: (typeof PREVIEWABLE)[PreviewableCollection], id: string, data: SiteData): PreviewPage {
  if (key === 'archiveItems') return { page: 'item', entry: data.items.find((item) => String(item.id) === id)! }
  if (key === 'programs') return { page: 'program', entry: data.programs.find((program) => String(program.id) === id)! }
  if (key === 'organizations') {
    if (String(data.hostOrganization.id) === id) return { page: 'about' }
    const names = (program: Program) => [program.owner, ...program.implementers, ...program.funders].some((org) => org != null && String(org) === id)
    const program = data.programs.find(names)
    if (program) return { page: 'program', entry: program }
  }
  return { page: 'partners' }
}
