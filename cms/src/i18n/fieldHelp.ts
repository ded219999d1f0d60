import type { Labels, CollectionSlugOfOurs } from './labels.ts'

const t = (en: string, sr: string, sq: string): Labels => ({ en, 'rs-latin': sr, sq })

const DATE = t(
  'As precisely as it is known: a year, a month or a day.',
  'Onoliko precizno koliko je poznato: godina, mesec ili dan.',
  'Aq saktë sa dihet: një vit, një muaj ose një ditë.',
)
const PRECISION = t(
  'How much of the date is known. The site shows only that much (e.g. only the year).',
  'Koliko je datuma poznato. Sajt prikazuje samo toliko (npr. samo godinu).',
  'Sa nga data dihet. Faqja shfaq vetëm aq (p.sh. vetëm vitin).',
)
const APPROXIMATE = t(
  'Tick when the date is an estimate; the site marks it as approximate.',
  'Označite kada je datum procena; sajt ga označava kao približan.',
  'Shënojeni kur data është e përafërt; faqja e shfaq si të përafërt.',
)
const SUBJECTS = t(
  'Subjects that connect this with archive items and programmes on the same theme.',
  'Teme koje ovo povezuju sa arhivskim zapisima i programima iste tematike.',
  'Temat që e lidhin këtë me artikuj arkivi dhe programe me të njëjtën temë.',
)
const LOGO = t(
  'An image from Media; describe it for people who cannot see it in the alternative text.',
  'Slika iz Medija; opišite je za osobe koje je ne vide u alternativnom tekstu.',
  'Një imazh nga Media; përshkruajeni në tekstin alternativ për personat që nuk e shohin.',
)

/**
 * Help texts shown under fields whose purpose is not plain from their label, by collection and
 * field path, in the admin's three languages. withAdminLabels (./applyLabels.ts) sets them as the
 * fields' `admin.description` where a collection file gives none, so the collection files stay
 * about structure. test/int/adminTranslations.test.ts fails for a field that has no help text and
 * is not listed there as self-explanatory.
 */
