import { z } from 'zod'
import { ARCHIVE_ITEM_TYPE_VALUES, ITEM_LANGUAGE_VALUES, RIGHTS_STATEMENT_VALUES } from '../enums.ts'
import type { Localized } from '../locales.ts'
import { localized, nonEmptyText, optionalLocalized, partialDateSchema, publishedDocumentFields, relationList, relationOne, staffOnly } from './common.ts'
import { mediaList, mediaRichText } from './mediaFields.ts'

/**
 * A public archive item. `visibility` must be `public`: a restricted item in a public response
 * means the CMS's access rules failed, and the build must stop rather than publish it.
 */
export const archiveItemSchema = z.strictObject({
  ...publishedDocumentFields,
  identifier: nonEmptyText,
  title: localized(nonEmptyText),
  description: mediaRichText,
  date: partialDateSchema,
  type: z.enum(ARCHIVE_ITEM_TYPE_VALUES),
  format: z.string().nullish(),
  creators: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  subjects: relationList,
  languages: z
    .array(z.enum(ITEM_LANGUAGE_VALUES))
    .nullish()
    .transform((value) => value ?? []),
  municipality: relationOne,
  place: optionalLocalized(z.string()),
  source: optionalLocalized(z.string()),
  rights: z.enum(RIGHTS_STATEMENT_VALUES),
  files: mediaList,
  transcript: mediaRichText,
  contentWarning: optionalLocalized(z.string()),
  related: relationList,
  sample: z.boolean().nullish(),
  visibility: z.literal('public'),
  consentNotes: staffOnly,
  takedownNotes: staffOnly,
})
export type ArchiveItem = z.infer<typeof archiveItemSchema>

/** The fields an archive item describes itself with (its schema less the document's own metadata). */
export type ArchiveItemField = Exclude<keyof typeof archiveItemSchema.shape, keyof typeof publishedDocumentFields>

/**
 * What each archive item field is called, in every locale: the CMS admin's field labels and the
 * headings the site shows beside a value. Serbian is in Latin script; archival terms follow
 * Dublin Core and rightsstatements.org.
 */
export const ARCHIVE_ITEM_FIELD_LABELS = {
  identifier: { sq: 'Identifikuesi', sr: 'Identifikator', en: 'Identifier' },
  title: { sq: 'Titulli', sr: 'Naslov', en: 'Title' },
  description: { sq: 'Përshkrimi', sr: 'Opis', en: 'Description' },
  date: { sq: 'Data', sr: 'Datum', en: 'Date' },
  type: { sq: 'Lloji', sr: 'Vrsta', en: 'Type' },
  format: { sq: 'Formati', sr: 'Format', en: 'Format' },
  creators: { sq: 'Krijuesit', sr: 'Autori', en: 'Creators' },
  subjects: { sq: 'Temat', sr: 'Teme', en: 'Subjects' },
  languages: { sq: 'Gjuhët', sr: 'Jezici', en: 'Languages' },
  municipality: { sq: 'Komuna', sr: 'Opština', en: 'Municipality' },
  place: { sq: 'Vendi', sr: 'Mesto', en: 'Place' },
  source: { sq: 'Burimi', sr: 'Izvor', en: 'Source' },
  rights: { sq: 'Deklarata e të drejtave', sr: 'Izjava o pravima', en: 'Rights statement' },
  files: { sq: 'Skedarët', sr: 'Datoteke', en: 'Files' },
  transcript: { sq: 'Transkripti', sr: 'Transkript', en: 'Transcript' },
  contentWarning: { sq: 'Paralajmërim për përmbajtjen', sr: 'Upozorenje o sadržaju', en: 'Content warning' },
  related: { sq: 'Artikuj të lidhur', sr: 'Povezani zapisi', en: 'Related items' },
  sample: { sq: 'Artikull shembull', sr: 'Probni zapis', en: 'Sample record' },
  visibility: { sq: 'Dukshmëria', sr: 'Vidljivost', en: 'Visibility' },
  consentNotes: { sq: 'Shënime për pëlqimin', sr: 'Beleške o pristanku', en: 'Consent notes' },
  takedownNotes: { sq: 'Shënime për heqjen', sr: 'Beleške o uklanjanju', en: 'Takedown notes' },
} as const satisfies Record<ArchiveItemField, Localized>
