import {
  ARCHIVE_ITEM_FIELD_LABELS,
  ARCHIVE_ITEM_TYPES,
  LOCALES,
  LOCALE_INFO,
  RIGHTS_STATEMENTS,
  rightsStatementUri,
  type Locale,
  type Media,
} from '@arkivi/content-schemas'
import { useTranslations } from '../i18n/index.ts'
import { localePath, paths } from '../i18n/routes.ts'
import { formatPartialDate } from './dates.ts'
import type { ImageDerivative } from './iiifImages.ts'
import type { LocalizedField } from './localize.ts'
import { iiifManifestPath } from './openData.ts'
import { richTextToPlain } from './richTextRendering.ts'
import type { Item } from './siteData/types.ts'
import { labelOf } from './vocabulary.ts'

/**
 * IIIF Presentation 3 manifests (https://iiif.io/api/presentation/3.0/) for archive items with
 * images: one canvas per image, painted with the largest WebP derivative the site publishes (a
 * plain image resource: the site is static, so there is no image service to ask for sizes), with
 * the smallest as its thumbnail. Labels are in every locale the item has, tagged with BCP 47.
 */

/** A IIIF language map: values by BCP 47 tag, or under `none` for text in no particular language. */
export type LanguageMap = Record<string, string[]>

export type ManifestImage = { media: Media; image: ImageDerivative; thumbnail: ImageDerivative }

const PRESENTATION_CONTEXT = 'http://iiif.io/api/presentation/3/context.json'

/** A language map from a value per locale; locales without a value are left out. */
export function languageMap(value: (locale: Locale) => string | null | undefined): LanguageMap {
  return Object.fromEntries(LOCALES.flatMap((locale) => (value(locale)?.trim() ? [[LOCALE_INFO[locale].bcp47, [value(locale)!.trim()]]] : [])))
}

const fromField = (field: LocalizedField<string>) => languageMap((locale) => field?.[locale])

/** A metadata entry, left out when its value is empty. */
function entry(label: LanguageMap, value: LanguageMap): { label: LanguageMap; value: LanguageMap }[] {
  return Object.values(value).some((values) => values.some(Boolean)) ? [{ label, value }] : []
}

/** The manifest of an item with images; `siteUrl` has no trailing slash. */
export function itemManifest(item: Item, images: ManifestImage[], { siteUrl, holder }: { siteUrl: string; holder: LocalizedField<string> }) {
  const id = `${siteUrl}${iiifManifestPath(item.slug)}`
  const base = id.replace(/manifest\.json$/, '')
  const absolute = (path: string) => new URL(path, `${siteUrl}/`).href
  const fieldLabel = (field: keyof typeof ARCHIVE_ITEM_FIELD_LABELS) => fromField(ARCHIVE_ITEM_FIELD_LABELS[field])
  const date = languageMap((locale) => {
    const text = formatPartialDate(item.date, locale)
    return item.date.approximate ? useTranslations(locale)('item.approximate', { date: text }) : text
  })
  const rightsLabel = RIGHTS_STATEMENTS.find((statement) => statement.value === item.rights)!.label
  const resource = (image: ImageDerivative) => ({ id: absolute(image.url), type: 'Image', format: image.format, width: image.width, height: image.height })

  return {
    '@context': PRESENTATION_CONTEXT,
    id,
    type: 'Manifest',
    label: fromField(item.title),
    summary: languageMap((locale) => richTextToPlain(item.description?.[locale])),
    metadata: [
      ...entry(fieldLabel('identifier'), { none: [item.identifier] }),
      ...entry(fieldLabel('date'), date),
      ...entry(
        fieldLabel('type'),
        languageMap((locale) => labelOf(ARCHIVE_ITEM_TYPES, item.type, locale)),
      ),
      ...entry(fieldLabel('creators'), { none: item.creators }),
      ...entry(fieldLabel('municipality'), item.municipalityDoc ? fromField(item.municipalityDoc.displayName) : {}),
      ...entry(fieldLabel('source'), fromField(item.source)),
    ],
    requiredStatement: {
      label: fieldLabel('rights'),
      value: languageMap((locale) => `${rightsLabel[locale]} · ${holder?.[locale] ?? holder?.sq ?? ''}`),
    },
    rights: rightsStatementUri(item.rights),
    homepage: LOCALES.map((locale) => ({
      id: absolute(localePath(locale, paths.item(item.slug))),
      type: 'Text',
      label: { [LOCALE_INFO[locale].bcp47]: [item.title[locale] ?? item.title.sq] },
      format: 'text/html',
      language: [LOCALE_INFO[locale].bcp47],
    })),
    thumbnail: [resource(images[0].thumbnail)],
    items: images.map(({ media, image, thumbnail }, index) => {
      const canvas = `${base}canvas/${index + 1}`
      const alt = fromField(media.alt)
      return {
        id: canvas,
        type: 'Canvas',
        label: Object.keys(alt).length > 0 ? alt : { none: [String(index + 1)] },
        width: image.width,
        height: image.height,
        thumbnail: [resource(thumbnail)],
        ...(media.credit ? { requiredStatement: { label: { none: ['©'] }, value: { none: [media.credit] } } } : {}),
        items: [
          {
            id: `${canvas}/page`,
            type: 'AnnotationPage',
            items: [{ id: `${canvas}/page/image`, type: 'Annotation', motivation: 'painting', target: canvas, body: resource(image) }],
          },
        ],
      }
    }),
  }
}
