import type { GlobalConfig } from 'payload'
import { isStaff } from '../access/index.ts'
import { reportEndpoint } from '../rebuild/reportEndpoint.ts'
import { BUILD_STATUSES, SITE_BUILD_SLUG, type BuildStatus } from '../rebuild/status.ts'
import type { Labels } from '../i18n/labels.ts'

const STATUS_LABELS: Record<BuildStatus, Labels> = {
  queued: { en: 'Queued', 'rs-latin': 'Na čekanju', sq: 'Në pritje' },
  building: { en: 'Building', 'rs-latin': 'Gradi se', sq: 'Duke u ndërtuar' },
  requested: { en: 'Requested from the host', 'rs-latin': 'Zatraženo od hostinga', sq: 'Kërkuar nga hostimi' },
  succeeded: { en: 'Succeeded', 'rs-latin': 'Uspelo', sq: 'U krye me sukses' },
  failed: { en: 'Failed', 'rs-latin': 'Neuspelo', sq: 'Dështoi' },
  'not-configured': { en: 'Not configured', 'rs-latin': 'Nije podešeno', sq: 'Nuk është konfiguruar' },
}
const label = (en: string, sr: string, sq: string): Labels => ({ en, 'rs-latin': sr, sq })

/**
 * The public site's last build, as the admin shows it: written only by the rebuild job and by
 * the hosting platform's deploy notifications, never by hand.
 */
export const SiteBuild: GlobalConfig = {
  slug: SITE_BUILD_SLUG,
  label: { en: 'Site build', 'rs-latin': 'Izgradnja sajta', sq: 'Ndërtimi i faqes' },
  admin: {
    description: label(
      'When the public site was last rebuilt and whether that build succeeded.',
      'Kada je javni sajt poslednji put ponovo izgrađen i da li je ta izgradnja uspela.',
      'Kur u rindërtua për herë të fundit faqja publike dhe nëse ai ndërtim pati sukses.',
    ),
  },
  access: { read: isStaff, update: () => false },
  endpoints: [reportEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      label: label('Status', 'Status', 'Statusi'),
      options: BUILD_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { readOnly: true },
    },
    {
      name: 'reason',
      type: 'text',
      label: label('Reason', 'Razlog', 'Arsyeja'),
      admin: {
        readOnly: true,
        description: label('The change that asked for the build.', 'Izmena koja je zatražila izgradnju.', 'Ndryshimi që kërkoi ndërtimin.'),
      },
    },
    {
      name: 'target',
      type: 'text',
      label: label('Target', 'Odredište', 'Destinacioni'),
      admin: {
        readOnly: true,
        description: label(
          'Where the build was asked for: the host’s build hook or the local runner.',
          'Gde je izgradnja zatražena: build hook hostinga ili lokalni pokretač.',
          'Ku u kërkua ndërtimi: build hook-u i hostimit ose ekzekutuesi lokal.',
        ),
      },
    },
    { name: 'requestedAt', type: 'date', label: label('Requested at', 'Zatraženo', 'Kërkuar më'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', label: label('Started at', 'Započeto', 'Filluar më'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: label('Finished at', 'Završeno', 'Përfunduar më'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastSuccessAt',
      type: 'date',
      label: label('Last successful build', 'Poslednja uspešna izgradnja', 'Ndërtimi i fundit i suksesshëm'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'durationMs', type: 'number', label: label('Duration (ms)', 'Trajanje (ms)', 'Kohëzgjatja (ms)'), admin: { readOnly: true } },
    { name: 'error', type: 'textarea', label: label('Error', 'Greška', 'Gabimi'), admin: { readOnly: true } },
  ],
}
