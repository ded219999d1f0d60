import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { LOCALES } from '@arkivi/content-schemas'
import { en } from '@payloadcms/translations/languages/en'
import { toWords } from 'payload/shared'
import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { collections } from '../cms/src/collections/index.ts'
import { Contact } from '../cms/src/globals/Contact.ts'
import { SiteBuild } from '../cms/src/globals/SiteBuild.ts'
import { ENGLISH_ARIA_LABELS } from '../cms/src/i18n/accessibleNames/labels.ts'
import { sq } from '../cms/src/i18n/sq.ts'
import { sqLexical } from '../cms/src/i18n/sqLexical.ts'

type Tree = { [key: string]: Tree | string }
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)))

/** The rich-text editor's own English (every `i18n.js` the installed package ships, `.en`). */
async function lexicalEnglish(): Promise<string[]> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('@payloadcms/richtext-lexical'))
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => path.basename(file) === 'i18n.js')
  const strings: string[] = []
  for (const file of files) strings.push(...leaves((await import(pathToFileURL(path.join(dist, file)).href)).i18n.en as Tree))
  return strings
}

type Texts = { english: string[]; albanian: string[] }

/** A label or description as configured: our `{ en, 'rs-latin', sq }`, a function of the language, or a plain (English) string. */
function collect(value: unknown, texts: Texts): void {
  if (typeof value === 'string') texts.english.push(value)
  else if (typeof value === 'function') {
    for (const [language, list] of [
      ['en', texts.english],
      ['sq', texts.albanian],
    ] as const)
      list.push(value({ i18n: { language }, t: () => '' }))
  } else if (value && typeof value === 'object' && 'en' in value && 'sq' in value) {
    texts.english.push((value as { en: string }).en)
    texts.albanian.push((value as { sq: string }).sq)
  }
}

function collectFields(fields: Field[], texts: Texts): void {
  for (const field of fields) {
    if ('name' in field) collect('label' in field && field.label ? field.label : toWords(field.name), texts)
    collect((field.admin as { description?: unknown } | undefined)?.description, texts)
    if ('options' in field) for (const option of field.options) collect(typeof option === 'string' ? option : option.label, texts)
    if ('fields' in field && Array.isArray(field.fields)) collectFields(field.fields, texts)
  }
}

/**
 * The admin's English UI strings, and their Albanian: Payload's English translations, the
 * rich-text editor's English (its i18n and the aria-labels it hard-codes), and every label,
 * description and option of our collections and globals. A string on an Albanian screen that is
 * in `english` and not also in `albanian` (Albanian writes "Email", "Partner", "Status" so too)
 * is English left behind. Strings with `{{placeholders}}` come back as patterns.
 */
export async function adminStrings(): Promise<{ english: Set<string>; albanian: Set<string>; patterns: { template: string; pattern: RegExp }[] }> {
  const texts: Texts = {
    // Each language's own name (`thisLanguage`) is how the language picker and content-locale menu name it: "English" is right in Albanian too.
    english: leaves(en.translations as unknown as Tree).filter((text) => text !== en.translations.general.thisLanguage),
    albanian: [...leaves(sq.translations as unknown as Tree), ...leaves(sqLexical as unknown as Tree)],
  }
  texts.english.push(...(await lexicalEnglish()), ...Object.keys(ENGLISH_ARIA_LABELS))
  for (const labels of Object.values(ENGLISH_ARIA_LABELS)) collect(labels, texts)
  const configs: (CollectionConfig | GlobalConfig)[] = [...collections(), Contact, SiteBuild]
  for (const config of configs) {
    if ('labels' in config && config.labels) for (const label of [config.labels.singular, config.labels.plural]) collect(label, texts)
    if ('label' in config) collect(config.label, texts)
    collect(config.admin?.description, texts)
    collectFields(config.fields, texts)
  }
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
  // Locale codes (`sq`, `sr`, `en`: the translation status column names languages by them) are the same in every language.
  const codes = new Set<string>(LOCALES)
  const english = new Set(texts.english.map(normalize).filter((text) => /[A-Za-z]{2}/.test(text) && !codes.has(text)))
  const albanian = new Set(texts.albanian.map(normalize))
  const patterns = [...english]
    .filter((text) => text.includes('{{'))
    // A template needs words of its own to be recognised ("{{label}}" alone matches anything).
    .filter((text) => text.replace(/\{\{[^}]*\}\}/g, '').replace(/[^A-Za-z]/g, '').length >= 4)
    .map((template) => ({
      template,
      pattern: new RegExp(
        `^${template
          .split(/\{\{[^}]*\}\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      ),
    }))
  return { english: new Set([...english].filter((text) => !text.includes('{{'))), albanian, patterns }
}
