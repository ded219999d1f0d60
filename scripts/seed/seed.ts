import { DEFAULT_LOCALE, LOCALES, type Locale } from '@arkivi/content-schemas'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { paragraphsToLexical } from '@arkivi/content-schemas'
import { bulkWriteContext } from '@arkivi/cms/rebuild'
import { looseApi, type Doc, type Id } from '../lib/looseApi.ts'
import * as data from './data/index.ts'
import type { Paragraphs, SeedFile } from './data/types.ts'
import { placeholderImage, placeholderPdf } from './placeholders.ts'
import { seedDemoUsers } from './users.ts'

export type SeedLog = (line: string) => void
export type SeedReport = Record<string, { created: number; existing: number }>

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)

function rich(paragraphs: Paragraphs | undefined, locale: Locale) {
  return paragraphs ? paragraphsToLexical(paragraphs[locale]) : undefined
}

/**
 * Seeds the CMS from the source documents. It creates only what is missing (matched by slug,
 * identifier or filename) and never overwrites what exists, so running it again changes nothing
 * and never undoes an editor's work. Everything is written in one transaction: a failure leaves
 * the database as it was.
 */
export async function seed(payload: Payload, log: SeedLog = console.log): Promise<SeedReport> {
  // One build after seeding (npm start builds the site next) instead of one per document.
  const req = await createLocalReq({ context: bulkWriteContext() }, payload)
  const transactionID = await payload.db.beginTransaction?.()
  if (transactionID) req.transactionID = transactionID
  try {
    const report = await seedAll(payload, req, log)
    if (transactionID) await payload.db.commitTransaction?.(transactionID)
    return report
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction?.(transactionID)
    throw error
  }
}

