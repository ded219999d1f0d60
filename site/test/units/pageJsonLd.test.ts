import type { Organization, Program } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { aboutJsonLd, pagePlace, programJsonLd } from '../../src/lib/pageJsonLd.ts'

const doc = { _status: 'published', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as const
const org = (id: number, name: string, acronym: string): Organization => ({
  ...doc,
  id,
  name: { sq: name, sr: null, en: `${name} (en)` },
  acronym,
  slug: acronym.toLowerCase(),
  description: null,
  roles: ['implementer'],
  logo: null,
  website: `https://${acronym.toLowerCase()}.example.org/`,
  founded: { value: '2013-07-01T00:00:00.000Z', precision: 'month' },
  governance: null,
})
const cel = org(1, 'Qendra për Barazi dhe Liri', 'CEL')
const mptf = org(2, 'Fondi', 'MPTF')
const data = { hostOrganization: cel }

describe('schema.org JSON-LD', () => {
  it('about page: an AboutPage whose main entity is the host as an NGO, with one @id', () => {
    const place = pagePlace('https://arkivi.test', 'en', 'about/', data)
    expect(aboutJsonLd(cel, 'en', place, 'About CEL')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'AboutPage',
      '@id': 'https://arkivi.test/en/about/',
      url: 'https://arkivi.test/en/about/',
      name: 'About CEL',
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'Archive of the LGBTI+ Movement in Kosovo', url: 'https://arkivi.test/en/' },
      mainEntity: {
        '@type': 'NGO',
        '@id': 'https://arkivi.test/en/about/#organization',
        name: 'Qendra për Barazi dhe Liri (en)',
        alternateName: 'CEL',
        url: 'https://cel.example.org/',
        foundingDate: '2013-07',
      },
    })
  })

  it('programme: a Project owned by the host’s node, other organizations without @id, the area it serves and its period', () => {
    const program = {
      ...doc,
      id: 5,
      slug: 'un-project',
      title: { sq: 'Projekti', sr: 'Projekat', en: 'The project' },
      summary: { sq: 'Përmbledhje', sr: 'Sažetak', en: 'Summary' },
      period: { start: '2020-03-01T00:00:00.000Z', end: null },
    } as unknown as Program
    const place = pagePlace('https://arkivi.test', 'sr', 'programs/un-project/', data)
    const municipality = { nameSq: 'Fushë Kosovë', nameSr: 'Kosovo Polje' } as never
    const json = programJsonLd(program, 'sr', place, { owner: cel, implementers: [], funders: [mptf], municipalities: [municipality] })
    expect(json).toMatchObject({ '@type': 'Project', name: 'Projekat', description: 'Sažetak', foundingDate: '2020-03-01' })
    expect(json).not.toHaveProperty('dissolutionDate')
    expect(json).not.toHaveProperty('member')
    expect((json.parentOrganization as Record<string, unknown>)['@id']).toBe('https://arkivi.test/sr/about/#organization')
    // A missing Serbian name falls back to the Albanian one.
    expect((json.parentOrganization as Record<string, unknown>).name).toBe('Qendra për Barazi dhe Liri')
    expect(json.funder).toEqual([expect.not.objectContaining({ '@id': expect.anything() })])
    expect(json.areaServed).toEqual([{ '@type': 'AdministrativeArea', name: 'Fushë Kosovë / Kosovo Polje' }])
  })
})
