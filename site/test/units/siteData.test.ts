import { describe, expect, it } from 'vitest'
import { assembleSiteData } from '../../src/lib/siteData/assemble.ts'
import { activitiesByMunicipality, hostOrganization } from '../../src/lib/siteData/groups.ts'
import { usedMedia, uploadsIn } from '../../src/lib/siteData/mediaUse.ts'
import { itemOrders, partnerOrder, programOrder, slugOrder } from '../../src/lib/siteData/order.ts'
import { byId, resolveIds, resolveItems } from '../../src/lib/siteData/relations.ts'
import type { Item, SiteCollections } from '../../src/lib/siteData/types.ts'

/** Plain documents with only the fields the functions read; the types are the loaders'. */
const text = (value: string) => ({ sq: value, sr: value, en: value })
const rich = (...children: object[]) => ({ sq: { root: { type: 'root', children } }, sr: null, en: null }) as never
const item = (id: number, identifier: string, date: string, extra: object = {}) =>
  ({
    id,
    identifier,
    title: text(identifier),
    date: { value: date, precision: 'day' },
    createdAt: date,
    subjects: [],
    files: [],
    related: [],
    municipality: null,
    ...extra,
  }) as never
const program = (id: number, kind: string, createdAt: string, extra: object = {}) =>
  ({ id, kind, createdAt, owner: null, documents: [], activities: [], ...extra }) as never

describe('site data: relations', () => {
  const subjects = byId([{ id: 1, slug: 'pride' }] as never[])
  const municipalities = byId([{ id: 7, slug: 'prishtina' }] as never[])
  const media = byId([{ id: 3 }, { id: '4' }] as never[])

  it('leave out what the public cannot see, ids as numbers or strings', () => {
    expect(resolveIds(media, [3, 4, 99])).toEqual([{ id: 3 }, { id: '4' }])
  })

  it('resolve an item’s subjects, municipality, files and related items, never itself', () => {
    const { items, itemBySlug } = resolveItems(
      [item(1, 'ARK-1', '2013-07-01', { subjects: [1, 2], municipality: 7, files: [3, 5], related: [2, 1, 9] }), item(2, 'ARK-2', '2014-01-01')],
      { subjects, municipalities, media },
    )
    const [first, second] = items
    expect(first).toMatchObject({ slug: 'ark-1', decade: 2010, subjectDocs: [{ id: 1 }], municipalityDoc: { id: 7 }, fileDocs: [{ id: 3 }] })
    expect(first.relatedItems).toEqual([second])
    expect(second.municipalityDoc).toBeNull()
    expect(itemBySlug.get('ark-2')).toBe(second)
  })

  it('stop the build when two identifiers give the same URL slug', () => {
    expect(() => resolveItems([item(1, 'ARK 1', '2013-01-01'), item(2, 'ark-1', '2013-01-01')], { subjects, municipalities, media })).toThrow(
      /archive-items id=2 and id=1 share the URL slug "ark-1"/,
    )
  })
})

describe('site data: orders', () => {
  it('sort items by date either way, ties by identifier, and by addition', () => {
    const items = [
      { identifier: 'B', date: { value: '2015' }, createdAt: '2020-01-01' },
      { identifier: 'A', date: { value: '2015' }, createdAt: '2021-01-01' },
      { identifier: 'C', date: { value: '2010' }, createdAt: '2019-01-01' },
    ] as Item[]
    const ids = (list: Item[]) => list.map((entry) => entry.identifier)
    const orders = itemOrders(items)
    expect(ids(orders.itemsByOldest)).toEqual(['C', 'A', 'B'])
    expect(ids(orders.itemsByNewest)).toEqual(['B', 'A', 'C'])
    expect(ids(orders.itemsByAdded)).toEqual(['A', 'B', 'C'])
    expect(ids(items)).toEqual(['B', 'A', 'C'])
  })

  it('put programmes before projects, each by creation; partners by tier, sort order, name; the rest by slug', () => {
    const programs = [program(1, 'project', '2020'), program(2, 'organization-program', '2022'), program(3, 'organization-program', '2021')]
    expect(programOrder(programs).map((entry) => entry.id)).toEqual([3, 2, 1])
    const partners = [
      { name: 'Z', tier: 'supporter', sortOrder: 0 },
      { name: 'B', tier: 'donor', sortOrder: 2 },
      { name: 'A', tier: 'donor', sortOrder: 2 },
      { name: 'C', tier: 'donor', sortOrder: 1 },
    ] as never[]
    expect(partnerOrder(partners).map((entry: { name: string }) => entry.name)).toEqual(['C', 'A', 'B', 'Z'])
    expect(slugOrder([{ slug: 'b' }, { slug: 'a' }]).map((entry) => entry.slug)).toEqual(['a', 'b'])
  })
})

