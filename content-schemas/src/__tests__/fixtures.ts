const timestamps = { createdAt: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z' }
const paragraph = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }] },
})
/** A published document of a collection with drafts, as the CMS returns it with `locale=all&depth=0`. */
const published = (id: number, fields: Record<string, unknown>): Record<string, unknown> => ({ id, _status: 'published', ...timestamps, ...fields })

/** A valid public archive item. */
export const publicArchiveItem = () =>
  published(7, {
    identifier: 'ARK-TEST-0001',
    title: { sq: 'Themelimi i CEL', sr: 'Osnivanje CEL-a', en: 'Founding of CEL' },
    description: { sq: paragraph('Përshkrim'), sr: null, en: paragraph('Description') },
    date: { value: '2013-07-01T00:00:00.000Z', precision: 'month', approximate: false },
    type: 'Event',
    format: null,
    creators: ['Qendra për Barazi dhe Liri (CEL)'],
    subjects: [1, 2],
    languages: ['sq'],
    municipality: null,
    place: null,
    source: { sq: 'Burimi', sr: 'Izvor', en: 'Source' },
    rights: 'InC',
    files: [3],
    transcript: null,
    contentWarning: null,
    related: [],
    sample: true,
    visibility: 'public',
  })

/** A public program with one activity, shaped as the CMS returns it. */
export const publicProgram = () =>
  published(1, {
    title: { sq: 'Programi për mbështetje', sr: 'Program podrške', en: 'Support Programme' },
    slug: 'support-program',
    kind: 'organization-program',
    summary: { sq: 'Përmbledhje', sr: 'Sažetak', en: 'Summary' },
    body: { sq: paragraph('Tekst'), sr: null, en: null },
    owner: 1,
    implementers: [1],
    funders: [],
    expectedResults: null,
    targetBeneficiaries: null,
    activitiesNote: { sq: null, sr: null, en: null },
    activities: [
      {
        id: '6650f0c2a1b2c3d4e5f60718',
        title: { sq: 'Këshillim', sr: 'Savetovanje', en: 'Counselling' },
        description: { sq: null, sr: null, en: null },
        category: 'support',
        municipalities: [1],
      },
    ],
    municipalities: [1],
    referralMechanism: null,
    documents: [],
    period: { start: null, end: null },
    subjects: [],
  })

/** A public organization whose founding date is known to the month. */
export const publicOrganization = () =>
  published(1, {
    name: { sq: 'Qendra për Barazi dhe Liri', sr: 'Centar za jednakost i slobodu', en: 'Center for Equality and Liberty' },
    acronym: 'CEL',
    slug: 'cel',
    description: { sq: paragraph('Përshkrim'), sr: null, en: null },
    roles: ['implementer'],
    logo: null,
    website: 'https://cel-ks.org',
    founded: { value: '2013-07-01T00:00:00.000Z', precision: 'month', approximate: false },
    governance: { sq: null, sr: null, en: null },
  })

/** A public image with its resized copies (the large ones are not made for a small original). */
export function publicMedia(): Record<string, unknown> {
  const size = (width: number, height: number) => ({
    url: `/api/media/file/photo-${width}x${height}.webp`,
    width,
    height,
    mimeType: 'image/webp',
    filesize: 3224,
    filename: `photo-${width}x${height}.webp`,
  })
  const none = () => ({ url: null, width: null, height: null, mimeType: null, filesize: null, filename: null })
  return {
    id: 2,
    ...timestamps,
    alt: { sq: 'Imazh', sr: 'Slika', en: 'Image' },
    caption: { sq: null, sr: null, en: null },
    credit: null,
    isPublic: true,
    url: '/api/media/file/photo.png',
    thumbnailURL: '/api/media/file/photo-320x213.webp',
    filename: 'photo.png',
    mimeType: 'image/png',
    filesize: 18672,
    width: 1200,
    height: 800,
    focalX: 50,
    focalY: 50,
    sizes: { thumbnail: size(320, 213), medium: size(800, 533), large: none(), largeAvif: none() },
  }
}

export const publicPartner = () =>
  published(1, {
    name: 'MPTF',
    organization: 5,
    tier: 'donor',
    supportedOrganization: null,
    supportedPrograms: [4],
    logo: 5,
    logoAlt: { sq: 'Logoja', sr: 'Logo', en: 'Logo' },
    description: { sq: null, sr: null, en: null },
    link: null,
    sortOrder: 10,
  })

export const publicMunicipality = (): Record<string, unknown> => ({
  id: 1,
  ...timestamps,
  nameSq: 'Fushë Kosovë',
  nameSr: 'Kosovo Polje',
  slug: 'fushe-kosove',
  displayName: { sq: 'Fushë Kosovë', sr: 'Kosovo Polje', en: 'Fushë Kosovë' },
})

export const publicSubject = (): Record<string, unknown> => ({
  id: 1,
  ...timestamps,
  name: { sq: 'Të drejtat LGBTI', sr: 'Prava LGBTI osoba', en: 'LGBTI rights' },
  slug: 'lgbti-rights',
  description: { sq: null, sr: null, en: null },
})
