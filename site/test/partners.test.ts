import { LOCALES } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { useTranslations } from '../src/i18n/index.ts'
import { readDist } from './lib/dist.ts'
import { seed } from './lib/seed.ts'

const cel = seed.organizations.find((organization) => organization.key === 'cel')!
const joint = seed.programs.find((program) => program.slug === 'un-joint-covid-19-project')!
const jointPartners = seed.partners.filter((partner) => partner.supportedPrograms.includes(joint.slug))

/** The `<section>` labelled by the heading `id`, and where it starts on the page. */
function section(html: string, id: string): { at: number; html: string } {
  const at = html.search(new RegExp(`<section aria-labelledby="${id}"`))
  expect(at, `section ${id}`).toBeGreaterThan(0)
  return { at, html: html.slice(at, html.indexOf('</section>', at)) }
}

/** A section's h2 as text (markup and whitespace left out, entities decoded). */
const heading = (html: string) =>
  (/<h2 [^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

describe('the partners page', () => {
  it.each(LOCALES)('groups partners by what they support, CEL first, with a heading per group (%s)', (locale) => {
    const html = readDist(`${locale}/partners/index.html`)
    const own = section(html, 'supporters-cel')
    const project = section(html, `supporters-program-${joint.slug}`)
    expect(own.at).toBeLessThan(project.at)
    expect(heading(own.html)).toBe(cel.name[locale])
    expect(heading(project.html)).toBe(joint.title[locale])
    expect(jointPartners.length).toBe(4)
    expect([...project.html.matchAll(/<li class="card"/g)]).toHaveLength(jointPartners.length)
    for (const partner of jointPartners) expect(project.html).toContain(`alt="${partner.logoAlt[locale]}"`)
  })

  it.each(LOCALES)('shows CEL’s group empty, telling editors where to add its supporters, and invents none (%s)', (locale) => {
    const own = section(readDist(`${locale}/partners/index.html`), 'supporters-cel')
    expect(own.html).toContain(useTranslations(locale)('partnerGroups.empty', { name: 'CEL' }))
    expect(own.html).not.toMatch(/<li class="card"/)
  })
})
