/** A valid public archive item as the CMS returns it with `locale=all&depth=0`. */
export function publicArchiveItem(): Record<string, unknown> {
  const paragraph = (text: string) => ({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }],
    },
  })
  return {
    id: 7,
    _status: 'published',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
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
  }
}
