import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, Payload, ServerProps, TypedUser, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { TRANSLATION_STATUS_FIELD } from '../../plugins/arkivi/translationStatus.ts'
import { stateFieldOf, TARGET_LOCALES, type TargetLocale } from '../../plugins/arkivi/translationState.ts'
import type { StatusI18n } from './labels.ts'
import './translationStatus.scss'

/** Documents whose translation into `locale` is not complete (or not yet computed). */
export function needsTranslation(locale: TargetLocale): Where {
  return { [`${TRANSLATION_STATUS_FIELD}.${stateFieldOf(locale)}`]: { not_equals: 'complete' } }
}

/** The list of `slug` filtered to what needs translation into `locale`, as the list's own filter writes it. */
export function needsTranslationURL(payload: Payload, slug: string, locale: TargetLocale): string {
  const query = new URLSearchParams({ [`where[or][0][and][0][${TRANSLATION_STATUS_FIELD}.${stateFieldOf(locale)}][not_equals]`]: 'complete' })
  return `${formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${slug}` })}?${query}`
}

/** Counts the latest versions (drafts included, as the list shows them) that the user may read. */
async function count(payload: Payload, user: TypedUser | undefined, collection: CollectionSlug, where: Where): Promise<number> {
  const { totalDocs } = await payload.find({ collection, where, draft: true, depth: 0, limit: 1, select: {}, overrideAccess: false, user })
  return totalDocs
}

/**
 * The dashboard's panel: per collection with a translation status and per target locale, how many
 * documents need translating (and how many of them are outdated), each linking to the filtered list.
 */
export async function TranslationStatusPanel({ payload, user, i18n: i18nClient }: ServerProps) {
  const i18n = i18nClient as StatusI18n
  const collections = payload.config.collections.filter((collection) => collection.fields.some((field) => 'name' in field && field.name === TRANSLATION_STATUS_FIELD))
  const rows = await Promise.all(
    collections.map(async (collection) => {
      const slug = collection.slug as CollectionSlug
      const counts = await Promise.all(
        TARGET_LOCALES.map(async (locale) => ({
          locale,
          needs: await count(payload, user, slug, needsTranslation(locale)),
          outdated: await count(payload, user, slug, { [`${TRANSLATION_STATUS_FIELD}.${stateFieldOf(locale)}`]: { equals: 'outdated' } }),
        })),
      )
      return { slug, label: getTranslation(collection.labels.plural, i18n), counts }
    }),
  )
  return (
    <section className="translation-status translation-status__panel" data-testid="translation-status-panel">
      <h2>{i18n.t('translationStatus:panelTitle')}</h2>
      <p>{i18n.t('translationStatus:panelIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('translationStatus:collection')}</th>
            {TARGET_LOCALES.map((locale) => (
              <th key={locale} scope="col">
                {i18n.t(`translationStatus:needs_${locale}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-collection={row.slug}>
              <th scope="row">{row.label}</th>
              {row.counts.map(({ locale, needs, outdated }) => (
                <td key={locale} data-locale={locale}>
                  <a href={needsTranslationURL(payload, row.slug, locale)}>{needs}</a>
                  {outdated > 0 && (
                    <span className="translation-status__badge translation-status__badge--outdated">
                      {' '}
                      {i18n.t('translationStatus:outdatedCount', { count: outdated })}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
