import type { PayloadRequest } from 'payload'
import type { AdminLanguage } from './adminLanguages.ts'

/**
 * Error messages the CMS's own checks return to editors, in the admin's three languages. The
 * admin shows an API error's message as it is, so it is written for the editor who made the
 * request, in the language their admin speaks (`req.i18n.language`).
 */
type Params = Record<string, string | number>
type Message = (params: Params) => string

const MESSAGES = {
  uploadTooLarge: {
    en: (p) => `"${p.name}" is ${p.size} MB; files may be at most ${p.limit} MB.`,
    'rs-latin': (p) => `„${p.name}” ima ${p.size} MB; datoteke mogu imati najviše ${p.limit} MB.`,
    sq: (p) => `„${p.name}” ka ${p.size} MB; skedarët mund të kenë deri në ${p.limit} MB.`,
  },
  uploadTypeRefused: {
    en: (p) => `"${p.name}" is ${p.detected}. Allowed are JPEG, PNG, WebP, AVIF and GIF images and PDF documents.`,
    'rs-latin': (p) => `„${p.name}” je ${p.detected}. Dozvoljene su slike JPEG, PNG, WebP, AVIF i GIF i PDF dokumenti.`,
    sq: (p) => `„${p.name}” është ${p.detected}. Lejohen imazhet JPEG, PNG, WebP, AVIF dhe GIF dhe dokumentet PDF.`,
  },
  uploadUnknownType: {
    en: () => 'a file of an unrecognised type',
    'rs-latin': () => 'datoteka neprepoznatog tipa',
    sq: () => 'një skedar i një lloji të panjohur',
  },
  uploadExtensionMismatch: {
    en: (p) => `"${p.name}" contains ${p.detected} data but its name ends in ".${p.extension}". Rename it or export it again.`,
    'rs-latin': (p) => `„${p.name}” sadrži podatke tipa ${p.detected}, a ime mu se završava na „.${p.extension}”. Preimenujte je ili je ponovo izvezite.`,
    sq: (p) => `„${p.name}” përmban të dhëna ${p.detected}, por emri i tij mbaron me „.${p.extension}”. Riemërtojeni ose eksportojeni përsëri.`,
  },
  richTextNode: {
    en: (p) => `${p.field} (${p.locale}): a "${p.node}" element cannot be stored in rich text; only prose (paragraphs, headings, lists, quotes, links) is allowed.`,
    'rs-latin': (p) => `${p.field} (${p.locale}): element „${p.node}” ne može se sačuvati u tekstu; dozvoljen je samo tekst (pasusi, naslovi, liste, citati, linkovi).`,
    sq: (p) => `${p.field} (${p.locale}): elementi „${p.node}” nuk mund të ruhet në tekst; lejohet vetëm teksti (paragrafë, tituj, lista, citate, lidhje).`,
  },
  richTextLink: {
    en: (p) => `${p.field} (${p.locale}): the link "${p.url}" is not allowed; use a web (https://), mail (mailto:) or phone (tel:) address.`,
    'rs-latin': (p) => `${p.field} (${p.locale}): link „${p.url}” nije dozvoljen; koristite veb (https://), e-mail (mailto:) ili telefonsku (tel:) adresu.`,
    sq: (p) => `${p.field} (${p.locale}): lidhja „${p.url}” nuk lejohet; përdorni një adresë uebi (https://), emaili (mailto:) ose telefoni (tel:).`,
  },
} satisfies Record<string, Record<AdminLanguage, Message>>

export type MessageKey = keyof typeof MESSAGES

/** A message in the request's admin language (English when the language is not one of ours). */
export function message(req: PayloadRequest | undefined, key: MessageKey, params: Params = {}): string {
  const language = req?.i18n?.language as AdminLanguage | undefined
  const byLanguage: Record<AdminLanguage, Message> = MESSAGES[key]
  return (byLanguage[language ?? 'en'] ?? byLanguage.en)(params)
}
