import { ARCHIVE_ITEM_FIELD_LABELS, type COLLECTION_SLUGS, type Localized } from '@arkivi/content-schemas'

/**
 * Labels of our collections and fields in the admin's three languages, keyed by Payload's admin
 * language codes. Payload accepts such an object wherever it takes a label or a description, and
 * shows the entry for the editor's admin language:
 *
 *   { name: 'identifier', type: 'text', label: fieldLabel('identifier'),
 *     admin: { description: fieldDescription('identifier') } }
 *   labels: COLLECTION_LABELS['archive-items']
 *
 * test/int/adminTranslations.test.ts walks every collection's fields and fails when a field's
 * name (or, inside a group or array, its dotted path such as `activities.title`) has no entry.
 * Serbian is in Latin script; archival terms follow Dublin Core and rightsstatements.org.
 */
export type Labels = { en: string; 'rs-latin': string; sq: string }

/**
 * A text given in the content locales (content-schemas: `sq`, `sr`, `en`) as admin labels.
 * Serbian has two codes because Payload names its Serbian Latin translation `rs-latin` (its own
 * code, not a language tag: `rs` is Serbia's country code), and the admin only matches labels to
 * its languages by that code; the content, the site and its `lang` attributes use the language
 * code `sr` (BCP 47 `sr-Latn`).
 */
export function adminLabel(label: Localized): Labels {
  return { en: label.en, 'rs-latin': label.sr, sq: label.sq }
}

export type CollectionSlugOfOurs = (typeof COLLECTION_SLUGS)[keyof typeof COLLECTION_SLUGS]

/** A collection's names in the content locales, each as [singular, plural], as admin labels. */
function collectionLabels(names: Localized<[singular: string, plural: string]>): { singular: Labels; plural: Labels } {
  return {
    singular: adminLabel({ sq: names.sq[0], sr: names.sr[0], en: names.en[0] }),
    plural: adminLabel({ sq: names.sq[1], sr: names.sr[1], en: names.en[1] }),
  }
}

export const COLLECTION_LABELS: Record<CollectionSlugOfOurs, { singular: Labels; plural: Labels }> = {
  organizations: collectionLabels({ sq: ['Organizatë', 'Organizatat'], sr: ['Organizacija', 'Organizacije'], en: ['Organization', 'Organizations'] }),
  programs: collectionLabels({ sq: ['Program', 'Programet'], sr: ['Program', 'Programi'], en: ['Programme', 'Programmes'] }),
  partners: collectionLabels({ sq: ['Partner', 'Partnerët'], sr: ['Partner', 'Partneri'], en: ['Partner', 'Partners'] }),
  'archive-items': collectionLabels({ sq: ['Artikull arkivi', 'Artikujt e arkivit'], sr: ['Arhivski zapis', 'Arhivski zapisi'], en: ['Archive item', 'Archive items'] }),
  municipalities: collectionLabels({ sq: ['Komunë', 'Komunat'], sr: ['Opština', 'Opštine'], en: ['Municipality', 'Municipalities'] }),
  subjects: collectionLabels({ sq: ['Temë', 'Temat'], sr: ['Tema', 'Teme'], en: ['Subject', 'Subjects'] }),
  media: collectionLabels({ sq: ['Skedar media', 'Media'], sr: ['Medijska datoteka', 'Mediji'], en: ['Media file', 'Media'] }),
  users: collectionLabels({ sq: ['Përdorues', 'Përdoruesit'], sr: ['Korisnik', 'Korisnici'], en: ['User', 'Users'] }),
  'takedown-requests': collectionLabels({
    sq: ['Kërkesë për heqje', 'Kërkesat për heqje'],
    sr: ['Zahtev za uklanjanje', 'Zahtevi za uklanjanje'],
    en: ['Takedown request', 'Takedown requests'],
  }),
}

/** The archive item fields' labels, shared with the site (content-schemas). */
const ARCHIVE_ITEM = Object.fromEntries(Object.entries(ARCHIVE_ITEM_FIELD_LABELS).map(([name, label]) => [name, adminLabel(label)])) as Record<
  keyof typeof ARCHIVE_ITEM_FIELD_LABELS,
  Labels
