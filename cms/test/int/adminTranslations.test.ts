import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { collections } from '../../src/collections/index.ts'
import { FIELD_HELP, SELF_EXPLANATORY } from '../../src/i18n/fieldHelp.ts'
import { COLLECTION_LABELS, FIELD_DESCRIPTIONS, FIELD_LABELS, fieldLabel, type CollectionSlugOfOurs, type Labels } from '../../src/i18n/labels.ts'
import { sq } from '../../src/i18n/sq.ts'
import { lexicalTranslationsByLanguage, sqLexical } from '../../src/i18n/sqLexical.ts'

type Tree = { [key: string]: Tree | string }

/** `{ a: { b: 'x' } }` → `[['a:b', 'x']]`, in Payload's own key notation. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}:`)))
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort()
/** The `<0>…</0>` / `<a href>` / `<br>` markup that Payload's <Translation> and emails rely on. */
const tags = (text: string) => [...text.matchAll(/<\/?(?:\d+|a|br)\b[^>]*>/g)].map((m) => m[0].replace(/\s[^>]*>/, '>')).sort()

const list = (items: string[]) => `[${items.join(', ')}]`

/**
 * Every way `translated` falls short of `english`: a key it lacks or leaves empty, a key English
 * does not have, or a `{{placeholder}}` or markup set that differs from the English one.
 */
function translationProblems(english: Tree, translated: Tree): string[] {
  const source = leaves(english)
  const target = new Map(leaves(translated))
  const sourceKeys = new Set(source.map(([key]) => key))
  const problems: string[] = []
  for (const [key, text] of source) {
    const translation = target.get(key)
    if (!translation?.trim()) {
      problems.push(`${key}: missing or empty`)
      continue
    }
    if (placeholders(translation).join() !== placeholders(text).join()) {
      problems.push(`${key}: placeholders ${list(placeholders(translation))} ≠ English ${list(placeholders(text))}`)
    }
    if (tags(translation).join() !== tags(text).join()) {
      problems.push(`${key}: markup ${list(tags(translation))} ≠ English ${list(tags(text))}`)
    }
  }
  for (const key of target.keys()) if (!sourceKeys.has(key)) problems.push(`${key}: not a key of the English`)
  return problems
}

describe('Albanian admin translations', () => {
  it('translate every key of Payload’s English, keeping placeholders and markup', () => {
    expect(translationProblems(en.translations as unknown as Tree, sq.translations as unknown as Tree)).toEqual([])
    expect(leaves(sq.translations as unknown as Tree).length).toBe(leaves(en.translations as unknown as Tree).length)
  })

  it('name the language in Albanian for the admin’s language picker', () => {
    expect(sq.translations.general.thisLanguage).toBe('Shqip')
  })

  it('leave no English behind except where Albanian uses the same word', () => {
    const english = new Map(leaves(en.translations as unknown as Tree))
    const same = leaves(sq.translations as unknown as Tree)
      .filter(([key, text]) => text === english.get(key))
      .map(([key]) => key)
    expect(same).toEqual(['general:email', 'version:version'])
  })
})

/**
 * The rich-text editor's English, assembled as lexicalEditor() does: the package's own
 * `lexical.general` plus each feature's strings under its feature key. The package does not
 * export these files, so they are read from its dist folder.
 */
const LEXICAL_I18N_FILES: Record<string, string> = {
  general: 'i18n.js',
  align: 'features/align/server/i18n.js',
  blockquote: 'features/blockquote/server/i18n.js',
  blocks: 'features/blocks/server/i18n.js',
  checklist: 'features/lists/checklist/server/i18n.js',
  heading: 'features/heading/server/i18n.js',
  horizontalRule: 'features/horizontalRule/server/i18n.js',
  indent: 'features/indent/server/i18n.js',
  link: 'features/link/server/i18n.js',
  orderedList: 'features/lists/orderedList/server/i18n.js',
  paragraph: 'features/paragraph/server/i18n.js',
  relationship: 'features/relationship/server/i18n.js',
  textState: 'features/textState/i18n.js',
  unorderedList: 'features/lists/unorderedList/server/i18n.js',
  upload: 'features/upload/server/i18n.js',
}
const lexicalDist = path.dirname(createRequire(import.meta.url).resolve('@payloadcms/richtext-lexical'))

describe('Albanian rich-text editor translations', () => {
  it('cover every file of per-language strings that the installed editor ships', () => {
    const shipped = readdirSync(lexicalDist, { recursive: true, encoding: 'utf8' })
      .filter((file) => path.basename(file) === 'i18n.js')
      .map((file) => file.split(path.sep).join('/'))
      .sort()
    expect(shipped).toEqual(Object.values(LEXICAL_I18N_FILES).sort())
  })

  it('translate every key of the editor’s English, keeping placeholders', async () => {
    const lexical: Tree = {}
    for (const [key, file] of Object.entries(LEXICAL_I18N_FILES)) {
      const { i18n } = await import(pathToFileURL(path.join(lexicalDist, file)).href)
      expect(i18n.en, `English of ${file}`).toBeTypeOf('object')
      expect(i18n.sq, `${file} now has Albanian of its own`).toBeUndefined()
      lexical[key] = i18n.en
    }
    expect(translationProblems({ lexical }, sqLexical as unknown as Tree)).toEqual([])
    expect(leaves({ lexical }).length).toBe(28)
  })

  it('are offered to the config under the Albanian language code', () => {
    expect(lexicalTranslationsByLanguage.sq).toBe(sqLexical)
  })
})

