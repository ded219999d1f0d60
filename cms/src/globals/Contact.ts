import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { anyone, canPublish } from '../access/index.ts'
import { requestRebuild } from '../rebuild/request.ts'

const rebuild: GlobalAfterChangeHook = async ({ context, doc, req }) => {
  if (!context.skipRebuild) await requestRebuild(req, 'contact details changed')
  return doc
}

/**
 * How people in the archive, and anyone else, reach CEL's staff: shown on the site's
 * contributing, privacy and about pages in every language. Public by design, so it holds only
 * what the organisation chooses to publish; `placeholder` marks seed text nobody has replaced.
 */
export const Contact: GlobalConfig = {
  slug: 'contact',
  label: { en: 'Contact details', 'rs-latin': 'Kontakt podaci', sq: 'Të dhënat e kontaktit' },
  access: { read: anyone, update: canPublish },
  hooks: { afterChange: [rebuild] },
  fields: [
    { name: 'email', type: 'email', label: { en: 'Email', 'rs-latin': 'E-pošta', sq: 'Email' } },
    { name: 'phone', type: 'text', label: { en: 'Phone', 'rs-latin': 'Telefon', sq: 'Telefoni' } },
    {
      name: 'signal',
      type: 'text',
      label: { en: 'Signal', 'rs-latin': 'Signal', sq: 'Signal' },
      admin: {
        description: {
          en: 'A Signal number or username, for people who prefer an encrypted channel.',
          'rs-latin': 'Signal broj ili korisničko ime, za one koji žele šifrovani kanal.',
          sq: 'Një numër ose emër përdoruesi në Signal, për ata që parapëlqejnë një kanal të enkriptuar.',
        },
      },
    },
    { name: 'address', type: 'textarea', localized: true, label: { en: 'Postal address', 'rs-latin': 'Poštanska adresa', sq: 'Adresa postare' } },
    { name: 'officeHours', type: 'text', localized: true, label: { en: 'Office hours', 'rs-latin': 'Radno vreme', sq: 'Orari i punës' } },
    {
      name: 'placeholder',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Placeholder text', 'rs-latin': 'Privremeni tekst', sq: 'Tekst i përkohshëm' },
      admin: {
        description: {
          en: 'Checked while these are not CEL’s real details; the site then says so. Uncheck once filled in.',
          'rs-latin': 'Označeno dok ovo nisu stvarni podaci CEL-a; sajt to tada i navodi. Isključite kada ih unesete.',
          sq: 'I shënuar për sa kohë këto nuk janë të dhënat e vërteta të CEL-it; faqja atëherë e thotë këtë. Çaktivizojeni kur t’i plotësoni.',
        },
      },
    },
  ],
}
