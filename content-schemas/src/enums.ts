import type { Localized } from './locales.ts'

/**
 * Shared vocabularies. Each enum is a list of stable values plus labels in every locale,
 * so the CMS's select options, the site's filters and the import scripts read one list.
 */
export type Vocabulary<V extends string> = readonly { value: V; label: Localized }[]

function values<V extends string>(vocabulary: Vocabulary<V>): [V, ...V[]] {
  return vocabulary.map((entry) => entry.value) as [V, ...V[]]
}

/** DCMI Type Vocabulary (https://www.dublincore.org/specifications/dublin-core/dcmi-type-vocabulary/). */
export const ARCHIVE_ITEM_TYPES = [
  { value: 'Collection', label: { sq: 'Koleksion', sr: 'Kolekcija', en: 'Collection' } },
  { value: 'Dataset', label: { sq: 'Bashkësi të dhënash', sr: 'Skup podataka', en: 'Dataset' } },
  { value: 'Event', label: { sq: 'Ngjarje', sr: 'Događaj', en: 'Event' } },
  { value: 'Image', label: { sq: 'Imazh', sr: 'Slika', en: 'Image' } },
  { value: 'InteractiveResource', label: { sq: 'Burim interaktiv', sr: 'Interaktivni resurs', en: 'Interactive resource' } },
  { value: 'MovingImage', label: { sq: 'Video', sr: 'Video', en: 'Moving image' } },
  { value: 'PhysicalObject', label: { sq: 'Objekt fizik', sr: 'Fizički objekat', en: 'Physical object' } },
  { value: 'Service', label: { sq: 'Shërbim', sr: 'Usluga', en: 'Service' } },
  { value: 'Software', label: { sq: 'Softuer', sr: 'Softver', en: 'Software' } },
  { value: 'Sound', label: { sq: 'Zë', sr: 'Zvuk', en: 'Sound' } },
  { value: 'StillImage', label: { sq: 'Fotografi', sr: 'Fotografija', en: 'Still image' } },
  { value: 'Text', label: { sq: 'Tekst', sr: 'Tekst', en: 'Text' } },
] as const satisfies Vocabulary<string>
export type ArchiveItemType = (typeof ARCHIVE_ITEM_TYPES)[number]['value']
export const ARCHIVE_ITEM_TYPE_VALUES = values<ArchiveItemType>(ARCHIVE_ITEM_TYPES)

/** The twelve rightsstatements.org statements; the value is the statement's id, its URI is derived. */
export const RIGHTS_STATEMENTS = [
  { value: 'InC', label: { sq: 'Me të drejta autori', sr: 'Zaštićeno autorskim pravom', en: 'In Copyright' } },
  {
    value: 'InC-OW-EU',
    label: {
      sq: 'Me të drejta autori – vepër jetime në BE',
      sr: 'Zaštićeno autorskim pravom – delo bez poznatog nosioca prava u EU',
      en: 'In Copyright – EU Orphan Work',
    },
  },
  {
    value: 'InC-EDU',
    label: {
      sq: 'Me të drejta autori – lejohet përdorimi arsimor',
      sr: 'Zaštićeno autorskim pravom – dozvoljena obrazovna upotreba',
      en: 'In Copyright – Educational Use Permitted',
    },
  },
  {
    value: 'InC-NC',
    label: {
      sq: 'Me të drejta autori – lejohet përdorimi jokomercial',
      sr: 'Zaštićeno autorskim pravom – dozvoljena nekomercijalna upotreba',
      en: 'In Copyright – Non-Commercial Use Permitted',
    },
  },
  {
    value: 'InC-RUU',
    label: {
      sq: 'Me të drejta autori – mbajtësi i të drejtave i paidentifikuar',
      sr: 'Zaštićeno autorskim pravom – nosilac prava nije pronađen',
      en: 'In Copyright – Rights-holder(s) Unlocatable or Unidentifiable',
    },
  },
  {
    value: 'NoC-CR',
    label: { sq: 'Pa të drejta autori – me kufizime kontraktuale', sr: 'Bez autorskog prava – ugovorna ograničenja', en: 'No Copyright – Contractual Restrictions' },
  },
  {
    value: 'NoC-NC',
    label: {
      sq: 'Pa të drejta autori – vetëm përdorim jokomercial',
      sr: 'Bez autorskog prava – samo nekomercijalna upotreba',
      en: 'No Copyright – Non-Commercial Use Only',
    },
  },
  {
    value: 'NoC-OKLR',
    label: {
      sq: 'Pa të drejta autori – kufizime të tjera ligjore',
      sr: 'Bez autorskog prava – druga zakonska ograničenja',
      en: 'No Copyright – Other Known Legal Restrictions',
    },
  },
  { value: 'NoC-US', label: { sq: 'Pa të drejta autori – Shtetet e Bashkuara', sr: 'Bez autorskog prava – Sjedinjene Države', en: 'No Copyright – United States' } },
  { value: 'CNE', label: { sq: 'Të drejtat e autorit të pavlerësuara', sr: 'Autorsko pravo nije procenjeno', en: 'Copyright Not Evaluated' } },
  { value: 'UND', label: { sq: 'Të drejtat e autorit të papërcaktuara', sr: 'Autorsko pravo neutvrđeno', en: 'Copyright Undetermined' } },
  { value: 'NKC', label: { sq: 'Pa të drejta autori të njohura', sr: 'Nema poznatog autorskog prava', en: 'No Known Copyright' } },
] as const satisfies Vocabulary<string>
export type RightsStatement = (typeof RIGHTS_STATEMENTS)[number]['value']
export const RIGHTS_STATEMENT_VALUES = values<RightsStatement>(RIGHTS_STATEMENTS)