export const FIELD_HELP: Record<CollectionSlugOfOurs, Record<string, Labels>> = {
  organizations: {
    acronym: t(
      'Short name used in lists and in the address of the page, e.g. CEL, IOM.',
      'Kratki naziv u listama i u adresi stranice, npr. CEL, IOM.',
      'Emri i shkurtër në lista dhe në adresën e faqes, p.sh. CEL, IOM.',
    ),
    roles: t(
      'What the organization does in the programmes documented here; choose all that apply.',
      'Šta organizacija radi u ovde dokumentovanim programima; izaberite sve što važi.',
      'Çfarë bën organizata në programet e dokumentuara këtu; zgjidhni të gjitha që vlejnë.',
    ),
    logo: LOGO,
    website: t('The full address, starting with https://.', 'Puna adresa, počinje sa https://.', 'Adresa e plotë, që fillon me https://.'),
    founded: DATE,
    'founded.precision': PRECISION,
    'founded.approximate': APPROXIMATE,
    governance: t(
      'How the organization is governed, e.g. its board of directors.',
      'Kako se organizacijom upravlja, npr. njen upravni odbor.',
      'Si qeveriset organizata, p.sh. bordi i saj i drejtorëve.',
    ),
  },
  programs: {
    kind: t(
      'An organization’s standing programme, or a time-bound project with a period.',
      'Stalni program organizacije ili vremenski ograničen projekat sa periodom.',
      'Program i përhershëm i një organizate, ose projekt me kohëzgjatje të caktuar.',
    ),
    summary: t(
      'One or two sentences, shown in lists and in search results.',
      'Jedna ili dve rečenice, prikazuju se u listama i rezultatima pretrage.',
      'Një ose dy fjali, që shfaqen në lista dhe në rezultatet e kërkimit.',
    ),
    owner: t(
      'The organization whose programme this is (CEL for its own programmes).',
      'Organizacija čiji je ovo program (CEL za sopstvene programe).',
      'Organizata së cilës i përket programi (CEL për programet e veta).',
    ),
    implementers: t('Organizations that carry out the activities.', 'Organizacije koje sprovode aktivnosti.', 'Organizatat që i zbatojnë aktivitetet.'),
    funders: t('Organizations that fund the programme.', 'Organizacije koje finansiraju program.', 'Organizatat që e financojnë programin.'),
    activitiesNote: t(
      'Shown above the list of activities, e.g. how they are grouped.',
      'Prikazuje se iznad liste aktivnosti, npr. kako su grupisane.',
      'Shfaqet mbi listën e aktiviteteve, p.sh. si janë grupuar.',
    ),
    activities: t(
      'Each activity with its category and the municipalities where it runs; the municipalities’ pages list it.',
      'Svaka aktivnost sa kategorijom i opštinama u kojima se sprovodi; stranice opština je navode.',
      'Çdo aktivitet me kategorinë dhe komunat ku zhvillohet; faqet e komunave e rendisin.',
    ),
    'activities.category': t(
      'The kind of work, used to group the activities.',
      'Vrsta rada, po kojoj se aktivnosti grupišu.',
      'Lloji i punës, sipas të cilit grupohen aktivitetet.',
    ),
    'activities.municipalities': t('Where this activity runs.', 'Gde se ova aktivnost sprovodi.', 'Ku zhvillohet ky aktivitet.'),
    referralMechanism: t(
      'How people are referred to services, for programmes that have such a mechanism.',
      'Kako se ljudi upućuju na usluge, za programe koji imaju takav mehanizam.',
      'Si referohen njerëzit te shërbimet, për programet që kanë një mekanizëm të tillë.',
    ),
    documents: t(
      'Files from Media (e.g. a factsheet PDF) offered for download on the programme’s page.',
      'Datoteke iz Medija (npr. PDF sa činjenicama) za preuzimanje na stranici programa.',
      'Skedarë nga Media (p.sh. një fletë informative PDF) për shkarkim në faqen e programit.',
    ),
    period: t(
      'Start and end of a project; leave empty for a standing programme.',
      'Početak i kraj projekta; ostavite prazno za stalni program.',
      'Fillimi dhe mbarimi i një projekti; lëreni bosh për një program të përhershëm.',
    ),
    subjects: SUBJECTS,
  },
  partners: {
    organization: t(
      'The organization this listing is for; its name is shown, and its website when Link is empty.',
      'Organizacija na koju se ovaj unos odnosi; prikazuje se njen naziv, i njen veb-sajt kada je Veza prazna.',
      'Organizata për të cilën është ky regjistrim; shfaqet emri i saj, dhe uebfaqja kur Vegëza është bosh.',
    ),
    tier: t(
      'Donor, partner or supporter: orders the listing within each group.',
      'Donator, partner ili podržavalac: određuje redosled unutar svake grupe.',
      'Donator, partner ose mbështetës: përcakton renditjen brenda secilit grup.',
    ),
    logo: LOGO,
    logoAlt: t(
      'What the logo shows, for people who cannot see it, e.g. “Logo of IOM”.',
      'Šta logotip prikazuje, za osobe koje ga ne vide, npr. „Logo organizacije IOM”.',
      'Çfarë tregon logoja, për personat që nuk e shohin, p.sh. „Logoja e organizatës IOM”.',
    ),
    description: t(
      'Optional short text under the name on the partners page.',
      'Opcioni kratak tekst ispod naziva na stranici partnera.',
      'Tekst i shkurtër opsional nën emrin në faqen e partnerëve.',
    ),
    link: t(
      'Address (https://…) that the partner’s listing links to; when empty, the organization’s website.',
      'Adresa (https://…) na koju vodi unos partnera; kada je prazno, veb-sajt organizacije.',
      'Adresa (https://…) ku të çon regjistrimi i partnerit; kur është bosh, uebfaqja e organizatës.',
    ),
    sortOrder: t('Lower numbers come first within a tier.', 'Manji brojevi dolaze prvi unutar kategorije.', 'Numrat më të vegjël dalin të parët brenda kategorisë.'),
  },
  'archive-items': {
    date: DATE,
    'date.precision': PRECISION,
    'date.approximate': APPROXIMATE,
    type: t(
      'The kind of item (DCMI type): text, image, sound, moving image, physical object…',
      'Vrsta zapisa (DCMI tip): tekst, slika, zvuk, video, fizički predmet…',
      'Lloji i artikullit (lloji DCMI): tekst, imazh, zë, video, objekt fizik…',
    ),
    creators: t(
      'People or organizations who made the item, as the source credits them; one per entry.',
      'Osobe ili organizacije koje su napravile zapis, kako ih izvor navodi; jedna po unosu.',
      'Personat ose organizatat që e krijuan artikullin, siç i përmend burimi; një për çdo hyrje.',
    ),
    subjects: SUBJECTS,
    languages: t(
      'Languages the item itself is in (not the language of this description).',
      'Jezici na kojima je sam zapis (ne jezik ovog opisa).',
      'Gjuhët në të cilat është vetë artikulli (jo gjuha e këtij përshkrimi).',
    ),
    municipality: t(
      'The municipality where the item was made or which it concerns.',
      'Opština u kojoj je zapis nastao ili na koju se odnosi.',
      'Komuna ku u krijua artikulli ose të cilën e ka në fokus.',
    ),
    place: t(
      'A more precise place than the municipality, or one outside Kosovo.',
      'Mesto preciznije od opštine, ili mesto van Kosova.',
      'Një vend më i saktë se komuna, ose një vend jashtë Kosovës.',
    ),
    source: t(
      'Where the original is kept or where it came from (dc:source).',
      'Gde se original čuva ili odakle potiče (dc:source).',
      'Ku ruhet origjinali ose nga erdhi (dc:source).',
    ),
    rights: t(
      'The copyright status (rightsstatements.org), shown with the item.',
      'Status autorskih prava (rightsstatements.org), prikazuje se uz zapis.',
      'Statusi i të drejtave të autorit (rightsstatements.org), që shfaqet me artikullin.',
    ),
    files: t(
      'Scans, photos, recordings or PDFs from Media. A file becomes public only while a public, published document uses it.',
      'Skenovi, fotografije, snimci ili PDF-ovi iz Medija. Datoteka je javna samo dok je koristi javan, objavljen dokument.',
      'Skanime, fotografi, incizime ose PDF nga Media. Një skedar bëhet publik vetëm sa kohë e përdor një dokument publik i publikuar.',
    ),
    transcript: t(
      'The text of a recording or of a handwritten document, for readers and for search.',
      'Tekst snimka ili rukopisa, za čitaoce i za pretragu.',
      'Teksti i një incizimi ose i një dokumenti të shkruar me dorë, për lexuesit dhe për kërkimin.',
    ),
    contentWarning: t(
      'Shown before the item when it holds material that may distress (violence, hate speech…).',
      'Prikazuje se pre zapisa kada sadrži materijal koji može uznemiriti (nasilje, govor mržnje…).',
      'Shfaqet para artikullit kur përmban material që mund të shqetësojë (dhunë, gjuhë urrejtjeje…).',
    ),
    related: t(
      'Other archive items this one belongs with; the item’s page links to them.',
      'Drugi arhivski zapisi sa kojima ovaj ide zajedno; stranica zapisa vodi do njih.',
      'Artikuj të tjerë të arkivit me të cilët lidhet ky; faqja e artikullit të çon te ta.',
    ),
    visibility: t(
      'Public: on the site once published. Restricted: staff only, never on the site or in its search, even when published.',
      'Javno: na sajtu kada se objavi. Ograničeno: samo za osoblje, nikada na sajtu ni u pretrazi, čak ni kada je objavljeno.',
      'Publik: në faqe pasi publikohet. I kufizuar: vetëm për stafin, kurrë në faqe ose në kërkimin e saj, edhe kur është publikuar.',
    ),
    takedownRequests: t(
      'Requests from the public to remove or restrict this item.',
      'Zahtevi javnosti da se ovaj zapis ukloni ili ograniči.',
      'Kërkesat e publikut për ta hequr ose kufizuar këtë artikull.',
    ),
  },
  subjects: {
    description: t(
      'Optional text that explains the subject to visitors.',
      'Opcioni tekst koji posetiocima objašnjava temu.',
      'Tekst opsional që ua shpjegon temën vizitorëve.',
    ),
  },
  municipalities: {
    displayName: t(
      'The name the site shows in this language; the official names above stay as they are.',
      'Naziv koji sajt prikazuje na ovom jeziku; službeni nazivi iznad ostaju kakvi jesu.',
      'Emri që faqja shfaq në këtë gjuhë; emrat zyrtarë më lart mbeten siç janë.',
    ),
  },
  media: {
    caption: t('Shown under the image on the site.', 'Prikazuje se ispod slike na sajtu.', 'Shfaqet nën imazh në faqe.'),
    credit: t('The photographer or source, shown with the file.', 'Fotograf ili izvor, prikazuje se uz datoteku.', 'Fotografi ose burimi, që shfaqet me skedarin.'),
  },
  users: {
    role: t(
      'Contributor: writes drafts. Editor: also publishes. Admin: also manages accounts.',
      'Saradnik: piše nacrte. Urednik: i objavljuje. Administrator: i upravlja nalozima.',
      'Kontribues: shkruan skica. Redaktor: edhe publikon. Administrator: edhe menaxhon llogaritë.',
    ),
  },
  'takedown-requests': {
    page: t(
      'The page address or identifier the person named, as they wrote it.',
      'Adresa stranice ili identifikator koji je osoba navela, kako je napisala.',
      'Adresa e faqes ose identifikuesi që përmendi personi, siç e shkroi.',
    ),
    item: t(
      'The archive item the CMS matched to it, if any; restrict it there while the request is handled.',
      'Arhivski zapis koji mu je CMS pridružio, ako postoji; ograničite ga tamo dok se zahtev rešava.',
      'Artikulli i arkivit që CMS-i ia përshtati, nëse ka; kufizojeni atje gjatë trajtimit të kërkesës.',
    ),
    replyTo: t(
      'Given by the person, optional. Reply only from CEL’s own address.',
      'Navodi osoba, opciono. Odgovarajte samo sa CEL-ove adrese.',
      'E dhënë nga personi, opsionale. Përgjigjuni vetëm nga adresa e CEL-it.',
    ),
    locale: t(
      'The site language the form was sent in; reply in it.',
      'Jezik sajta na kome je obrazac poslat; odgovorite na njemu.',
      'Gjuha e faqes në të cilën u dërgua formulari; përgjigjuni në të.',
    ),
    status: t('Update it as the request is handled.', 'Ažurirajte ga dok se zahtev rešava.', 'Përditësojeni ndërsa trajtohet kërkesa.'),
    staffNotes: t('Staff only. Never published.', 'Samo za osoblje. Nikada se ne objavljuje.', 'Vetëm për stafin. Nuk publikohet kurrë.'),
  },
}

/**
 * Fields left without help because their label says it all (`title`, `name`…, a date's value
 * under its group's help), by collection.
 * The test holds every other field to a help text.
 */
export const SELF_EXPLANATORY: Record<CollectionSlugOfOurs, string[]> = {
  organizations: ['name', 'description', 'founded.value'],
  programs: ['title', 'body', 'expectedResults', 'targetBeneficiaries', 'activities.title', 'activities.description', 'period.start', 'period.end'],
  partners: [],
  'archive-items': ['title', 'description', 'date.value'],
  subjects: ['name'],
  municipalities: [],
  media: [],
  users: ['name'],
  'takedown-requests': ['request'],
}
