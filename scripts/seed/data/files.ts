/**
 * Files the seed script generates locally: placeholder images and a placeholder PDF. None of
 * them is an original; their `text` (plain ASCII, so any font can draw it) is drawn onto the
 * placeholder. The alt text of every image says that it is a placeholder.
 */
import type { SeedFile } from './types.ts'

const credit = 'Arkivi placeholder'

/** A placeholder logo for a partner organization, keyed `logo-<organization key>`. */
function logo(organization: string, acronym: string, kindSq: string, kindSr: string): SeedFile {
  return {
    key: `logo-${organization}`,
    kind: 'image',
    filename: `logo-${organization}.png`,
    text: acronym,
    alt: {
      sq: `Imazh zëvendësues për logon e ${kindSq} ${acronym}; nuk është logoja origjinale.`,
      sr: `Zamenska slika za logo ${kindSr} ${acronym}; nije originalni logo.`,
      en: `Placeholder image for the ${acronym} logo; not the original logo.`,
    },
    credit,
  }
}

export const files: SeedFile[] = [
  {
    key: 'mptf-factsheet',
    kind: 'pdf',
    filename: 'MPTF-factsheet.pdf',
    text: 'Placeholder for the factsheet of the UN joint project (MPTF-factsheet.pdf). The original document is not included in this archive.',
    alt: {
      sq: 'Dokument PDF zëvendësues për fletën informative të projektit (MPTF-factsheet.pdf); origjinali nuk përfshihet.',
      sr: 'Zamenski PDF dokument za informativni list projekta (MPTF-factsheet.pdf); original nije uključen.',
      en: 'Placeholder PDF for the project factsheet (MPTF-factsheet.pdf); the original is not included.',
    },
    caption: {
      sq: 'Fleta informative e projektit (MPTF-factsheet.pdf): dokument zëvendësues, origjinali nuk përfshihet në këtë arkiv.',
      sr: 'Informativni list projekta (MPTF-factsheet.pdf): zamenski dokument, original nije uključen u ovaj arhiv.',
      en: 'Project factsheet (MPTF-factsheet.pdf): placeholder document; the original is not included in this archive.',
    },
    credit,
  },
  {
    key: 'cel-founding-placeholder',
    kind: 'image',
    filename: 'cel-founding-placeholder.png',
    text: 'CEL - July 2013 - placeholder image',
    alt: {
      sq: 'Imazh zëvendësues për themelimin e CEL në korrik 2013; nuk është fotografi origjinale.',
      sr: 'Zamenska slika za osnivanje CEL-a u julu 2013; nije originalna fotografija.',
      en: 'Placeholder image for the founding of CEL in July 2013; not an original photograph.',
    },
    caption: {
      sq: 'Themelimi i CEL, korrik 2013 (imazh zëvendësues).',
      sr: 'Osnivanje CEL-a, jul 2013. (zamenska slika).',
      en: 'The founding of CEL, July 2013 (placeholder image).',
    },
    credit,
  },
  {
    key: 'un-project-placeholder',
    kind: 'image',
    filename: 'un-project-placeholder.png',
    text: 'UN joint project - IOM, UNHCR, UN Women - placeholder image',
    alt: {
      sq: 'Imazh zëvendësues për projektin e përbashkët të IOM, UNHCR dhe UN Women; nuk është fotografi origjinale.',
      sr: 'Zamenska slika za zajednički projekat IOM-a, UNHCR-a i UN Women; nije originalna fotografija.',
      en: 'Placeholder image for the joint project of IOM, UNHCR and UN Women; not an original photograph.',
    },
    caption: {
      sq: 'Projekti i përbashkët i IOM, UNHCR dhe UN Women (imazh zëvendësues).',
      sr: 'Zajednički projekat IOM-a, UNHCR-a i UN Women (zamenska slika).',
      en: 'The joint project of IOM, UNHCR and UN Women (placeholder image).',
    },
    credit,
  },
  {
    // Attached to the restricted sample item: its texts stay generic on purpose.
    key: 'support-group-placeholder',
    kind: 'image',
    filename: 'support-group-placeholder.png',
    text: 'Sample record - placeholder image',
    alt: {
      sq: 'Imazh zëvendësues për një regjistrim shembull; nuk tregon persona realë.',
      sr: 'Zamenska slika za primer zapisa; ne prikazuje stvarne osobe.',
      en: 'Placeholder image for a sample record; shows no real people.',
    },
    credit,
  },
  logo('mptf', 'MPTF', 'fondit', 'fonda'),
  logo('iom', 'IOM', 'organizatës', 'organizacije'),
  logo('unhcr', 'UNHCR', 'organizatës', 'organizacije'),
  logo('un-women', 'UN Women', 'organizatës', 'organizacije'),
]
