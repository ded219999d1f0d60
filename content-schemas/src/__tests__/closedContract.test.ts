import { describe, expect, it } from 'vitest'
import { ContentValidationError, UNKNOWN_FIELD_MESSAGE, parseDocument, type PublicCollection } from '../index.ts'
import { publicArchiveItem, publicMedia, publicMunicipality, publicOrganization, publicPartner, publicProgram, publicSubject } from './fixtures.ts'

const FIXTURES: Record<PublicCollection, () => Record<string, unknown>> = {
  'archive-items': publicArchiveItem,
  programs: publicProgram,
  organizations: publicOrganization,
  partners: publicPartner,
  municipalities: publicMunicipality,
  subjects: publicSubject,
  media: publicMedia,
}

/** The collection's fixture with `extra: 'x'` added to the object at `path`. */
function withExtraField(collection: PublicCollection, path: (string | number)[]): Record<string, unknown> {
  const doc = FIXTURES[collection]()
  let target: Record<string | number, unknown> = doc
  for (const segment of path) target = target[segment] as Record<string | number, unknown>
  target.extra = 'x'
  return doc
}

function validationError(collection: PublicCollection, raw: unknown): ContentValidationError {
  try {
    parseDocument(collection, raw)
  } catch (error) {
    if (error instanceof ContentValidationError) return error
    throw error
  }
  throw new Error('expected a validation error')
}

describe('the public contract is closed', () => {
  it.each(Object.keys(FIXTURES) as PublicCollection[])('%s: a document shaped as the CMS returns it parses', (collection) => {
    expect(() => parseDocument(collection, FIXTURES[collection]())).not.toThrow()
  })

  // Every kind of CMS object in a public document: [collection, path to the object, field, locale].
  it.each<[PublicCollection, (string | number)[], string, string | null]>([
    ['archive-items', [], 'extra', null],
    ['archive-items', ['title'], 'title.extra', null],
    ['archive-items', ['description', 'en'], 'description.extra', 'en'],
    ['archive-items', ['date'], 'date.extra', null],
    ['programs', [], 'extra', null],
    ['programs', ['activities', 0], 'activities.0.extra', null],
    ['programs', ['activities', 0, 'title'], 'activities.0.title.extra', null],
    ['programs', ['body', 'sq'], 'body.extra', 'sq'],
    ['programs', ['period'], 'period.extra', null],
    ['organizations', [], 'extra', null],
    ['organizations', ['founded'], 'founded.extra', null],
    ['organizations', ['governance'], 'governance.extra', null],
    ['partners', [], 'extra', null],
    ['partners', ['logoAlt'], 'logoAlt.extra', null],
    ['municipalities', [], 'extra', null],
    ['municipalities', ['displayName'], 'displayName.extra', null],
    ['subjects', [], 'extra', null],
    ['media', [], 'extra', null],
    ['media', ['alt'], 'alt.extra', null],
    ['media', ['sizes'], 'sizes.extra', null],
    ['media', ['sizes', 'thumbnail'], 'sizes.thumbnail.extra', null],
    ['media', ['sizes', 'large'], 'sizes.large.extra', null],
  ])('%s: refuses an unknown field in %j, naming field %s and locale %s', (collection, path, field, locale) => {
    const doc = withExtraField(collection, path)
    const error = validationError(collection, doc)
    expect(error.issues).toEqual([{ collection, id: String(doc.id), field, locale, message: UNKNOWN_FIELD_MESSAGE }])
  })

  it('names every unknown field of an object, and the locale, in the build message', () => {
    const doc = publicArchiveItem()
    Object.assign((doc.description as Record<string, object>).sq, { html: '<p>x</p>' })
    Object.assign(doc, { internalNote: 'x', reviewer: 3 })
    expect(validationError('archive-items', doc).message.split('\n')).toEqual([
      `archive-items id=7 field=description.html locale=sq: ${UNKNOWN_FIELD_MESSAGE}`,
      `archive-items id=7 field=internalNote: ${UNKNOWN_FIELD_MESSAGE}`,
      `archive-items id=7 field=reviewer: ${UNKNOWN_FIELD_MESSAGE}`,
    ])
  })

  it('refuses a locale the contract does not know', () => {
    const doc = publicSubject()
    Object.assign(doc.name as object, { de: 'LGBTI-Rechte' })
    expect(validationError('subjects', doc).issues).toMatchObject([{ field: 'name.de', locale: null, message: UNKNOWN_FIELD_MESSAGE }])
  })

  it('keeps Lexical nodes open: their node types are the renderer’s concern', () => {
    const doc = publicArchiveItem()
    const root = (doc.description as Record<string, { root: { children: Record<string, unknown>[] } }>).sq.root
    Object.assign(root, { direction: 'ltr', indent: 0, version: 1 })
    Object.assign(root.children[0], { textFormat: 0, textStyle: '' })
    expect(() => parseDocument('archive-items', doc)).not.toThrow()
  })
})