export function rightsStatementUri(statement: RightsStatement): string {
  return `http://rightsstatements.org/vocab/${statement}/1.0/`
}

export const ORGANIZATION_ROLES = [
  { value: 'implementer', label: { sq: 'Zbatues', sr: 'Sprovodilac', en: 'Implementer' } },
  { value: 'funder', label: { sq: 'Financues', sr: 'Finansijer', en: 'Funder' } },
  { value: 'partner', label: { sq: 'Partner', sr: 'Partner', en: 'Partner' } },
] as const satisfies Vocabulary<string>
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number]['value']
export const ORGANIZATION_ROLE_VALUES = values<OrganizationRole>(ORGANIZATION_ROLES)

export const PARTNER_TIERS = [
  { value: 'donor', label: { sq: 'Donator', sr: 'Donator', en: 'Donor' } },
  { value: 'partner', label: { sq: 'Partner', sr: 'Partner', en: 'Partner' } },
  { value: 'supporter', label: { sq: 'Mbështetës', sr: 'Podržavalac', en: 'Supporter' } },
] as const satisfies Vocabulary<string>
export type PartnerTier = (typeof PARTNER_TIERS)[number]['value']
export const PARTNER_TIER_VALUES = values<PartnerTier>(PARTNER_TIERS)

export const ACTIVITY_CATEGORIES = [
  { value: 'support', label: { sq: 'Mbështetje', sr: 'Podrška', en: 'Support' } },
  { value: 'capacity-building', label: { sq: 'Ngritje e kapaciteteve', sr: 'Izgradnja kapaciteta', en: 'Capacity building' } },
  { value: 'advocacy', label: { sq: 'Avokim dhe aktivizëm', sr: 'Zagovaranje i aktivizam', en: 'Advocacy and activism' } },
  {
    value: 'social-protection',
    label: { sq: 'Mbrojtja sociale dhe shërbimet themelore', sr: 'Socijalna zaštita i osnovne usluge', en: 'Social protection and basic services' },
  },
  { value: 'awareness', label: { sq: 'Aktivitete vetëdijësuese', sr: 'Aktivnosti podizanja svesti', en: 'Awareness activities' } },
] as const satisfies Vocabulary<string>
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number]['value']
export const ACTIVITY_CATEGORY_VALUES = values<ActivityCategory>(ACTIVITY_CATEGORIES)

export const PROGRAM_KINDS = [
  { value: 'organization-program', label: { sq: 'Program i organizatës', sr: 'Program organizacije', en: 'Organization programme' } },
  { value: 'project', label: { sq: 'Projekt', sr: 'Projekat', en: 'Project' } },
] as const satisfies Vocabulary<string>
export type ProgramKind = (typeof PROGRAM_KINDS)[number]['value']
export const PROGRAM_KIND_VALUES = values<ProgramKind>(PROGRAM_KINDS)