async function seedAll(payload: Payload, req: PayloadRequest, log: SeedLog): Promise<SeedReport> {
  const api = looseApi(payload)
  const report: SeedReport = {}
  const ids = new Map<string, Id>()

  /** Finds a document by a unique field or creates it in every locale; returns its id. */
  async function ensure(
    collection: CollectionSlug,
    match: Record<string, string>,
    localeData: (locale: Locale) => Record<string, unknown>,
    { published = true, file }: { published?: boolean; file?: SeedFile } = {},
  ): Promise<Id> {
    const [field, value] = Object.entries(match)[0]
    const counts = (report[collection] ??= { created: 0, existing: 0 })
    const found = await api.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    if (found.docs[0]) {
      counts.existing += 1
      return found.docs[0].id
    }
    const status = published ? { _status: 'published' } : { _status: 'draft' }
    const versioned = payload.collections[collection].config.versions?.drafts
    const created = await api.create({
      collection,
      data: { ...localeData(DEFAULT_LOCALE), ...(versioned ? status : {}) },
      locale: DEFAULT_LOCALE,
      draft: versioned ? !published : undefined,
      overrideAccess: true,
      depth: 0,
      req,
      ...(file ? { file: await seedFileUpload(file) } : {}),
    })
    for (const locale of OTHER_LOCALES) {
      await api.update({
        collection,
        id: created.id,
        data: { ...localeData(locale), ...(versioned ? status : {}) },
        locale,
        draft: versioned ? !published : undefined,
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    counts.created += 1
    log(`seed: ${collection} "${value}" created`)
    return created.id
  }

  const key = (kind: string, name: string) => {
    const id = ids.get(`${kind}:${name}`)
    if (id === undefined) throw new Error(`seed data: unknown ${kind} "${name}"`)
    return id
  }
  const keys = (kind: string, names: string[]) => names.map((name) => key(kind, name))

  for (const subject of data.subjects) {
    ids.set(`subject:${subject.key}`, await ensure('subjects', { slug: subject.key }, (locale) => ({
      name: subject.name[locale],
      slug: subject.key,
    })))
  }
  for (const municipality of data.municipalities) {
    ids.set(`municipality:${municipality.slug}`, await ensure('municipalities', { slug: municipality.slug }, (locale) => ({
      nameSq: municipality.nameSq,
      nameSr: municipality.nameSr,
      slug: municipality.slug,
      displayName: municipality.displayName[locale],
    })))
  }
  for (const file of data.files) {
    ids.set(`file:${file.key}`, await ensure('media', { filename: file.filename }, (locale) => ({
      alt: file.alt[locale],
      caption: file.caption?.[locale],
      credit: file.credit,
    }), { file }))
  }
  for (const org of data.organizations) {
    const logo = ids.get(`file:logo-${org.key}`)
    ids.set(`organization:${org.key}`, await ensure('organizations', { slug: org.key }, (locale) => ({
      name: org.name[locale],
      acronym: org.acronym,
      slug: org.key,
      description: rich(org.description, locale),
      roles: org.roles,
      logo,
      website: org.website,
      founded: org.founded,
      governance: org.governance?.[locale],
    })))
  }
  const programRows = new Map<string, Id>()
  for (const program of data.programs) {
    const id = await ensure('programs', { slug: program.slug }, (locale) => ({
      title: program.title[locale],
      slug: program.slug,
      kind: program.kind,
      summary: program.summary[locale],
      body: rich(program.body, locale),
      owner: program.owner ? key('organization', program.owner) : undefined,
      implementers: keys('organization', program.implementers),
      funders: keys('organization', program.funders),
      expectedResults: rich(program.expectedResults, locale),
      targetBeneficiaries: rich(program.targetBeneficiaries, locale),
      activitiesNote: program.activitiesNote?.[locale],
      municipalities: keys('municipality', program.municipalities),
      referralMechanism: rich(program.referralMechanism, locale),
      documents: keys('file', program.documents),
      subjects: keys('subject', program.subjects),
    }))
    programRows.set(program.slug, id)
    ids.set(`program:${program.slug}`, id)
    await ensureActivities(payload, req, id, program.activities.map((activity) => ({
      ...activity,
      municipalities: keys('municipality', activity.municipalities),
    })))
  }
  for (const partner of data.partners) {
    ids.set(`partner:${partner.organization}`, await ensure('partners', { name: data.organizations.find((o) => o.key === partner.organization)?.acronym ?? partner.organization }, (locale) => ({
      organization: key('organization', partner.organization),
      tier: partner.tier,
      supportedPrograms: keys('program', partner.supportedPrograms),
      logo: ids.get(`file:logo-${partner.organization}`),
      logoAlt: partner.logoAlt[locale],
      description: partner.description?.[locale],
      sortOrder: partner.sortOrder,
    })))
  }
  // Items first, then their relations, because related items may refer forward.
  for (const item of data.archiveItems) {
    ids.set(`item:${item.identifier}`, await ensure('archive-items', { identifier: item.identifier }, (locale) => ({
      identifier: item.identifier,
      title: item.title[locale],
      description: rich(item.description, locale),
      date: item.date,
      type: item.type,
      format: item.format,
      creators: item.creators,
      subjects: keys('subject', item.subjects),
      languages: item.languages,
      municipality: item.municipality ? key('municipality', item.municipality) : undefined,
      source: item.source[locale],
      rights: item.rights,
      files: keys('file', item.files),
      transcript: rich(item.transcript, locale),
      contentWarning: item.contentWarning?.[locale],
      sample: true,
      visibility: item.visibility,
      consentNotes: item.consentNotes,
      takedownNotes: item.takedownNotes,
    }), { published: item.published }))
  }
  for (const item of data.archiveItems) {
    if (item.related.length === 0) continue
    const id = key('item', item.identifier)
    const current = await api.findByID({ collection: 'archive-items', id, depth: 0, draft: true, overrideAccess: true, req })
    if (Array.isArray(current.related) && current.related.length > 0) continue
    await api.update({
      collection: 'archive-items',
      id,
      data: { related: keys('item', item.related), _status: item.published ? 'published' : 'draft' },
      draft: !item.published,
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  report.contact = await ensureContact(payload, req, log)
  report.users = await seedDemoUsers(payload, req, log)
  return report
}

/** Fills the contact block with the placeholders when nobody has written anything in it yet. */
async function ensureContact(payload: Payload, req: PayloadRequest, log: SeedLog): Promise<SeedReport[string]> {
  const current = await payload.findGlobal({ slug: 'contact', depth: 0, overrideAccess: true, req })
  if (current.updatedAt) return { created: 0, existing: 1 }
  for (const locale of LOCALES) {
    await payload.updateGlobal({
      slug: 'contact',
      locale,
      data: { address: data.contact.address[locale], officeHours: data.contact.officeHours[locale], placeholder: data.contact.placeholder },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  log('seed: contact placeholders created')
  return { created: 1, existing: 0 }
}

/** Adds a program's activities in every locale when it has none yet. */
async function ensureActivities(
  payload: Payload,
  req: PayloadRequest,
  id: Id,
  activities: (Omit<(typeof data.programs)[number]['activities'][number], 'municipalities'> & { municipalities: Id[] })[],
): Promise<void> {
  const api = looseApi(payload)
  const current = await api.findByID({ collection: 'programs', id, depth: 0, draft: true, overrideAccess: true, req })
  if (Array.isArray(current.activities) && current.activities.length > 0) return
  const status = current._status === 'published' ? 'published' : 'draft'
  let rows: Doc[] = []
  for (const locale of LOCALES) {
    const updated = await api.update({
      collection: 'programs',
      id,
      locale,
      data: {
        _status: status,
        activities: activities.map((activity, index) => ({
          ...(rows[index] ? { id: rows[index].id } : {}),
          title: activity.title[locale],
          description: activity.description?.[locale],
          category: activity.category,
          municipalities: activity.municipalities,
        })),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    rows = updated.activities as Doc[]
  }
}

async function seedFileUpload(file: SeedFile) {
  const buffer =
    file.kind === 'pdf' ? await placeholderPdf(file.filename, file.text) : await placeholderImage(file.text)
  return {
    data: buffer,
    mimetype: file.kind === 'pdf' ? 'application/pdf' : 'image/png',
    name: file.filename,
    size: buffer.length,
  }
}