>

const { date: DATE, title: TITLE, description: DESCRIPTION } = ARCHIVE_ITEM
const PRECISION: Labels = { en: 'Precision', 'rs-latin': 'Preciznost', sq: 'Saktësia' }
const APPROXIMATE: Labels = { en: 'Approximate', 'rs-latin': 'Približno', sq: 'Përafërsisht' }

/**
 * Field labels by field name; a field inside a named group or array by its dotted path
 * (`date.value`, `activities.title`, `period.start`). A name used by several collections means
 * the same in each (`name`, `description`, `slug`, `logo`, `subjects`).
 */
export const FIELD_LABELS: Record<string, Labels> = {
  // Archive items (Dublin Core); their title, description, subjects and date are shared
  ...ARCHIVE_ITEM,
  'date.value': DATE,
  'date.precision': PRECISION,
  'date.approximate': APPROXIMATE,
  takedownRequests: { en: 'Takedown requests', 'rs-latin': 'Zahtevi za uklanjanje', sq: 'Kërkesat për heqje' },

  // Shared
  name: { en: 'Name', 'rs-latin': 'Ime', sq: 'Emri' },
  slug: { en: 'URL slug', 'rs-latin': 'Deo URL-a (slug)', sq: 'Pjesa e URL-së (slug)' },
  logo: { en: 'Logo', 'rs-latin': 'Logotip', sq: 'Logoja' },

  // Takedown requests
  page: { en: 'Page or identifier named', 'rs-latin': 'Navedena stranica ili identifikator', sq: 'Faqja ose identifikuesi i përmendur' },
  item: { en: 'Archive item', 'rs-latin': 'Arhivski zapis', sq: 'Artikulli i arkivit' },
  request: { en: 'What is asked', 'rs-latin': 'Šta se traži', sq: 'Çfarë kërkohet' },
  replyTo: { en: 'Reply address', 'rs-latin': 'Adresa za odgovor', sq: 'Adresa për përgjigje' },
  locale: { en: 'Language of the form', 'rs-latin': 'Jezik obrasca', sq: 'Gjuha e formularit' },
  status: { en: 'Status', 'rs-latin': 'Status', sq: 'Statusi' },
  staffNotes: { en: 'Staff notes', 'rs-latin': 'Beleške osoblja', sq: 'Shënimet e stafit' },

  // Media
  alt: { en: 'Alternative text', 'rs-latin': 'Alternativni tekst', sq: 'Teksti alternativ' },
  caption: { en: 'Caption', 'rs-latin': 'Potpis', sq: 'Mbishkrimi' },
  credit: { en: 'Credit', 'rs-latin': 'Autorstvo', sq: 'Autorësia' },
  isPublic: { en: 'Publicly available', 'rs-latin': 'Javno dostupno', sq: 'I qasshëm publikisht' },

  // Municipalities
  nameSq: { en: 'Name in Albanian', 'rs-latin': 'Naziv na albanskom', sq: 'Emri në shqip' },
  nameSr: { en: 'Name in Serbian', 'rs-latin': 'Naziv na srpskom', sq: 'Emri në serbisht' },
  displayName: { en: 'Display name', 'rs-latin': 'Prikazani naziv', sq: 'Emri që shfaqet' },

  // Organizations
  acronym: { en: 'Acronym', 'rs-latin': 'Skraćenica', sq: 'Akronimi' },
  roles: { en: 'Roles', 'rs-latin': 'Uloge', sq: 'Rolet' },
  website: { en: 'Website', 'rs-latin': 'Veb-sajt', sq: 'Uebfaqja' },
  founded: { en: 'Founded', 'rs-latin': 'Datum osnivanja', sq: 'Data e themelimit' },
  'founded.value': DATE,
  'founded.precision': PRECISION,
  'founded.approximate': APPROXIMATE,
  governance: { en: 'Governance', 'rs-latin': 'Upravljanje', sq: 'Qeverisja' },

  // Partners
  organization: { en: 'Organization', 'rs-latin': 'Organizacija', sq: 'Organizata' },
  tier: { en: 'Tier', 'rs-latin': 'Kategorija', sq: 'Kategoria' },
  supportedOrganization: { en: 'Supported organization', 'rs-latin': 'Podržana organizacija', sq: 'Organizata e mbështetur' },
  supportedPrograms: { en: 'Supported programmes', 'rs-latin': 'Podržani programi', sq: 'Programet e mbështetura' },
  logoAlt: { en: 'Logo alternative text', 'rs-latin': 'Alternativni tekst logotipa', sq: 'Teksti alternativ i logos' },
  link: { en: 'Link', 'rs-latin': 'Veza', sq: 'Vegëza' },
  sortOrder: { en: 'Sort order', 'rs-latin': 'Redosled', sq: 'Renditja' },

  // Programmes
  kind: { en: 'Kind', 'rs-latin': 'Vrsta', sq: 'Lloji' },
  summary: { en: 'Summary', 'rs-latin': 'Sažetak', sq: 'Përmbledhja' },
  body: { en: 'Body text', 'rs-latin': 'Glavni tekst', sq: 'Teksti kryesor' },
  owner: { en: 'Owner organization', 'rs-latin': 'Organizacija nosilac', sq: 'Organizata bartëse' },
  implementers: { en: 'Implementing organizations', 'rs-latin': 'Organizacije koje sprovode', sq: 'Organizatat zbatuese' },
  funders: { en: 'Funders', 'rs-latin': 'Finansijeri', sq: 'Financuesit' },
  expectedResults: { en: 'Expected results', 'rs-latin': 'Očekivani rezultati', sq: 'Rezultatet e pritura' },
  targetBeneficiaries: { en: 'Target beneficiaries', 'rs-latin': 'Ciljni korisnici', sq: 'Përfituesit e synuar' },
  activitiesNote: { en: 'Note on activities', 'rs-latin': 'Napomena o aktivnostima', sq: 'Shënim për aktivitetet' },
  activities: { en: 'Activities', 'rs-latin': 'Aktivnosti', sq: 'Aktivitetet' },
  'activities.title': TITLE,
  'activities.description': DESCRIPTION,
  'activities.category': { en: 'Category', 'rs-latin': 'Kategorija', sq: 'Kategoria' },
  'activities.municipalities': { en: 'Municipalities', 'rs-latin': 'Opštine', sq: 'Komunat' },
  municipalities: { en: 'Municipalities covered', 'rs-latin': 'Obuhvaćene opštine', sq: 'Komunat e përfshira' },
  referralMechanism: { en: 'Referral mechanism', 'rs-latin': 'Mehanizam upućivanja', sq: 'Mekanizmi i referimit' },
  documents: { en: 'Documents', 'rs-latin': 'Dokumenti', sq: 'Dokumentet' },
  period: { en: 'Period', 'rs-latin': 'Period', sq: 'Periudha' },
  'period.start': { en: 'Start', 'rs-latin': 'Početak', sq: 'Fillimi' },
  'period.end': { en: 'End', 'rs-latin': 'Kraj', sq: 'Mbarimi' },

  // Users
  role: { en: 'Role', 'rs-latin': 'Uloga', sq: 'Roli' },
}

