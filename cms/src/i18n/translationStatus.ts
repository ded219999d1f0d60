import type { NestedKeysStripped } from '@payloadcms/translations'
import type { AdminLanguage } from './adminLanguages.ts'
import type { Labels } from './labels.ts'

/**
 * The translation status's admin strings (list column, filter, dashboard panel, the edit view's
 * list of fields to translate), per admin language. Components read them with Payload's
 * `useTranslation` / `i18n.t` as `translationStatus:<key>`; the config's `i18n.translations`
 * carries them to the server and the browser (withTranslationStatusStrings).
 */
const STRINGS = {
  en: {
    title: 'Translation status',
    source: 'source',
    complete: 'complete',
    partial: 'partial',
    outdated: 'outdated',
    unknown: 'not yet checked',
    needs_sr: 'Needs translation into Serbian',
    needs_en: 'Needs translation into English',
    missing: 'Not yet translated',
    changedSince: 'Albanian changed since the translation',
    allCurrent: 'Every field is translated from the current Albanian.',
    panelTitle: 'Translations left to do',
    panelIntro: 'Documents whose Serbian or English translation lacks fields or is older than the Albanian text.',
    collection: 'Collection',
    outdatedCount: '{{count}} outdated',
  },
  'rs-latin': {
    title: 'Status prevoda',
    source: 'izvor',
    complete: 'potpun',
    partial: 'delimičan',
    outdated: 'zastareo',
    unknown: 'još nije provereno',
    needs_sr: 'Treba prevesti na srpski',
    needs_en: 'Treba prevesti na engleski',
    missing: 'Još nije prevedeno',
    changedSince: 'Albanski tekst je izmenjen posle prevoda',
    allCurrent: 'Sva polja su prevedena sa trenutnog albanskog teksta.',
    panelTitle: 'Preostali prevodi',
    panelIntro: 'Dokumenti čijem srpskom ili engleskom prevodu nedostaju polja ili je stariji od albanskog teksta.',
    collection: 'Kolekcija',
    outdatedCount: 'zastarelih: {{count}}',
  },
  sq: {
    title: 'Gjendja e përkthimit',
    source: 'burimi',
    complete: 'i plotë',
    partial: 'i pjesshëm',
    outdated: 'i vjetëruar',
    unknown: 'ende i pakontrolluar',
    needs_sr: 'Duhet përkthyer në serbisht',
    needs_en: 'Duhet përkthyer në anglisht',
    missing: 'Ende pa përkthim',
    changedSince: 'Shqipja ka ndryshuar pas përkthimit',
    allCurrent: 'Të gjitha fushat janë përkthyer nga shqipja e tanishme.',
    panelTitle: 'Përkthimet që mbeten',
    panelIntro: 'Dokumente, përkthimit të të cilave në serbisht ose anglisht i mungojnë fusha ose është më i vjetër se teksti shqip.',
    collection: 'Koleksioni',
    outdatedCount: 'të vjetëruara: {{count}}',
  },
} satisfies Record<AdminLanguage, Record<string, string>>

type Strings = (typeof STRINGS)['en']

/** The custom translations object as Payload's `useTranslation` generics take it. */
export type TranslationStatusStrings = { translationStatus: Strings }
export type TranslationStatusKey = NestedKeysStripped<TranslationStatusStrings>

/** The config's `i18n.translations` with these strings added for every admin language. */
export function withTranslationStatusStrings<T extends Partial<Record<AdminLanguage, object>>>(translations: T): T & Record<AdminLanguage, TranslationStatusStrings> {
  const merged = { ...translations } as Record<AdminLanguage, object>
  for (const language of Object.keys(STRINGS) as AdminLanguage[]) {
    merged[language] = { ...translations[language], translationStatus: STRINGS[language] }
  }
  return merged as T & Record<AdminLanguage, TranslationStatusStrings>
}

/** Labels of the stored fields (the list filter shows them as "Translation status > Serbian translation"). */
export const TRANSLATION_STATUS_LABELS = {
  group: { en: STRINGS.en.title, 'rs-latin': STRINGS['rs-latin'].title, sq: STRINGS.sq.title },
  sr: { en: 'Serbian translation', 'rs-latin': 'Srpski prevod', sq: 'Përkthimi në serbisht' },
  en: { en: 'English translation', 'rs-latin': 'Engleski prevod', sq: 'Përkthimi në anglisht' },
  hashes: { en: 'Albanian text hashes', 'rs-latin': 'Heševi albanskog teksta', sq: 'Hash-et e tekstit shqip' },
  complete: { en: STRINGS.en.complete, 'rs-latin': STRINGS['rs-latin'].complete, sq: STRINGS.sq.complete },
  partial: { en: STRINGS.en.partial, 'rs-latin': STRINGS['rs-latin'].partial, sq: STRINGS.sq.partial },
  outdated: { en: STRINGS.en.outdated, 'rs-latin': STRINGS['rs-latin'].outdated, sq: STRINGS.sq.outdated },
} satisfies Record<string, Labels>
