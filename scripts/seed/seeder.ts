import { DEFAULT_LOCALE, LOCALES, paragraphsToLexical, type Locale } from '@arkivi/content-schemas'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { looseApi, type Id } from '../lib/looseApi.ts'
import type { Paragraphs, SeedFile } from './data/types.ts'
import { placeholderImage, placeholderPdf } from './placeholders.ts'

export type SeedLog = (line: string) => void
export type SeedReport = Record<string, { created: number; existing: number }>

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)

/** What every seed step shares: the transaction's request, the report, and the ids seeded so far. */
export type Seeder = {
  payload: Payload
  req: PayloadRequest
  api: ReturnType<typeof looseApi>
  log: SeedLog
  report: SeedReport
  /** Finds a document by a unique field or creates it in every locale; returns its id. */
  ensure: (
    collection: CollectionSlug,
    match: Record<string, string>,
    localeData: (locale: Locale) => Record<string, unknown>,
    options?: { published?: boolean; file?: SeedFile },
  ) => Promise<Id>
  /** Remembers the id of the seed record `name` of `kind` (e.g. `subject`, `file`). */
  remember: (kind: string, name: string, id: Id) => void
  /** The id of a record seeded before; unknown names are a mistake in the seed data. */
  key: (kind: string, name: string) => Id
  keys: (kind: string, names: string[]) => Id[]
  /** The id of a record seeded before, or undefined (e.g. an organization without a logo). */
  find: (kind: string, name: string) => Id | undefined
}

export function rich(paragraphs: Paragraphs | undefined, locale: Locale) {
  return paragraphs ? paragraphsToLexical(paragraphs[locale]) : undefined
}

export function createSeeder(payload: Payload, req: PayloadRequest, log: SeedLog): Seeder {
  const api = looseApi(payload)
  const report: SeedReport = {}
  const ids = new Map<string, Id>()

  const ensure: Seeder['ensure'] = async (collection, match, localeData, { published = true, file } = {}) => {
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
  return {
    payload,
    req,
    api,
    log,
    report,
    ensure,
    remember: (kind, name, id) => void ids.set(`${kind}:${name}`, id),
    key,
    keys: (kind, names) => names.map((name) => key(kind, name)),
    find: (kind, name) => ids.get(`${kind}:${name}`),
  }
}

async function seedFileUpload(file: SeedFile) {
  const buffer = file.kind === 'pdf' ? await placeholderPdf(file.filename, file.text) : await placeholderImage(file.text)
  return {
    data: buffer,
    mimetype: file.kind === 'pdf' ? 'application/pdf' : 'image/png',
    name: file.filename,
    size: buffer.length,
  }
}
