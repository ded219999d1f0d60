import type { Localized } from '@arkivi/content-schemas'

/**
 * The contact block's seed: the source documents give no address, phone or email for CEL, so
 * none is invented. These bracketed placeholders tell editors what to fill in, and `placeholder`
 * makes the site say the details are not yet provided.
 */
export const contact: { address: Localized; officeHours: Localized; placeholder: true } = {
  address: {
    sq: '[Adresa postare e CEL-it — e plotëson stafi në CMS]',
    sr: '[Poštanska adresa CEL-a — unosi je osoblje u CMS-u]',
    en: '[CEL’s postal address — to be entered by staff in the CMS]',
  },
  officeHours: {
    sq: '[Orari i punës — e plotëson stafi]',
    sr: '[Radno vreme — unosi osoblje]',
    en: '[Office hours — to be entered by staff]',
  },
  placeholder: true,
}