export const DATE_PRECISIONS = [
  { value: 'year', label: { sq: 'Viti', sr: 'Godina', en: 'Year' } },
  { value: 'month', label: { sq: 'Muaji', sr: 'Mesec', en: 'Month' } },
  { value: 'day', label: { sq: 'Dita', sr: 'Dan', en: 'Day' } },
] as const satisfies Vocabulary<string>
export type DatePrecision = (typeof DATE_PRECISIONS)[number]['value']
export const DATE_PRECISION_VALUES = values<DatePrecision>(DATE_PRECISIONS)

export const VISIBILITIES = [
  { value: 'public', label: { sq: 'Publik', sr: 'Javno', en: 'Public' } },
  { value: 'restricted', label: { sq: 'I kufizuar (vetëm stafi)', sr: 'Ograničeno (samo osoblje)', en: 'Restricted (staff only)' } },
] as const satisfies Vocabulary<string>
export type Visibility = (typeof VISIBILITIES)[number]['value']
export const VISIBILITY_VALUES = values<Visibility>(VISIBILITIES)

export const USER_ROLES = [
  { value: 'admin', label: { sq: 'Administrator', sr: 'Administrator', en: 'Admin' } },
  { value: 'editor', label: { sq: 'Redaktor', sr: 'Urednik', en: 'Editor' } },
  { value: 'contributor', label: { sq: 'Kontribues', sr: 'Saradnik', en: 'Contributor' } },
] as const satisfies Vocabulary<string>
export type UserRole = (typeof USER_ROLES)[number]['value']
export const USER_ROLE_VALUES = values<UserRole>(USER_ROLES)

/** ISO 639-1 codes of languages an archive item may be in (the item's own language, not the UI's). */
export const ITEM_LANGUAGES = [
  { value: 'sq', label: { sq: 'Shqip', sr: 'Albanski', en: 'Albanian' } },
  { value: 'sr', label: { sq: 'Serbisht', sr: 'Srpski', en: 'Serbian' } },
  { value: 'en', label: { sq: 'Anglisht', sr: 'Engleski', en: 'English' } },
  { value: 'tr', label: { sq: 'Turqisht', sr: 'Turski', en: 'Turkish' } },
  { value: 'bs', label: { sq: 'Boshnjakisht', sr: 'Bosanski', en: 'Bosnian' } },
  { value: 'rom', label: { sq: 'Romisht', sr: 'Romski', en: 'Romani' } },
] as const satisfies Vocabulary<string>
export type ItemLanguage = (typeof ITEM_LANGUAGES)[number]['value']
export const ITEM_LANGUAGE_VALUES = values<ItemLanguage>(ITEM_LANGUAGES)

/** Where staff are with a takedown request (the collection is staff-only). */
export const TAKEDOWN_STATUSES = [
  { value: 'new', label: { sq: 'E re', sr: 'Novo', en: 'New' } },
  { value: 'in-progress', label: { sq: 'Në shqyrtim', sr: 'U razmatranju', en: 'In progress' } },
  { value: 'done', label: { sq: 'E kryer', sr: 'Završeno', en: 'Done' } },
  { value: 'declined', label: { sq: 'E refuzuar', sr: 'Odbijeno', en: 'Declined' } },
] as const satisfies Vocabulary<string>
export type TakedownStatus = (typeof TAKEDOWN_STATUSES)[number]['value']

/**
 * The collections the public API serves, by slug: the site and scripts address them by these, and
 * schemas/registry.ts gives each its schema.
 */
export const PUBLIC_COLLECTION_SLUGS = {
  organizations: 'organizations',
  programs: 'programs',
  partners: 'partners',
  archiveItems: 'archive-items',
  municipalities: 'municipalities',
  subjects: 'subjects',
  media: 'media',
} as const

/** The collections only signed-in staff can read: accounts, and what the public sends in. */
export const STAFF_COLLECTION_SLUGS = {
  users: 'users',
  takedownRequests: 'takedown-requests',
} as const

/** Every collection of ours, by slug. */
export const COLLECTION_SLUGS = { ...PUBLIC_COLLECTION_SLUGS, ...STAFF_COLLECTION_SLUGS } as const