const STAFF_ONLY: Labels = {
  en: 'Staff only. Never published.',
  'rs-latin': 'Samo za osoblje. Nikada se ne objavljuje.',
  sq: 'Vetëm për stafin. Nuk publikohet kurrë.',
}

/**
 * The admin descriptions now written in English in the collections, by the field they describe.
 * Keyed by purpose rather than by name where a name recurs without the description
 * (`partnerName`, `programMunicipalities`).
 */
export const FIELD_DESCRIPTIONS = {
  identifier: {
    en: 'Unique accession number (dc:identifier), e.g. ARK-2013-0001.',
    'rs-latin': 'Jedinstveni inventarni broj (dc:identifier), npr. ARK-2013-0001.',
    sq: 'Numri unik i inventarit (dc:identifier), p.sh. ARK-2013-0001.',
  },
  format: {
    en: 'dc:format: a MIME type or physical description.',
    'rs-latin': 'dc:format: MIME tip ili fizički opis.',
    sq: 'dc:format: një lloj MIME ose përshkrim fizik.',
  },
  sample: {
    en: 'Demonstration content, not a real record.',
    'rs-latin': 'Demonstracioni sadržaj, nije stvaran zapis.',
    sq: 'Përmbajtje demonstruese, jo artikull i vërtetë.',
  },
  consentNotes: STAFF_ONLY,
  takedownNotes: STAFF_ONLY,
  alt: {
    en: 'Describe the image for people who cannot see it. Required for images.',
    'rs-latin': 'Opišite sliku za osobe koje je ne mogu videti. Obavezno za slike.',
    sq: 'Përshkruajeni imazhin për personat që nuk mund ta shohin. E detyrueshme për imazhet.',
  },
  isPublic: {
    en: 'Set automatically: true while a published public document uses this file.',
    'rs-latin': 'Postavlja se automatski: označeno dok ovu datoteku koristi objavljen javni dokument.',
    sq: 'Caktohet automatikisht: i shënuar për sa kohë që këtë skedar e përdor një dokument publik i publikuar.',
  },
  nameSq: { en: 'Official Albanian name.', 'rs-latin': 'Službeni naziv na albanskom.', sq: 'Emri zyrtar në shqip.' },
  nameSr: { en: 'Official Serbian name.', 'rs-latin': 'Službeni naziv na srpskom.', sq: 'Emri zyrtar në serbisht.' },
  partnerName: {
    en: 'Shown in the admin list; taken from the organization when empty.',
    'rs-latin': 'Prikazuje se u listi administracije; ako je prazno, preuzima se od organizacije.',
    sq: 'Shfaqet në listën e administrimit; nëse lihet bosh, merret nga organizata.',
  },
  supportedOrganization: {
    en: 'The organization this partner supports as a whole, e.g. CEL for its own supporters. The partners page lists the partner under it.',
    'rs-latin': 'Organizacija koju ovaj partner podržava u celini, npr. CEL za njegove podržavaoce. Stranica partnera navodi partnera pod njom.',
    sq: 'Organizata që ky partner e mbështet në tërësi, p.sh. CEL për mbështetësit e vet. Faqja e partnerëve e rendit partnerin nën të.',
  },
  supportedPrograms: {
    en: 'Programmes this partner supports (e.g. the UN joint project). The partners page lists the partner under each; with neither this nor an organization, under CEL.',
    'rs-latin':
      'Programi koje ovaj partner podržava (npr. zajednički projekat UN-a). Stranica partnera navodi partnera pod svakim; bez ovoga i bez organizacije, pod CEL-om.',
    sq: 'Programet që ky partner i mbështet (p.sh. projekti i përbashkët i OKB-së). Faqja e partnerëve e rendit partnerin nën secilin; pa këtë dhe pa organizatë, nën CEL.',
  },
  programMunicipalities: {
    en: 'Municipalities the program covers as a whole.',
    'rs-latin': 'Opštine koje program obuhvata u celini.',
    sq: 'Komunat që programi i përfshin në tërësi.',
  },
  slug: {
    en: 'Stable URL part shared by all languages.',
    'rs-latin': 'Stalni deo URL-a, zajednički za sve jezike.',
    sq: 'Pjesë e qëndrueshme e URL-së, e përbashkët për të gjitha gjuhët.',
  },
} satisfies Record<string, Labels>

export type FieldDescriptionKey = keyof typeof FIELD_DESCRIPTIONS

/** The label of a field by name or dotted path (`activities.title`); throws for an unknown one. */
export function fieldLabel(name: string): Labels {
  if (!Object.hasOwn(FIELD_LABELS, name)) {
    throw new Error(`No admin label for field "${name}": add it to FIELD_LABELS in cms/src/i18n/labels.ts`)
  }
  return FIELD_LABELS[name]
}

/** The admin description of a field, in every admin language. */
export function fieldDescription(key: FieldDescriptionKey): Labels {
  return FIELD_DESCRIPTIONS[key]
}
