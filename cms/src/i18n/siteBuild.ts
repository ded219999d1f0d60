import type { BuildStatus } from '../rebuild/status.ts'
import type { Labels } from './labels.ts'

/**
 * The Site build screen's words in the admin's three languages: the global, each field with what
 * it tells the editor, each status, and the "Rebuild now" action.
 */
export const SITE_BUILD_LABELS = {
  global: { en: 'Site build', 'rs-latin': 'Izgradnja sajta', sq: 'Ndërtimi i faqes' },
  description: {
    en: 'Whether what you published is live: the public site is rebuilt after every publish, and each build is reported here (started, succeeded with its duration, or failed with its error).',
    'rs-latin':
      'Da li je ono što ste objavili vidljivo javnosti: javni sajt se ponovo gradi posle svakog objavljivanja, a svaka izgradnja se ovde prijavljuje (započeta, uspela s trajanjem ili neuspela s greškom).',
    sq: 'Nëse ajo që keni publikuar është në faqe: faqja publike rindërtohet pas çdo publikimi dhe çdo ndërtim raportohet këtu (filloi, doli me sukses bashkë me kohëzgjatjen, ose dështoi bashkë me gabimin).',
  },
  fields: {
    status: {
      label: { en: 'Status', 'rs-latin': 'Stanje', sq: 'Gjendja' },
      description: { en: 'The last build’s state.', 'rs-latin': 'Stanje poslednje izgradnje.', sq: 'Gjendja e ndërtimit të fundit.' },
    },
    reason: {
      label: { en: 'Reason', 'rs-latin': 'Razlog', sq: 'Arsyeja' },
      description: { en: 'The change that asked for the build.', 'rs-latin': 'Promena koja je zatražila izgradnju.', sq: 'Ndryshimi që kërkoi ndërtimin.' },
    },
    target: {
      label: { en: 'Built by', 'rs-latin': 'Gradi', sq: 'Ndërtohet nga' },
      description: {
        en: 'netlify: Netlify’s build hook; local: the local runner of npm start.',
        'rs-latin': 'netlify: Netlify-jev build hook; local: lokalni pokretač komande npm start.',
        sq: 'netlify: build hook-u i Netlify-t; local: ekzekutuesi lokal i npm start.',
      },
    },
    requestedAt: {
      label: { en: 'Requested at', 'rs-latin': 'Zatraženo', sq: 'Kërkuar më' },
      description: {
        en: 'When a change last asked for a build.',
        'rs-latin': 'Kada je neka promena poslednji put zatražila izgradnju.',
        sq: 'Kur një ndryshim kërkoi për herë të fundit një ndërtim.',
      },
    },
    startedAt: {
      label: { en: 'Started at', 'rs-latin': 'Započeto', sq: 'Filloi më' },
      description: { en: 'When the last build started.', 'rs-latin': 'Kada je poslednja izgradnja započela.', sq: 'Kur filloi ndërtimi i fundit.' },
    },
    finishedAt: {
      label: { en: 'Finished at', 'rs-latin': 'Završeno', sq: 'Përfundoi më' },
      description: {
        en: 'When the last build ended, well or not.',
        'rs-latin': 'Kada se poslednja izgradnja završila, uspešno ili ne.',
        sq: 'Kur përfundoi ndërtimi i fundit, me sukses ose jo.',
      },
    },
    lastSuccessAt: {
      label: { en: 'Last live at', 'rs-latin': 'Poslednji put objavljeno', sq: 'Në faqe më' },
      description: {
        en: 'When the site last went live: everything published before this is on the site.',
        'rs-latin': 'Kada je sajt poslednji put postavljen: sve što je objavljeno pre toga nalazi se na sajtu.',
        sq: 'Kur u vendos për herë të fundit faqja: gjithçka e publikuar para kësaj është në faqe.',
      },
    },
    durationMs: {
      label: { en: 'Duration (ms)', 'rs-latin': 'Trajanje (ms)', sq: 'Kohëzgjatja (ms)' },
      description: {
        en: 'How long the last successful build took.',
        'rs-latin': 'Koliko je trajala poslednja uspešna izgradnja.',
        sq: 'Sa zgjati ndërtimi i fundit i suksesshëm.',
      },
    },
    error: {
      label: { en: 'Error', 'rs-latin': 'Greška', sq: 'Gabimi' },
      description: {
        en: 'Why the last build failed; the site stays as it was until a build succeeds.',
        'rs-latin': 'Zašto poslednja izgradnja nije uspela; sajt ostaje kakav je bio dok neka izgradnja ne uspe.',
        sq: 'Pse dështoi ndërtimi i fundit; faqja mbetet siç ishte derisa një ndërtim të dalë me sukses.',
      },
    },
  },
  statuses: {
    queued: { en: 'queued', 'rs-latin': 'na čekanju', sq: 'në radhë' },
    building: { en: 'building', 'rs-latin': 'u izgradnji', sq: 'po ndërtohet' },
    requested: { en: 'requested from Netlify', 'rs-latin': 'zatraženo od Netlify-ja', sq: 'kërkuar te Netlify' },
    succeeded: { en: 'live', 'rs-latin': 'objavljeno', sq: 'në faqe' },
    failed: { en: 'failed', 'rs-latin': 'neuspelo', sq: 'dështoi' },
    'not-configured': { en: 'not configured', 'rs-latin': 'nije podešeno', sq: 'nuk është konfiguruar' },
  } satisfies Record<BuildStatus, Labels>,
  rebuildNow: {
    button: { en: 'Rebuild now', 'rs-latin': 'Izgradi sada', sq: 'Rindërto tani' },
    asked: {
      en: 'A rebuild is queued; this page shows it when it starts and ends.',
      'rs-latin': 'Izgradnja je na čekanju; ova stranica pokazuje kada počne i kada se završi.',
      sq: 'Rindërtimi është në radhë; kjo faqe tregon kur fillon dhe kur përfundon.',
    },
    tooSoon: {
      en: 'A build was asked for moments ago; try again in a minute.',
      'rs-latin': 'Izgradnja je upravo zatražena; pokušajte ponovo za minut.',
      sq: 'Një ndërtim u kërkua sapo; provoni përsëri pas një minute.',
    },
    failed: { en: 'The rebuild could not be asked for.', 'rs-latin': 'Izgradnja nije mogla da se zatraži.', sq: 'Rindërtimi nuk mund të kërkohej.' },
  },
} satisfies Record<string, unknown>
