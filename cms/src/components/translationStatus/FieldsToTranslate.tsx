import type { GroupFieldServerComponent } from 'payload'
import { stateFieldOf, TARGET_LOCALES, translationReport, type TranslationStatusValue } from '../../plugins/arkivi/translationState.ts'
import { labelOfPath, type StatusI18n } from './labels.ts'
import './translationStatus.scss'

/**
 * The edit view's sidebar: per target locale its state and the fields still to translate, missing
 * ones and those whose Albanian changed since, by their labels in the admin's language. It shows
 * the document as last saved (the status is computed on save).
 */
export const FieldsToTranslate: GroupFieldServerComponent = ({ data, collectionSlug, payload, i18n: i18nClient }) => {
  const i18n = i18nClient as StatusI18n
  const status = (data?.translationStatus ?? null) as TranslationStatusValue | null
  const fields = payload.collections[collectionSlug as keyof typeof payload.collections]?.config.fields ?? []
  const report = translationReport(status?.hashes)
  return (
    <div className="translation-status field-type" data-testid="fields-to-translate">
      <h4>{i18n.t('translationStatus:title')}</h4>
      {TARGET_LOCALES.map((locale) => {
        const state = status?.[stateFieldOf(locale)] ?? null
        const { missing, outdated } = report[locale]
        return (
          <div key={locale} className="translation-status__locale" data-locale={locale}>
            <span className={`translation-status__badge translation-status__badge--${state ?? 'unknown'}`}>
              {locale} {i18n.t(`translationStatus:${state ?? 'unknown'}`)}
            </span>
            {state === 'complete' && <p>{i18n.t('translationStatus:allCurrent')}</p>}
            {(
              [
                ['missing', missing],
                ['changedSince', outdated],
              ] as const
            ).map(
              ([key, paths]) =>
                state !== null &&
                paths.length > 0 && (
                  <div key={key}>
                    <p>{i18n.t(`translationStatus:${key}`)}:</p>
                    <ul className="translation-status__fields">
                      {paths.map((path) => (
                        <li key={path}>{labelOfPath(fields, path, i18n)}</li>
                      ))}
                    </ul>
                  </div>
                ),
            )}
          </div>
        )
      })}
    </div>
  )
}
