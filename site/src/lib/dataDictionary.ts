import {
  ACTIVITY_CATEGORIES,
  ARCHIVE_ITEM_FIELD_LABELS,
  ARCHIVE_ITEM_TYPES,
  DATE_PRECISIONS,
  ITEM_LANGUAGES,
  ORGANIZATION_ROLES,
  PROGRAM_KINDS,
  RIGHTS_STATEMENTS,
  type Locale,
  type Vocabulary,
} from '@arkivi/content-schemas'
import type { Translate, UiKey } from '../i18n/index.ts'
import type { OpenDataColumn, OpenDataTable } from './openDataColumns.ts'

/** The shared vocabularies, to show a vocabulary column's values with their labels. */
const VOCABULARIES: Vocabulary<string>[] = [
  ARCHIVE_ITEM_TYPES,
  RIGHTS_STATEMENTS,
  ITEM_LANGUAGES,
  PROGRAM_KINDS,
  ORGANIZATION_ROLES,
  DATE_PRECISIONS,
  ACTIVITY_CATEGORIES,
]

const vocabularyOf = (values: readonly string[]) =>
  VOCABULARIES.find((vocabulary) => vocabulary.length === values.length && vocabulary.every((entry) => values.includes(entry.value)))

/** A column's field name in the page's language: the archive items' shared labels, else the site dictionary's. */
export function columnLabel(table: OpenDataTable, column: OpenDataColumn, t: Translate): string {
  const locale = t.locale
  if (column.field === 'url') return t('data.column.url')
  if (column.field === 'iiifManifest') return t('data.column.iiifManifest')
  const field =
    table === 'archive-items' && column.field in ARCHIVE_ITEM_FIELD_LABELS
      ? ARCHIVE_ITEM_FIELD_LABELS[column.field as keyof typeof ARCHIVE_ITEM_FIELD_LABELS][locale]
      : t(`data.field.${column.field}` as UiKey)
  if (column.part) return `${field} (${t(`data.part.${column.part}` as UiKey)})`
  if (column.name === 'date_approximate') return `${field} (${t('data.approximate')})`
  return field
}

/** What a column holds, in the page's language: its kind, language, vocabulary or linked collection. */
export function columnDescription(column: OpenDataColumn, t: Translate): string {
  const locale: Locale = t.locale
  const kind =
    column.kind === 'reference'
      ? t('data.kind.reference', { key: column.references === 'archive-items' ? 'identifier' : 'slug', table: t(`data.table.${column.references}` as UiKey) })
      : column.kind === 'structured'
        ? t('data.kind.structured', { keys: column.values!.join(', ') })
        : t(`data.kind.${column.kind}` as UiKey)
  const language = column.locale ? ` ${t(`data.language.${column.locale}` as UiKey)}` : ''
  const vocabulary = column.values && column.kind !== 'structured' ? vocabularyOf(column.values) : undefined
  const values =
    column.values && column.kind !== 'structured'
      ? ` ${t('data.values', {
          values: column.values
            .map((value) => {
              const label = vocabulary?.find((entry) => entry.value === value)?.label[locale]
              return label && label !== value ? `${value} (${label})` : value
            })
            .join(', '),
        })}`
      : ''
  return `${kind}${language}.${values}`
}