/** Every named field's path: `name`, or `group.child` / `array.child`; rows and tabs add nothing. */
function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    const own = 'name' in field && field.name ? [`${prefix}${field.name}`] : []
    const childPrefix = own.length > 0 ? `${own[0]}.` : prefix
    if ('fields' in field && Array.isArray(field.fields)) return [...own, ...fieldPaths(field.fields, childPrefix)]
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [`${prefix}${tab.name}`, ...fieldPaths(tab.fields, `${prefix}${tab.name}.`)] : fieldPaths(tab.fields, prefix),
      )
    }
    if (field.type === 'blocks') {
      return [...own, ...(field.blocks ?? []).flatMap((block) => fieldPaths(block.fields, childPrefix))]
    }
    return own
  })
}

/** Every named field with its dotted path (as fieldPaths), to read its admin options. */
function namedFields(fields: Field[], prefix = ''): { path: string; field: Field & { admin?: { description?: unknown } } }[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return 'fields' in field && Array.isArray(field.fields) ? namedFields(field.fields, prefix) : []
    const path = `${prefix}${field.name}`
    const own = { path, field: field as Field & { admin?: { description?: unknown } } }
    return 'fields' in field && Array.isArray(field.fields) ? [own, ...namedFields(field.fields, `${path}.`)] : [own]
  })
}

const LATIN_ONLY = /^[^\u0400-\u04FF]*$/
function expectLabels(labels: Labels, what: string) {
  expect(Object.keys(labels).sort(), what).toEqual(['en', 'rs-latin', 'sq'])
  for (const [language, text] of Object.entries(labels)) expect(text.trim(), `${what} (${language})`).not.toBe('')
  expect(labels['rs-latin'], `${what}: Serbian in Latin script`).toMatch(LATIN_ONLY)
}

describe('labels of our collections and fields', () => {
  it('label every collection, singular and plural, in every admin language', () => {
    expect(Object.keys(COLLECTION_LABELS).sort()).toEqual(
      collections()
        .map((c) => c.slug)
        .sort(),
    )
    for (const [slug, { singular, plural }] of Object.entries(COLLECTION_LABELS)) {
      expectLabels(singular, `${slug} singular`)
      expectLabels(plural, `${slug} plural`)
    }
  })

  it('label every field of every collection, including group and array subfields', () => {
    const paths = new Set(collections().flatMap((c) => fieldPaths(c.fields)))
    expect(paths).toContain('date.approximate')
    expect(paths).toContain('activities.municipalities')
    expect(paths).toContain('period.end')
    const unlabelled = [...paths].filter((p) => !Object.hasOwn(FIELD_LABELS, p))
    expect(unlabelled, 'fields without an entry in FIELD_LABELS').toEqual([])
    const unused = Object.keys(FIELD_LABELS).filter((p) => !paths.has(p))
    expect(unused, 'FIELD_LABELS entries for fields that no longer exist').toEqual([])
  })

  it('write every label and description in all three languages, Serbian in Latin script', () => {
    for (const [name, labels] of Object.entries(FIELD_LABELS)) expectLabels(labels, name)
    for (const [key, labels] of Object.entries(FIELD_DESCRIPTIONS)) expectLabels(labels, `description ${key}`)
  })

  it('give every field that is not self-explanatory a help text in all three languages', () => {
    const withoutHelp: string[] = []
    for (const collection of collections()) {
      const slug = collection.slug as CollectionSlugOfOurs
      for (const { path, field } of namedFields(collection.fields)) {
        const description = field.admin?.description
        if (description) expectLabels(description as Labels, `${slug}.${path} description`)
        else if (!SELF_EXPLANATORY[slug].includes(path)) withoutHelp.push(`${slug}.${path}`)
      }
      for (const path of Object.keys(FIELD_HELP[slug]))
        expect(
          namedFields(collection.fields).map((f) => f.path),
          `help for ${slug}.${path}`,
        ).toContain(path)
    }
    expect(withoutHelp, 'fields without admin.description: add one to cms/src/i18n/fieldHelp.ts').toEqual([])
  })

  it('give collections their labels as functions of the admin language, so the admin gets strings, never an object', () => {
    const i18n = (language: string) => ({ i18n: { language }, t: () => '' }) as never
    for (const collection of collections()) {
      const { singular, plural } = collection.labels!
      expect(typeof singular, collection.slug).toBe('function')
      const labels = COLLECTION_LABELS[collection.slug as CollectionSlugOfOurs]
      for (const language of ['en', 'rs-latin', 'sq'] as const) {
        expect((singular as (args: never) => string)(i18n(language))).toBe(labels.singular[language])
        expect((plural as (args: never) => string)(i18n(language))).toBe(labels.plural[language])
      }
      expect((singular as (args: never) => string)(i18n('de'))).toBe(labels.singular.en)
    }
  })

  it('looks labels up by name and refuses unknown names', () => {
    expect(fieldLabel('identifier')).toEqual({ en: 'Identifier', 'rs-latin': 'Identifikator', sq: 'Identifikuesi' })
    expect(fieldLabel('activities.title').sq).toBe('Titulli')
    expect(() => fieldLabel('nonexistent')).toThrow(/nonexistent/)
    expect(() => fieldLabel('toString')).toThrow()
  })
})
