/**
 * Organizations named by the two source documents. Albanian text as written in the source
 * (only obvious typos fixed: missing final full stops, a stray space); Serbian (Latin) and
 * English are faithful translations. No websites: the source gives none.
 */
import type { SeedOrganization } from './types.ts'

/** The UN joint project's title, as the source writes it (sq) and translated (sr, en). */
export const UN_PROJECT_TITLE = {
  sq: 'Luftimi i pabarizve egzistuese të shkaktuara nga COVID 19 në Kosovë duke ndihmuar komunitetet jo-shumicë të Kosovës dhe të mbijetuarit e dhunës në familje',
  sr: 'Borba protiv postojećih nejednakosti izazvanih pandemijom COVID-19 na Kosovu kroz pomoć nevećinskim zajednicama Kosova i osobama koje su preživele nasilje u porodici',
  en: 'Combating existing inequalities caused by COVID-19 in Kosovo by assisting Kosovo’s non-majority communities and survivors of domestic violence',
} as const

export const organizations: SeedOrganization[] = [
  {
    key: 'cel',
    acronym: 'CEL',
    name: {
      sq: 'Qendra për Barazi dhe Liri',
      sr: 'Centar za jednakost i slobodu',
      en: 'Center for Equality and Liberty',
    },
    roles: ['implementer'],
    founded: { value: '2013-07-01', precision: 'month' },
    description: {
      sq: [
        // source: no final full stop
        'Qendra për Barazinë dhe Lirinë e Komunitetit LGBT në Kosovë (CEL) u krijua në korrik 2013 me qëllim forcimin e komunitetit LGBT në Kosovë.',
        // source: no final full stop
        'CEL parandalon diskriminimin në bazë të orientimit seksual dhe identitetit gjinor, rritë ndërgjegjësimin e popullatës së përgjithshme për të drejtat LGBT dhe avokon për të drejta të barabarta dhe mosdiskriminim të komunitetit LGBT në Kosovë në pajtim me Kushtetutën dhe ligjet e Republikës së Kosovës. CEL erdhi në ekzistencë si një reagim ndaj diskriminimit të vazhdueshëm, stigmatizimit dhe paragjykimit të shoqërisë ndaj personave LGBT dhe për mbrojtjen e njerëzve LGBT në Kosovë.',
        'Deri më sot, CEL ka synuar të bëhet një forcë shtytëse pas krijimit të një shoqërie progresive, të larmishme dhe tolerante në Kosovë ndaj komunitetit LGBT; një motivues për ndryshimin e konstrukteve tradicionale sociale dhe një sistem mbështetës për sigurimin e të drejtave dhe mundësive të barabarta për të gjithë. CEL gjithashtu ka kërkuar të forcojë kuadrin ligjor për njerëzit LGBT në Kosovë, si dhe të rrisë pjesëmarrjen e njerëzve LGBT në mekanizmat relevante ndërkombëtare dhe rajonale dhe projekte të dobishme për komunitetin dhe shoqërinë në përgjithësi. Pavarësisht se është një organizatë mjaft e re, CEL ka arritur të bëhet një nga organizatat udhëheqëse dhe forcat lëvizëse për fuqizimin e komunitetit LGBTI në Kosovë duke promovuar dhe mbrojtur të drejtat LGBTI dhe duke punuar drejt krijimit të një shoqërie gjithëpërfshirëse e cila mbron barazinë dhe njeh dhe respekton diversitetin.',
      ],
      sr: [
        'Centar za jednakost i slobodu LGBT zajednice na Kosovu (CEL) osnovan je u julu 2013. godine s ciljem jačanja LGBT zajednice na Kosovu.',
        'CEL sprečava diskriminaciju na osnovu seksualne orijentacije i rodnog identiteta, podiže svest opšte populacije o pravima LGBT osoba i zalaže se za jednaka prava i nediskriminaciju LGBT zajednice na Kosovu u skladu s Ustavom i zakonima Republike Kosovo. CEL je nastao kao reakcija na kontinuiranu diskriminaciju, stigmatizaciju i predrasude društva prema LGBT osobama i radi zaštite LGBT osoba na Kosovu.',
        'Do danas je CEL nastojao da postane pokretačka snaga u stvaranju progresivnog, raznolikog i tolerantnog društva na Kosovu prema LGBT zajednici; motivator promene tradicionalnih društvenih konstrukata i sistem podrške za obezbeđivanje jednakih prava i mogućnosti za sve. CEL je takođe nastojao da ojača pravni okvir za LGBT osobe na Kosovu, kao i da poveća učešće LGBT osoba u relevantnim međunarodnim i regionalnim mehanizmima i projektima korisnim za zajednicu i društvo u celini. Iako je prilično mlada organizacija, CEL je uspeo da postane jedna od vodećih organizacija i pokretačkih snaga za osnaživanje LGBTI zajednice na Kosovu, promovišući i štiteći prava LGBTI osoba i radeći na stvaranju inkluzivnog društva koje štiti jednakost i prepoznaje i poštuje različitost.',
      ],
      en: [
        'The Center for Equality and Liberty of the LGBT Community in Kosovo (CEL) was established in July 2013 with the aim of strengthening the LGBT community in Kosovo.',
        'CEL prevents discrimination based on sexual orientation and gender identity, raises awareness among the general population about LGBT rights and advocates for equal rights and non-discrimination of the LGBT community in Kosovo in accordance with the Constitution and laws of the Republic of Kosovo. CEL came into existence as a reaction to society’s continued discrimination, stigmatization and prejudice against LGBT people and for the protection of LGBT people in Kosovo.',
        'To date, CEL has aimed to become a driving force behind the creation of a progressive, diverse and tolerant society in Kosovo towards the LGBT community; a motivator for changing traditional social constructs and a support system for ensuring equal rights and opportunities for all. CEL has also sought to strengthen the legal framework for LGBT people in Kosovo, as well as to increase the participation of LGBT people in relevant international and regional mechanisms and in projects beneficial to the community and to society in general. Despite being a fairly young organization, CEL has managed to become one of the leading organizations and driving forces for the empowerment of the LGBTI community in Kosovo, by promoting and protecting LGBTI rights and by working towards the creation of an inclusive society that protects equality and recognizes and respects diversity.',
      ],
    },
    governance: {
      sq: 'Organi më i lartë drejtues i CEL është bordi i drejtorëve i cili përbëhet nga pesë anëtarë. Përveç personelit kryesor që është drejtpërdrejt i përfshirë në zbatimin e programeve, CEL jep një numër të konsulentëve të jashtëm dhe ka një rrjet të gjerë aktivistësh dhe vullnetarësh LGBTI që janë të përfshirë drejtpërsëdrejti në programet dhe iniciativat e CEL.',
      sr: 'Najviše upravno telo CEL-a je upravni odbor, koji se sastoji od pet članova. Pored ključnog osoblja koje je neposredno uključeno u sprovođenje programa, CEL angažuje određeni broj spoljnih konsultanata i ima široku mrežu LGBTI aktivista i volontera koji su neposredno uključeni u programe i inicijative CEL-a.',
      en: 'CEL’s highest governing body is the board of directors, which consists of five members. In addition to the core staff directly involved in implementing the programmes, CEL engages a number of external consultants and has a wide network of LGBTI activists and volunteers who are directly involved in CEL’s programmes and initiatives.',
    },
  },
  {
    key: 'iom',
    acronym: 'IOM',
    name: {
      sq: 'Organizata Ndërkombëtare për Migracion',
      sr: 'Međunarodna organizacija za migracije',
      en: 'International Organization for Migration',
    },
    roles: ['implementer'],
    description: {
      sq: [
        'IOM - Organizata Ndërkombëtare për Migracion - është organizata kryesore ndërqeveritare në fushën e migracionit. Duke punuar në katastrofa natyrore, kriza të shkaktuara nga njeriu dhe kontekste të zgjatura të zhvendosjes, IOM synon të ofrojë ndihmë të koordinuar, në kohë dhe specifike për kontekstin për popullatat në nevojë, duke përfshirë, por pa u kufizuar vetëm në personat e zhvendosur brenda vendit, refugjatët, migrantët e tjerë dhe komunitetet pritëse. IOM punon edhe në kontekste krizash për të adresuar shtysat dhe shkaqet thelbësore të zhvendosjes për të promovuar zgjidhje afatgjata për individët, familjet dhe komunitetet.',
      ],
      sr: [
        'IOM – Međunarodna organizacija za migracije – vodeća je međuvladina organizacija u oblasti migracija. Radeći u prirodnim katastrofama, krizama koje je izazvao čovek i kontekstima dugotrajnog raseljavanja, IOM nastoji da pruži koordinisanu, pravovremenu i kontekstu prilagođenu pomoć stanovništvu kojem je pomoć potrebna, uključujući, ali ne ograničavajući se na interno raseljena lica, izbeglice, druge migrante i zajednice domaćine. IOM radi i u kriznim kontekstima kako bi se bavio pokretačima i osnovnim uzrocima raseljavanja i promovisao dugoročna rešenja za pojedince, porodice i zajednice.',
      ],
      en: [
        'IOM – the International Organization for Migration – is the leading intergovernmental organization in the field of migration. Working in natural disasters, man-made crises and protracted displacement contexts, IOM aims to provide coordinated, timely and context-specific assistance to populations in need, including, but not limited to, internally displaced persons, refugees, other migrants and host communities. IOM also works in crisis contexts to address the drivers and root causes of displacement in order to promote long-term solutions for individuals, families and communities.',
      ],
    },
  },
  {
    key: 'unhcr',
    acronym: 'UNHCR',
    name: {
      sq: 'Komisioneri i Lartë i Kombeve të Bashkuara për Refugjatët',
      sr: 'Visoki komesarijat Ujedinjenih nacija za izbeglice',
      en: 'United Nations High Commissioner for Refugees',
    },
    roles: ['implementer'],
    description: {
      sq: [
        'UNHCR - Komisioneri i Lartë i Kombeve të Bashkuara për Refugjatët - ka përvojë të gjerë në përgatitjen dhe reagimin ndaj emergjencave dhe në punën në situata të vështira ku lëvizjet janë të kufizuara. UNHCR angazhohet në mbrojtje dhe ndihmë efektive për komunitetet më të cenueshme dhe të izoluara të PZHV-ve dhe të kthyerve, duke mbështetur autoritetet në zhvillimin e kornizave legjislative dhe administrative në fushat e azilit dhe zgjidhjeve të qëndrueshme për popullatën e zhvendosur. Duke forcuar aftësinë e institucioneve në nivelin qendror dhe komunal, UNHCR nxit zbatimin efektiv të legjislacionit, në përputhje me standardet ndërkombëtare.',
      ],
      sr: [
        'UNHCR – Visoki komesarijat Ujedinjenih nacija za izbeglice – ima veliko iskustvo u pripravnosti i reagovanju u vanrednim situacijama i u radu u teškim situacijama u kojima je kretanje ograničeno. UNHCR se angažuje na delotvornoj zaštiti i pomoći najugroženijim i izolovanim zajednicama IRL i povratnika, podržavajući vlasti u izradi zakonodavnih i administrativnih okvira u oblastima azila i trajnih rešenja za raseljeno stanovništvo. Jačanjem kapaciteta institucija na centralnom i opštinskom nivou, UNHCR podstiče delotvorno sprovođenje zakonodavstva u skladu s međunarodnim standardima.',
      ],
      en: [
        'UNHCR – the United Nations High Commissioner for Refugees – has extensive experience in emergency preparedness and response and in working in difficult situations where movement is restricted. UNHCR engages in effective protection of and assistance to the most vulnerable and isolated communities of IDPs and returnees, supporting the authorities in developing legislative and administrative frameworks in the areas of asylum and durable solutions for the displaced population. By strengthening the capacity of institutions at the central and municipal levels, UNHCR promotes the effective implementation of legislation in line with international standards.',
      ],
    },
  },
  {
    key: 'un-women',
    acronym: 'UN Women',
    // The source gives only "UN Women".
    name: { sq: 'UN Women', sr: 'UN Women', en: 'UN Women' },
    roles: ['implementer'],
    description: {
      sq: [
        'UN Women - është e bazuar në vizionin e barazisë të mishëruar në Kartën e Kombeve të Bashkuara. Punon për eliminimin e diskriminimit ndaj grave dhe vajzave, fuqizimin e grave, dhe barazinë gjinore në arritjen e zhvillimit, të drejtave të njeriut, veprimit humanitar dhe paqes dhe sigurisë. UN Women punon me institucionet qeveritare në nivelin lokal dhe qendror, palët e jashtme të interesit, shoqërinë civile, organizatat ndërkombëtare, gjyqësorin, policinë, avokatët e viktimave dhe përfaqësuesit e tyre dhe partnerët e tjerë për të siguruar që shqetësimet gjinore janë të integruara në politikat, programet dhe aktivitetet e OKB-së.',
      ],
      sr: [
        'UN Women se zasniva na viziji jednakosti sadržanoj u Povelji Ujedinjenih nacija. Radi na eliminisanju diskriminacije žena i devojčica, osnaživanju žena i rodnoj ravnopravnosti u ostvarivanju razvoja, ljudskih prava, humanitarnog delovanja te mira i bezbednosti. UN Women sarađuje s vladinim institucijama na lokalnom i centralnom nivou, spoljnim zainteresovanim stranama, civilnim društvom, međunarodnim organizacijama, pravosuđem, policijom, zastupnicima žrtava i njihovim predstavnicima i drugim partnerima kako bi obezbedila da rodna pitanja budu integrisana u politike, programe i aktivnosti UN-a.',
      ],
      en: [
        'UN Women is grounded in the vision of equality enshrined in the Charter of the United Nations. It works for the elimination of discrimination against women and girls, the empowerment of women, and gender equality in the achievement of development, human rights, humanitarian action, and peace and security. UN Women works with government institutions at the local and central levels, external stakeholders, civil society, international organizations, the judiciary, the police, victims’ advocates and their representatives, and other partners to ensure that gender concerns are integrated into the policies, programmes and activities of the UN.',
      ],
    },
  },
  {
    key: 'mptf',
    acronym: 'MPTF',
    name: {
      sq: 'Fondi i Mirëbesimit i Kombeve të Bashkuara me Shumë Partnerë për Reagimin ndaj COVID-19 dhe Rimëkëmbjen',
      sr: 'Multipartnerski poverenički fond Ujedinjenih nacija za odgovor na COVID-19 i oporavak',
      en: 'UN COVID-19 Response and Recovery Multi-Partner Trust Fund',
    },
    roles: ['funder'],
    // From the source's sentence about the fund ("Projekti është themeluar nga Fondi …, i krijuar
    // për të ndihmuar …"), split so that it reads on the fund's own page.
    description: {
      sq: [
        'Fondi i Mirëbesimit i Kombeve të Bashkuara me Shumë Partnerë për Reagimin ndaj COVID-19 dhe Rimëkëmbjen është krijuar për të ndihmuar më të cenueshmit nga vështirësitë ekonomike dhe vështirësitë sociale.',
        `Projekti “${UN_PROJECT_TITLE.sq}” është themeluar nga ky fond.`,
      ],
      sr: [
        'Multipartnerski poverenički fond Ujedinjenih nacija za odgovor na COVID-19 i oporavak osnovan je kako bi pomogao najugroženijima u suočavanju s ekonomskim i socijalnim teškoćama.',
        `Projekat „${UN_PROJECT_TITLE.sr}“ osnovao je ovaj fond.`,
      ],
      en: [
        'The UN COVID-19 Response and Recovery Multi-Partner Trust Fund was created to help the most vulnerable in the face of economic and social hardship.',
        `The project “${UN_PROJECT_TITLE.en}” was established by this fund.`,
      ],
    },
  },
  {
    key: 'unkt',
    acronym: 'UNKT',
    name: {
      sq: 'Ekipi i Kombeve të Bashkuara në Kosovë',
      sr: 'Tim Ujedinjenih nacija na Kosovu',
      en: 'United Nations Kosovo Team',
    },
    roles: ['partner'],
    description: {
      sq: [
        // source: "socio- ekonomike" (stray space)
        `Ekipi i Kombeve të Bashkuara në Kosovë (UNKT) ofron përgjigje socio-ekonomike ndaj pandemisë aktuale COVID-19. Tre agjenci të OKB-së: IOM, UNHCR dhe UN Women kanë filluar implementimin e përbashkët të projektit “${UN_PROJECT_TITLE.sq}”. Projekti synon të adresojë si shëndetin publik, ashtu edhe sfidat humanitare dhe zhvillimore të paraqitura nga pandemia në vazhdim.`,
      ],
      sr: [
        `Tim Ujedinjenih nacija na Kosovu (UNKT) pruža socioekonomski odgovor na aktuelnu pandemiju COVID-19. Tri agencije UN-a – IOM, UNHCR i UN Women – započele su zajedničko sprovođenje projekta „${UN_PROJECT_TITLE.sr}“. Projekat ima za cilj da odgovori kako na pitanja javnog zdravlja, tako i na humanitarne i razvojne izazove koje donosi pandemija koja je u toku.`,
      ],
      en: [
        `The United Nations Kosovo Team (UNKT) provides a socio-economic response to the current COVID-19 pandemic. Three UN agencies – IOM, UNHCR and UN Women – have started the joint implementation of the project “${UN_PROJECT_TITLE.en}”. The project aims to address both public health and the humanitarian and development challenges posed by the ongoing pandemic.`,
      ],
    },
  },
]