describe('site data: groups', () => {
  it('list each activity under every municipality it runs in', () => {
    const first = { title: text('Walk'), municipalities: [7, 8] }
    const second = { title: text('Talk'), municipalities: [7] }
    const one = program(1, 'organization-program', '2020', { activities: [first, second] })
    const grouped = activitiesByMunicipality([one])
    expect(grouped.get('7')).toEqual([
      { program: one, activity: first },
      { program: one, activity: second },
    ])
    expect(grouped.get('8')).toEqual([{ program: one, activity: first }])
  })

  it('take as host the first programme owner the public can see, else the first organization', () => {
    const orgs = [{ id: 1 }, { id: 2 }] as never[]
    const programs = [program(1, 'organization-program', '2020', { owner: 9 }), program(2, 'organization-program', '2021', { owner: 2 })]
    expect(hostOrganization(programs, byId(orgs), orgs)).toEqual({ id: 2 })
    expect(hostOrganization([], byId(orgs), orgs)).toEqual({ id: 1 })
  })
})

describe('site data: media use', () => {
  it('find uploads in rich text in any locale, by id or populated', () => {
    const upload = (value: unknown) => ({ type: 'upload', value })
    expect(uploadsIn([rich({ type: 'paragraph', children: [upload(5)] }, upload({ id: 6 }), upload(null)), null])).toEqual([5, 6])
  })

  it('publish exactly the files that a public document’s media fields name', () => {
    const media = byId([1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ id })) as never[])
    const used = usedMedia(media, {
      archiveItems: [item(1, 'ARK-1', '2013', { files: [1], transcript: rich({ type: 'upload', value: 2 }) })],
      programs: [program(1, 'organization-program', '2020', { documents: [3], body: rich({ type: 'upload', value: { id: 4 } }) })],
      organizations: [{ id: 1, logo: 5, description: null } as never, { id: 2, logo: null } as never],
      partners: [{ logo: 6 } as never],
    })
    expect([...used.keys()].sort()).toEqual(['1', '2', '3', '4', '5', '6'])
  })
})

describe('site data: assembled', () => {
  it('hold every collection resolved, sorted and grouped, from the documents alone', () => {
    const collections = {
      archiveItems: [item(1, 'ARK-2', '2014-01-01', { files: [1] }), item(2, 'ARK-1', '2013-01-01')],
      organizations: [{ id: 1, logo: null }],
      programs: [program(1, 'project', '2020', { owner: 1, activities: [{ municipalities: [7] }] })],
      partners: [],
      municipalities: [
        { id: 7, slug: 'z' },
        { id: 8, slug: 'a' },
      ],
      subjects: [],
      media: [{ id: 1 }, { id: 2 }],
      contact: { placeholder: true },
    } as unknown as SiteCollections
    const data = assembleSiteData(collections)
    expect(data.itemsByOldest.map((entry) => entry.identifier)).toEqual(['ARK-1', 'ARK-2'])
    expect(data.itemBySlug.get('ark-2')?.fileDocs).toEqual([{ id: 1 }])
    expect([...data.usedMedia.keys()]).toEqual(['1'])
    expect(data.municipalities.map((entry) => entry.slug)).toEqual(['a', 'z'])
    expect(data.hostOrganization).toEqual({ id: 1, logo: null })
    expect(data.activitiesByMunicipality.get('7')).toHaveLength(1)
    expect(data.contact).toEqual({ placeholder: true })
  })
})
