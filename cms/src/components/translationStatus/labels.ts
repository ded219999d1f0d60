import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Field } from 'payload'
import type { TranslationStatusKey, TranslationStatusStrings } from '../../i18n/translationStatus.ts'

/** The admin's i18n with the translation status's own keys. */
export type StatusI18n = I18nClient<TranslationStatusStrings, TranslationStatusKey>

/** The named fields at one level, looking through rows, collapsibles and unnamed tabs. */
function namedFields(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if ('name' in field && field.name) return [field]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : namedFields(tab.fields)))
    return 'fields' in field ? namedFields(field.fields) : []
  })
}

/**
 * A localized field's path (`title`, `activities.0.title`) as its labels in the admin's language:
 * `Activities 1 › Title`. A path the config no longer has is shown as it is.
 */
export function labelOfPath(fields: Field[], path: string, i18n: I18nClient): string {
  const parts: string[] = []
  let level: Field[] | undefined = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts[parts.length - 1] += ` ${Number(segment) + 1}`
      continue
    }
    const field: Field | undefined = level && namedFields(level).find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return path
    // Labels are functions of the admin language (i18n/applyLabels.ts), or plain strings or objects by language.
    const given = 'label' in field ? field.label : undefined
    const label = typeof given === 'function' ? given({ i18n, t: i18n.t }) : given ? getTranslation(given, i18n) : segment
    parts.push(typeof label === 'string' && label !== '' ? label : segment)
    level = 'fields' in field ? field.fields : undefined
  }
  return parts.join(' › ')
}
