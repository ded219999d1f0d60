/** The seed's steps, in the order their relations need: each one seeds one kind of record. */
import { LOCALES } from '@arkivi/content-schemas'
import type { Doc, Id } from '../lib/looseApi.ts'
import * as data from './data/index.ts'
import { rich, type Seeder } from './seeder.ts'
import { seedDemoUsers } from './users.ts'

/** Ensures a record for each entry, one at a time, and remembers its id by the entry's `key` field for the steps after. */
async function ensureEach<K extends string, T extends Record<K, string>>(s: Seeder, kind: string, entries: readonly T[], key: K, ensure: (entry: T) => Promise<Id>) {
  for (const entry of entries) s.remember(kind, entry[key], await ensure(entry))
}

export async function seedSubjects(s: Seeder): Promise<void> {
  await ensureEach(s, 'subject', data.subjects, 'key', (subject) =>
    s.ensure('subjects', { slug: subject.key }, (locale) => ({ name: subject.name[locale], slug: subject.key })),
  )
}

export async function seedMunicipalities(s: Seeder): Promise<void> {
  await ensureEach(s, 'municipality', data.municipalities, 'slug', (municipality) =>
    s.ensure('municipalities', { slug: municipality.slug }, (locale) => ({
      nameSq: municipality.nameSq,
      nameSr: municipality.nameSr,
      slug: municipality.slug,
      displayName: municipality.displayName[locale],
    })),
  )
}

export async function seedFiles(s: Seeder): Promise<void> {
  await ensureEach(s, 'file', data.files, 'key', (file) =>
    s.ensure('media', { filename: file.filename }, (locale) => ({ alt: file.alt[locale], caption: file.caption?.[locale], credit: file.credit }), { file }),
  )
}

export async function seedOrganizations(s: Seeder): Promise<void> {
  await ensureEach(s, 'organization', data.organizations, 'key', (org) => {
    const logo = s.find('file', `logo-${org.key}`)
    return s.ensure('organizations', { slug: org.key }, (locale) => ({
      name: org.name[locale],
      acronym: org.acronym,
      slug: org.key,
      description: rich(org.description, locale),
      roles: org.roles,
      logo,
      website: org.website,
      founded: org.founded,
      governance: org.governance?.[locale],
    }))
  })
}

export async function seedPrograms(s: Seeder): Promise<void> {
  for (const program of data.programs) {
    const id = await s.ensure('programs', { slug: program.slug }, (locale) => ({
      title: program.title[locale],
      slug: program.slug,
      kind: program.kind,
      summary: program.summary[locale],
      body: rich(program.body, locale),
      owner: program.owner ? s.key('organization', program.owner) : undefined,
      implementers: s.keys('organization', program.implementers),
      funders: s.keys('organization', program.funders),
      expectedResults: rich(program.expectedResults, locale),
      targetBeneficiaries: rich(program.targetBeneficiaries, locale),
      activitiesNote: program.activitiesNote?.[locale],
      municipalities: s.keys('municipality', program.municipalities),
      referralMechanism: rich(program.referralMechanism, locale),
      documents: s.keys('file', program.documents),
      subjects: s.keys('subject', program.subjects),
    }))
    s.remember('program', program.slug, id)
    await ensureActivities(
      s,
      id,
      program.activities.map((activity) => ({
        ...activity,
        municipalities: s.keys('municipality', activity.municipalities),
      })),
    )
  }
}

/** Adds a program's activities in every locale when it has none yet. */
async function ensureActivities(
  { api, req }: Seeder,
  id: Id,
  activities: (Omit<(typeof data.programs)[number]['activities'][number], 'municipalities'> & { municipalities: Id[] })[],
): Promise<void> {
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

export async function seedPartners(s: Seeder): Promise<void> {
  await ensureEach(s, 'partner', data.partners, 'organization', (partner) => {
    const name = data.organizations.find((o) => o.key === partner.organization)?.acronym ?? partner.organization
    return s.ensure('partners', { name }, (locale) => ({
      organization: s.key('organization', partner.organization),
      tier: partner.tier,
      supportedOrganization: partner.supportedOrganization ? s.key('organization', partner.supportedOrganization) : null,
      supportedPrograms: s.keys('program', partner.supportedPrograms),
      logo: s.find('file', `logo-${partner.organization}`),
      logoAlt: partner.logoAlt[locale],
      description: partner.description?.[locale],
      sortOrder: partner.sortOrder,
    }))
  })
}

/** The items without their relations: related items may refer forward (see linkRelatedItems). */
export async function seedArchiveItems(s: Seeder): Promise<void> {
  await ensureEach(s, 'item', data.archiveItems, 'identifier', (item) =>
    s.ensure(
      'archive-items',
      { identifier: item.identifier },
      (locale) => ({
        identifier: item.identifier,
        title: item.title[locale],
        description: rich(item.description, locale),
        date: item.date,
        type: item.type,
        format: item.format,
        creators: item.creators,
        subjects: s.keys('subject', item.subjects),
        languages: item.languages,
        municipality: item.municipality ? s.key('municipality', item.municipality) : undefined,
        source: item.source[locale],
        rights: item.rights,
        files: s.keys('file', item.files),
        transcript: rich(item.transcript, locale),
        contentWarning: item.contentWarning?.[locale],
        sample: true,
        visibility: item.visibility,
        consentNotes: item.consentNotes,
        takedownNotes: item.takedownNotes,
      }),
      { published: item.published },
    ),
  )
}

/** Links related items once every item exists, leaving alone items that already have relations. */
export async function linkRelatedItems({ api, req, key, keys }: Seeder): Promise<void> {
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
}

/** Fills the contact block with the placeholders when nobody has written anything in it yet. */
export async function seedContact({ payload, req, log, report }: Seeder): Promise<void> {
  const current = await payload.findGlobal({ slug: 'contact', depth: 0, overrideAccess: true, req })
  if (current.updatedAt) {
    report.contact = { created: 0, existing: 1 }
    return
  }
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
  report.contact = { created: 1, existing: 0 }
}

export async function seedUsers({ payload, req, log, report }: Seeder): Promise<void> {
  report.users = await seedDemoUsers(payload, req, log)
}
