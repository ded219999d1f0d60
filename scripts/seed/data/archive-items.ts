/**
 * SAMPLE archive items, built only from facts in the two source documents and marked as samples
 * in their titles and descriptions. One item is restricted (a support-group record could out
 * people) and one is an unpublished draft; their distinctive words ("konfidenciale",
 * "poverljive", "confidential"; "Skicë", "Nacrt", "Draft") appear nowhere else in the seed, so
 * tests can check that they never reach the public. Public items never relate to those two.
 */
import { UN_PROJECT_TITLE } from './organizations.ts'
import type { PartialDate, SeedArchiveItem } from './types.ts'

type Localized = SeedArchiveItem['source']

const CEL = 'Qendra për Barazi dhe Liri (CEL)'
const UN_AGENCIES = ['Organizata Ndërkombëtare për Migracion (IOM)', 'Komisioneri i Lartë i Kombeve të Bashkuara për Refugjatët (UNHCR)', 'UN Women']

const CEL_SOURCE: Localized = {
  sq: 'Uebfaqja e CEL, faqja “Arkivi i Lëvizjes LGBTI+ në Kosovë”',
  sr: 'Veb-sajt CEL-a, stranica „Arkivi i Lëvizjes LGBTI+ në Kosovë“ (Arhiv LGBTI+ pokreta na Kosovu)',
  en: 'CEL website, “Arkivi i Lëvizjes LGBTI+ në Kosovë” (Archive of the LGBTI+ Movement in Kosovo) page',
}

const UN_SOURCE: Localized = {
  sq: 'Teksti “Rreth projektit” i projektit të përbashkët të IOM, UNHCR dhe UN Women, i publikuar në internet',
  sr: 'Tekst „Rreth projektit“ (O projektu) o zajedničkom projektu IOM-a, UNHCR-a i UN Women, objavljen na internetu',
  en: '“Rreth projektit” (About the project) text on the joint project of IOM, UNHCR and UN Women, published on the web',
}

const CEL_SAMPLE_NOTE: Localized = {
  sq: 'Regjistrim shembull: është krijuar për demonstrim dhe bazohet vetëm në tekstin e CEL “Arkivi i Lëvizjes LGBTI+ në Kosovë”.',
  sr: 'Primer zapisa: napravljen je za demonstraciju i zasniva se isključivo na tekstu CEL-a „Arkivi i Lëvizjes LGBTI+ në Kosovë“.',
  en: 'Sample record: created for demonstration and based only on CEL’s text “Arkivi i Lëvizjes LGBTI+ në Kosovë”.',
}

const UN_SAMPLE_NOTE: Localized = {
  sq: 'Regjistrim shembull: është krijuar për demonstrim dhe bazohet vetëm në tekstin “Rreth projektit” të projektit të përbashkët të OKB-së.',
  sr: 'Primer zapisa: napravljen je za demonstraciju i zasniva se isključivo na tekstu „Rreth projektit“ (O projektu) o zajedničkom projektu UN-a.',
  en: 'Sample record: created for demonstration and based only on the “Rreth projektit” (About the project) text on the UN joint project.',
}

/** The UN project's texts give no date: the year is inferred from the COVID-19 pandemic. */
const PANDEMIC_YEAR: PartialDate = { value: '2020-01-01', precision: 'year', approximate: true }
const PANDEMIC_YEAR_NOTE: Localized = {
  sq: 'Data është e përafërt: burimi nuk jep datë; viti 2020 është nxjerrë nga periudha e pandemisë COVID-19.',
  sr: 'Datum je približan: izvor ne navodi datum; 2020. godina izvedena je iz perioda pandemije COVID-19.',
  en: 'The date is approximate: the source gives no date; the year 2020 is inferred from the period of the COVID-19 pandemic.',
}

/**
 * The UN project runs in all 14 municipalities and its texts tie no record to one of them. Two of
 * its sample records carry the first municipality of the source's list so that the archive's
 * municipality facet has a sample to show; the choice is illustrative, as the records are.
 */
const UN_SAMPLE_MUNICIPALITY = 'fushe-kosove'

