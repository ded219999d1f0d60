'use client'
import { DEFAULT_LOCALE } from '@arkivi/content-schemas'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { stateFieldOf, TARGET_LOCALES, type TranslationStatusValue } from '../../plugins/arkivi/translationState.ts'
import type { TranslationStatusKey, TranslationStatusStrings } from '../../i18n/translationStatus.ts'
import './translationStatus.scss'

/** The list column: `sq source · sr partial · en outdated`, each state in its colour. */
export function StatusCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useTranslation<TranslationStatusStrings, TranslationStatusKey>()
  const status = (cellData ?? {}) as TranslationStatusValue
  return (
    <span className="translation-status__badges">
      <span className="translation-status__badge">
        {DEFAULT_LOCALE} {t('translationStatus:source')}
      </span>
      {TARGET_LOCALES.map((locale) => {
        const state = status[stateFieldOf(locale)]
        return (
          <span key={locale} className={`translation-status__badge translation-status__badge--${state ?? 'unknown'}`} data-locale={locale} data-state={state ?? ''}>
            {locale} {t(`translationStatus:${state ?? 'unknown'}`)}
          </span>
        )
      })}
    </span>
  )
}
