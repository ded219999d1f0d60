import { ARCHIVE_ITEM_FIELD_LABELS, LOCALES } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { readDist } from './lib/dist.ts'
import { itemSlug, publicItems } from './lib/seed.ts'

/** The row headings of an item page's metadata table, in order. */
const rowHeadings = (html: string) => [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1])

describe('archive item field headings', () => {
  it('are the labels content-schemas declares (the admin shows the same), in each locale', () => {
    const [item] = publicItems
    for (const locale of LOCALES) {
      const labels = (fields: (keyof typeof ARCHIVE_ITEM_FIELD_LABELS)[]) => fields.map((field) => ARCHIVE_ITEM_FIELD_LABELS[field][locale])
      const html = readDist(`${locale}/items/${itemSlug(item)}/index.html`)
      expect(rowHeadings(html), locale).toEqual(expect.arrayContaining(labels(['identifier', 'title', 'date', 'type', 'rights'])))
      for (const heading of rowHeadings(html)) {
        expect(
          Object.values(ARCHIVE_ITEM_FIELD_LABELS).map((label) => label[locale]),
          `${locale}: ${heading}`,
        ).toContain(heading)
      }
    }
  })
})