export const archiveItems: SeedArchiveItem[] = [
  // a) CEL's founding.
  {
    identifier: 'ARK-SAMPLE-0001',
    title: {
      sq: 'Shembull: Themelimi i Qendrës për Barazi dhe Liri (CEL)',
      sr: 'Primer: Osnivanje Centra za jednakost i slobodu (CEL)',
      en: 'Sample: Founding of the Center for Equality and Liberty (CEL)',
    },
    description: {
      sq: [
        CEL_SAMPLE_NOTE.sq,
        'Qendra për Barazinë dhe Lirinë e Komunitetit LGBT në Kosovë (CEL) u krijua në korrik 2013 me qëllim forcimin e komunitetit LGBT në Kosovë.',
        'CEL erdhi në ekzistencë si një reagim ndaj diskriminimit të vazhdueshëm, stigmatizimit dhe paragjykimit të shoqërisë ndaj personave LGBT dhe për mbrojtjen e njerëzve LGBT në Kosovë.',
      ],
      sr: [
        CEL_SAMPLE_NOTE.sr,
        'Centar za jednakost i slobodu LGBT zajednice na Kosovu (CEL) osnovan je u julu 2013. godine s ciljem jačanja LGBT zajednice na Kosovu.',
        'CEL je nastao kao reakcija na kontinuiranu diskriminaciju, stigmatizaciju i predrasude društva prema LGBT osobama i radi zaštite LGBT osoba na Kosovu.',
      ],
      en: [
        CEL_SAMPLE_NOTE.en,
        'The Center for Equality and Liberty of the LGBT Community in Kosovo (CEL) was established in July 2013 with the aim of strengthening the LGBT community in Kosovo.',
        'CEL came into existence as a reaction to society’s continued discrimination, stigmatization and prejudice against LGBT people and for the protection of LGBT people in Kosovo.',
      ],
    },
    date: { value: '2013-07-01', precision: 'month' },
    type: 'Event',
    format: 'image/png',
    creators: [CEL],
    subjects: ['lgbti-rights', 'civil-society'],
    languages: ['sq'],
    // municipality: the source does not say where CEL was founded.
    source: CEL_SOURCE,
    rights: 'InC',
    files: ['cel-founding-placeholder'],
    related: [],
    visibility: 'public',
    published: true,
  },
  // b) The start of the UN joint project's joint implementation.
  {
    identifier: 'ARK-SAMPLE-0002',
    title: {
      sq: 'Shembull: Fillimi i implementimit të përbashkët të projektit të OKB-së për komunitetet jo-shumicë dhe të mbijetuarit e dhunës në familje',
      sr: 'Primer: Početak zajedničkog sprovođenja projekta UN-a za nevećinske zajednice i osobe koje su preživele nasilje u porodici',
      en: 'Sample: Start of the joint implementation of the UN project for non-majority communities and survivors of domestic violence',
    },
    description: {
      sq: [
        UN_SAMPLE_NOTE.sq,
        `Tre agjenci të OKB-së: IOM, UNHCR dhe UN Women kanë filluar implementimin e përbashkët të projektit “${UN_PROJECT_TITLE.sq}”.`,
        'Projekti është themeluar nga Fondi i Mirëbesimit i Kombeve të Bashkuara me Shumë Partnerë për Reagimin ndaj COVID-19 dhe Rimëkëmbjen, i krijuar për të ndihmuar më të cenueshmit nga vështirësitë ekonomike dhe vështirësitë sociale.',
        PANDEMIC_YEAR_NOTE.sq,
      ],
      sr: [
        UN_SAMPLE_NOTE.sr,
        `Tri agencije UN-a – IOM, UNHCR i UN Women – započele su zajedničko sprovođenje projekta „${UN_PROJECT_TITLE.sr}“.`,
        'Projekat je osnovao Multipartnerski poverenički fond Ujedinjenih nacija za odgovor na COVID-19 i oporavak, stvoren kako bi pomogao najugroženijima u suočavanju s ekonomskim i socijalnim teškoćama.',
        PANDEMIC_YEAR_NOTE.sr,
      ],
      en: [
        UN_SAMPLE_NOTE.en,
        `Three UN agencies – IOM, UNHCR and UN Women – have started the joint implementation of the project “${UN_PROJECT_TITLE.en}”.`,
        'The project was established by the UN COVID-19 Response and Recovery Multi-Partner Trust Fund, created to help the most vulnerable in the face of economic and social hardship.',
        PANDEMIC_YEAR_NOTE.en,
      ],
    },
    date: PANDEMIC_YEAR,
    type: 'Event',
    format: 'image/png',
    creators: [...UN_AGENCIES],
    subjects: ['covid-19', 'non-majority-communities', 'domestic-violence', 'social-protection'],
    languages: ['sq'],
    municipality: UN_SAMPLE_MUNICIPALITY,
    source: UN_SOURCE,
    rights: 'InC',
    files: ['un-project-placeholder'],
    related: ['ARK-SAMPLE-0003', 'ARK-SAMPLE-0006'],
    visibility: 'public',
    published: true,
  },
  // c) The project's factsheet (a placeholder PDF stands in for the original).
  {
    identifier: 'ARK-SAMPLE-0003',
    title: {
      sq: 'Shembull: Fleta informative e projektit (MPTF-factsheet.pdf)',
      sr: 'Primer: Informativni list projekta (MPTF-factsheet.pdf)',
      en: 'Sample: Project factsheet (MPTF-factsheet.pdf)',
    },
    description: {
      sq: [
        UN_SAMPLE_NOTE.sq,
        'Teksti për projektin përmend dokumentin “MPTF-factsheet.pdf”. Origjinali nuk përfshihet në këtë arkiv: skedari i bashkëngjitur është një PDF zëvendësues.',
        'Burimi nuk e përmend autorin dhe gjuhën e dokumentit.',
        PANDEMIC_YEAR_NOTE.sq,
      ],
      sr: [
        UN_SAMPLE_NOTE.sr,
        'Tekst o projektu pominje dokument „MPTF-factsheet.pdf“. Original nije uključen u ovaj arhiv: priloženi fajl je zamenski PDF.',
        'Izvor ne navodi autora ni jezik dokumenta.',
        PANDEMIC_YEAR_NOTE.sr,
      ],
      en: [
        UN_SAMPLE_NOTE.en,
        'The text on the project mentions the document “MPTF-factsheet.pdf”. The original is not included in this archive: the attached file is a placeholder PDF.',
        'The source does not name the document’s author or language.',
        PANDEMIC_YEAR_NOTE.en,
      ],
    },
    date: PANDEMIC_YEAR,
    type: 'Text',
    format: 'application/pdf',
    creators: [],
    subjects: ['covid-19', 'social-protection'],
    languages: [],
    source: UN_SOURCE,
    rights: 'CNE',
    files: ['mptf-factsheet'],
    related: ['ARK-SAMPLE-0002', 'ARK-SAMPLE-0006'],
    visibility: 'public',
    published: true,
  },
  // d) RESTRICTED: a sample record of a Drop-In discussion group of CEL's Support Programme.
  {
    identifier: 'ARK-SAMPLE-0004',
    title: {
      sq: 'Shembull: Shënime konfidenciale nga një seancë e grupit të diskutimit në Drop-In (Programi për mbështetje)',
      sr: 'Primer: Poverljive beleške sa sesije Drop-In grupe za diskusiju (Program podrške)',
      en: 'Sample: Confidential notes from a Drop-In discussion group session (Support Programme)',
    },
    description: {
      sq: [
        'Regjistrim shembull me qasje të kufizuar: është krijuar vetëm për demonstrim dhe nuk përmban të dhëna për persona realë. Data është vetëm ilustruese.',
        'Tregon llojin e regjistrimit që mund të krijohet nga grupet e diskutimit në Drop-In të Programit për mbështetje të CEL. Shënime konfidenciale të tilla mund të zbulojnë identitetin e pjesëmarrësve, prandaj janë të dukshme vetëm për stafin.',
      ],
      sr: [
        'Primer zapisa sa ograničenim pristupom: napravljen je isključivo za demonstraciju i ne sadrži podatke o stvarnim osobama. Datum je samo ilustrativan.',
        'Prikazuje vrstu zapisa koji mogu nastati u Drop-In grupama za diskusiju Programa podrške CEL-a. Ovakve poverljive beleške mogu otkriti identitet učesnika, zbog čega su vidljive samo osoblju.',
      ],
      en: [
        'Restricted sample record: created for demonstration only; it contains no data about real people. The date is illustrative only.',
        'It shows the kind of record that Drop-In discussion groups of CEL’s Support Programme may produce. Such confidential notes could reveal participants’ identities, which is why they are visible to staff only.',
      ],
    },
    date: { value: '2013-01-01', precision: 'year', approximate: true },
    type: 'Text',
    format: 'image/png',
    creators: [CEL],
    subjects: ['psychosocial-support', 'lgbti-rights'],
    languages: ['sq'],
    municipality: 'peje', // illustrative, like its date: no public item has it, so no public page may count it
    source: {
      sq: 'Shembull pa burim real, i ndërtuar mbi përshkrimin e Programit për mbështetje në uebfaqen e CEL, faqja “Arkivi i Lëvizjes LGBTI+ në Kosovë”',
      sr: 'Primer bez stvarnog izvora, sačinjen na osnovu opisa Programa podrške na veb-sajtu CEL-a, stranica „Arkivi i Lëvizjes LGBTI+ në Kosovë“',
      en: 'Sample with no real source, built on the description of the Support Programme on the CEL website, “Arkivi i Lëvizjes LGBTI+ në Kosovë” page',
    },
    rights: 'InC',
    files: ['support-group-placeholder'],
    transcript: {
      sq: [
        '[Shembull transkripti: tekst ilustrues, jo regjistrim i vërtetë; pa emra.]',
        'Lehtësues/e: Mirë se erdhët. Çdo gjë që thuhet këtu mbetet brenda grupit.',
        'Pjesëmarrës/e A: Dëshiroj të flas për përvojën time.',
        'Pjesëmarrës/e B: Faleminderit që e ndave.',
      ],
      sr: [
        '[Primer transkripta: ilustrativni tekst, a ne stvarni zapis; bez imena.]',
        'Voditelj/ka: Dobro došli. Sve što se ovde kaže ostaje u grupi.',
        'Učesnik/ca A: Želim da govorim o svom iskustvu.',
        'Učesnik/ca B: Hvala ti što si to podelio/la.',
      ],
      en: [
        '[Sample transcript: illustrative text, not a real record; no names.]',
        'Facilitator: Welcome. Everything said here stays within the group.',
        'Participant A: I would like to talk about my experience.',
        'Participant B: Thank you for sharing.',
      ],
    },
    contentWarning: {
      sq: 'Përmbajtje e ndjeshme: regjistrimet e grupeve mbështetëse mund të përmendin diskriminim, ngacmim, dhunë dhe kriza personale.',
      sr: 'Osetljiv sadržaj: zapisi grupa podrške mogu pominjati diskriminaciju, uznemiravanje, nasilje i lične krize.',
      en: 'Sensitive content: support-group records may mention discrimination, harassment, violence and personal crises.',
    },
    related: ['ARK-SAMPLE-0001'],
    visibility: 'restricted',
    published: true,
    consentNotes:
      'SHEMBULL / SAMPLE (vetëm për stafin / staff only): illustrative consent note; there are no real participants. In a real record, note here each participant’s written consent and any anonymization required before use.',
    takedownNotes:
      'SHEMBULL / SAMPLE (vetëm për stafin / staff only): illustrative takedown note. In a real record, log here every request to remove or further restrict this item: who made it, when, and how it was handled.',
  },
  // e) DRAFT: an unpublished sample record on CEL's board of directors.
  {
    identifier: 'ARK-SAMPLE-0005',
    title: {
      sq: 'Shembull: Skicë regjistrimi për bordin e drejtorëve të CEL',
      sr: 'Primer: Nacrt zapisa o upravnom odboru CEL-a',
      en: 'Sample: Draft record on CEL’s board of directors',
    },
    description: {
      sq: [
        `${CEL_SAMPLE_NOTE.sq} Kjo skicë nuk është publikuar ende.`,
        'Organi më i lartë drejtues i CEL është bordi i drejtorëve i cili përbëhet nga pesë anëtarë. Përveç personelit kryesor që është drejtpërdrejt i përfshirë në zbatimin e programeve, CEL jep një numër të konsulentëve të jashtëm dhe ka një rrjet të gjerë aktivistësh dhe vullnetarësh LGBTI që janë të përfshirë drejtpërsëdrejti në programet dhe iniciativat e CEL.',
        'Data është e përafërt: burimi nuk jep datë për bordin; është përdorur viti i themelimit të CEL.',
      ],
      sr: [
        `${CEL_SAMPLE_NOTE.sr} Ovaj nacrt još nije objavljen.`,
        'Najviše upravno telo CEL-a je upravni odbor, koji se sastoji od pet članova. Pored ključnog osoblja koje je neposredno uključeno u sprovođenje programa, CEL angažuje određeni broj spoljnih konsultanata i ima široku mrežu LGBTI aktivista i volontera koji su neposredno uključeni u programe i inicijative CEL-a.',
        'Datum je približan: izvor ne navodi datum za upravni odbor; korišćena je godina osnivanja CEL-a.',
      ],
      en: [
        `${CEL_SAMPLE_NOTE.en} This draft has not been published yet.`,
        'CEL’s highest governing body is the board of directors, which consists of five members. In addition to the core staff directly involved in implementing the programmes, CEL engages a number of external consultants and has a wide network of LGBTI activists and volunteers who are directly involved in CEL’s programmes and initiatives.',
        'The date is approximate: the source gives no date for the board; the year CEL was founded is used.',
      ],
    },
    date: { value: '2013-01-01', precision: 'year', approximate: true },
    type: 'Text',
    format: 'text/plain',
    creators: [CEL],
    subjects: ['civil-society', 'lgbti-rights'],
    languages: ['sq'],
    municipality: 'gjakove', // illustrative, like the rest of this draft: no public item has it, so no public page may count it
    source: CEL_SOURCE,
    rights: 'InC',
    files: [],
    related: ['ARK-SAMPLE-0001'],
    visibility: 'public',
    published: false,
  },
  // f) The referral mechanism of the UN joint project.
  {
    identifier: 'ARK-SAMPLE-0006',
    title: {
      sq: 'Shembull: Mekanizmi i referimit në projektin e përbashkët të OKB-së',
      sr: 'Primer: Mehanizam upućivanja u zajedničkom projektu UN-a',
      en: 'Sample: Referral mechanism of the UN joint project',
    },
    description: {
      sq: [
        UN_SAMPLE_NOTE.sq,
        'Do të zhvillohet një mekanizëm referimi për të shërbyer si urë lidhëse ndërmjet përfituesve dhe shërbimeve të ofruara nga projekti dhe/ose institucionet lokale dhe organizatat e tjera. Mekanizmi do të administrohet së bashku nga agjencitë zbatuese të OKB-së me standardet më të larta të mbrojtjes së të dhënave dhe etikës. Ai do të zbatohet në bashkëpunim me institucionet lokale, organizatat dhe rrjetin e vullnetarëve.',
        PANDEMIC_YEAR_NOTE.sq,
      ],
      sr: [
        UN_SAMPLE_NOTE.sr,
        'Biće razvijen mehanizam upućivanja koji će služiti kao most između korisnika i usluga koje pružaju projekat i/ili lokalne institucije i druge organizacije. Mehanizmom će zajednički upravljati agencije UN-a koje sprovode projekat, uz najviše standarde zaštite podataka i etike. On će se sprovoditi u saradnji s lokalnim institucijama, organizacijama i mrežom volontera.',
        PANDEMIC_YEAR_NOTE.sr,
      ],
      en: [
        UN_SAMPLE_NOTE.en,
        'A referral mechanism will be developed to serve as a bridge between beneficiaries and the services provided by the project and/or local institutions and other organizations. The mechanism will be jointly administered by the implementing UN agencies with the highest standards of data protection and ethics. It will be implemented in cooperation with local institutions, organizations and the volunteer network.',
        PANDEMIC_YEAR_NOTE.en,
      ],
    },
    date: PANDEMIC_YEAR,
    type: 'Text',
    format: 'text/plain',
    creators: [...UN_AGENCIES],
    subjects: ['social-protection', 'covid-19'],
    languages: ['sq'],
    municipality: UN_SAMPLE_MUNICIPALITY,
    source: UN_SOURCE,
    rights: 'InC',
    files: [],
    related: ['ARK-SAMPLE-0002', 'ARK-SAMPLE-0003'],
    visibility: 'public',
    published: true,
  },
]
