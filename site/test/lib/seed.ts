/**
 * What the seeded CMS holds, read from the seed data itself: the pages the site must have and
 * the texts it must never contain.
 */
import { slugify, type Localized } from '@arkivi/content-schemas'
import * as seed from '../../../scripts/seed/data/index.ts'
import type { SeedArchiveItem, SeedFile } from '../../../scripts/seed/data/index.ts'

export { seed }

const isPublic = (item: SeedArchiveItem) => item.published && item.visibility === 'public'

export const publicItems = seed.archiveItems.filter(isPublic)
/** The restricted item and the unpublished draft. */
export const hiddenItems = seed.archiveItems.filter((item) => !isPublic(item))
export const itemSlug = (item: SeedArchiveItem) => slugify(item.identifier)

/** Files attached only to hidden items. */
export const hiddenFiles: SeedFile[] = seed.files.filter(
  (file) =>
    hiddenItems.some((item) => item.files.includes(file.key)) &&
    !publicItems.some((item) => item.files.includes(file.key)) &&
    !seed.programs.some((program) => program.documents.includes(file.key)),
)

const values = (localized: Localized | undefined): string[] => (localized ? Object.values(localized) : [])
const paragraphs = (localized: Localized<string[]> | undefined): string[] => (localized ? Object.values(localized).flat() : [])

/** Every text of the public seed records, to tell which hidden texts are unique to hidden records. */
function publicCorpus(): string {
  const texts: string[] = []
  for (const item of publicItems) {
    texts.push(
      ...values(item.title),
      ...paragraphs(item.description),
      ...paragraphs(item.transcript),
      ...values(item.source),
      ...values(item.contentWarning),
      ...item.creators,
    )
  }
  for (const org of seed.organizations) texts.push(...values(org.name), ...paragraphs(org.description), ...values(org.governance))
  for (const program of seed.programs) {
    texts.push(...values(program.title), ...values(program.summary), ...paragraphs(program.body), ...paragraphs(program.expectedResults))
    texts.push(...paragraphs(program.targetBeneficiaries), ...paragraphs(program.referralMechanism), ...values(program.activitiesNote))
    for (const activity of program.activities) texts.push(...values(activity.title), ...values(activity.description))
  }
  for (const file of seed.files.filter((file) => !hiddenFiles.includes(file))) texts.push(...values(file.alt), ...values(file.caption), file.text)
  return texts.join('\n')
}

/**
 * Texts that exist only in hidden records (titles, description paragraphs, transcript lines,
 * content warnings, sources, staff notes, and the texts of their files), in every locale.
 * Paragraphs the hidden records share with public ones (the draft quotes CEL's public
 * governance text) are left out: their presence proves nothing.
 */
export function hiddenTexts(): { text: string; where: string }[] {
  const corpus = publicCorpus()
  const out: { text: string; where: string }[] = []
  for (const item of hiddenItems) {
    const add = (where: string, texts: (string | undefined)[]) => {
      for (const text of texts) if (text && !corpus.includes(text)) out.push({ text, where: `${item.identifier} ${where}` })
    }
    add('title', values(item.title))
    add('description', paragraphs(item.description))
    add('transcript', paragraphs(item.transcript))
    add('content warning', values(item.contentWarning))
    add('source', values(item.source))
    add('staff notes', [item.consentNotes, item.takedownNotes])
    add('identifier', [item.identifier])
  }
  for (const file of hiddenFiles) {
    for (const text of [file.filename, file.filename.replace(/\.[^.]+$/, ''), file.text, ...values(file.alt), ...values(file.caption)]) {
      if (text && !corpus.includes(text)) out.push({ text, where: `file ${file.key}` })
    }
  }
  return out
}

/** Words the seed uses only in the hidden records (see scripts/seed/data/archive-items.ts). */
export const HIDDEN_WORDS = ['konfidenciale', 'poverljive', 'confidential', 'skicë', 'nacrt', 'draft']
