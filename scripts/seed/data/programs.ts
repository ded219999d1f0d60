/**
 * CEL's three programs (first source document) and the UN joint project (second source
 * document). Albanian as written in the source (only obvious typos fixed: a doubled space,
 * a space before a comma, a stray space in "socio- ekonomike"); Serbian (Latin) and English
 * are faithful translations.
 */
import { municipalities } from './municipalities.ts'
import { UN_PROJECT_TITLE } from './organizations.ts'
import type { SeedProgram } from './types.ts'

export const programs: SeedProgram[] = [
  {
    slug: 'support-program',
    kind: 'organization-program',
    title: {
      sq: 'Programi për mbështetje',
      sr: 'Program podrške',
      en: 'Support Programme',
    },
    summary: {
      sq: 'Nëpërmjet Programit të Mbështetjes, CEL punon për të siguruar që personat LGBTIQ+ të kenë qasje në një hapësirë të sigurt dhe pa gjykim, të kuptohen dhe të kenë qasje në ndihmë psikosociale dhe shërbime të ndihmës juridike.',
      sr: 'Kroz Program podrške, CEL radi na tome da LGBTIQ+ osobe imaju pristup bezbednom prostoru bez osuđivanja, da budu shvaćene i da imaju pristup psihosocijalnoj pomoći i uslugama pravne pomoći.',
      en: 'Through the Support Programme, CEL works to ensure that LGBTIQ+ people have access to a safe and non-judgemental space, are understood and have access to psychosocial assistance and legal aid services.',
    },
    body: {
      sq: [
        'Komunitetet dhe individët LGBTIQ+ janë jashtëzakonisht të shumëllojshëm dhe përballen me një numër të çështjeve të përbashkëta dhe të veçanta shëndetësore dhe përfshirje sociale. Prandaj, CEL kupton se anëtarët e komuniteteve LGBTIQ+ mund të kenë nevojë për mbështetje kur përballen me një gamë të gjerë të rrethanave dhe emocioneve.',
        'Nga çështjet që kanë të bëjnë me daljen haptaz dhe diskriminimin, ngacmimin, dhunën, ankthin, depresionin ose shqetësime të tjera shëndetësore, abuzimin dhe krizat e tjera, CEL synon të siguroj mbështetjen që personave LGBTIQ+ iu nevojitet.',
        'Kështu, nëpërmjet Programit të Mbështetjes, CEL punon për të siguruar që personat LGBTIQ+ të kenë qasje në një hapësirë të sigurt dhe pa gjykim, të kuptohen dhe të kenë qasje në ndihmë psikosociale dhe shërbime të ndihmës juridike duke përfshirë: mbështetje individuale, grupe mbështetëse këshillimi, grupe mbështetëse të familjes dhe përkrahësve, grupe diskutimi në Drop-In, ndihmë juridike falas, strehim dhe burime të tjera të komunitetit. Përveç spektrit të gjerë të aktiviteteve brenda Programit të Mbështetjes, CEL siguron përkrahje dhe lidh njerëzit LGBTIQ+ për të ndërtuar një rrjet mbështetës për ndarjen e përvojave. Po ashtu, Programi i Mbështetjes vepron si një rrugë drejt shumë programeve dhe iniciativave të CEL.',
      ],
      sr: [
        'LGBTIQ+ zajednice i pojedinci izuzetno su raznoliki i suočavaju se s nizom zajedničkih i posebnih pitanja u vezi sa zdravljem i socijalnom uključenošću. Stoga CEL razume da članovima LGBTIQ+ zajednica može biti potrebna podrška kada se suočavaju sa širokim spektrom okolnosti i emocija.',
        'Od pitanja u vezi sa autovanjem i diskriminacijom, uznemiravanjem, nasiljem, anksioznošću, depresijom ili drugim zdravstvenim problemima, zlostavljanjem i drugim krizama, CEL nastoji da pruži podršku koja je potrebna LGBTIQ+ osobama.',
        'Tako, kroz Program podrške, CEL radi na tome da LGBTIQ+ osobe imaju pristup bezbednom prostoru bez osuđivanja, da budu shvaćene i da imaju pristup psihosocijalnoj pomoći i uslugama pravne pomoći, uključujući: individualnu podršku, savetodavne grupe podrške, grupe podrške za porodicu i podržavaoce, Drop-In grupe za diskusiju, besplatnu pravnu pomoć, smeštaj i druge resurse zajednice. Pored širokog spektra aktivnosti u okviru Programa podrške, CEL pruža podršku i povezuje LGBTIQ+ osobe kako bi izgradile mrežu podrške za razmenu iskustava. Takođe, Program podrške služi kao put ka mnogim programima i inicijativama CEL-a.',
      ],
      en: [
        'LGBTIQ+ communities and individuals are extremely diverse and face a number of shared and specific health and social inclusion issues. Therefore, CEL understands that members of LGBTIQ+ communities may need support when facing a wide range of circumstances and emotions.',
        'From issues related to coming out and discrimination, harassment, violence, anxiety, depression or other health concerns, abuse and other crises, CEL aims to provide the support that LGBTIQ+ people need.',
        'Thus, through the Support Programme, CEL works to ensure that LGBTIQ+ people have access to a safe and non-judgemental space, are understood and have access to psychosocial assistance and legal aid services, including: individual support, counselling support groups, family and supporters support groups, Drop-In discussion groups, free legal aid, shelter and other community resources. In addition to the wide range of activities within the Support Programme, CEL provides support and connects LGBTIQ+ people to build a support network for sharing experiences. Likewise, the Support Programme serves as a pathway to many of CEL’s programmes and initiatives.',
      ],
    },
    owner: 'cel',
    implementers: ['cel'],
    funders: [],
    activities: [
      {
        title: { sq: 'Mbështetje individuale', sr: 'Individualna podrška', en: 'Individual support' },
        category: 'support',
        municipalities: [],
      },
      {
        title: {
          sq: 'Grupe mbështetëse këshillimi',
          sr: 'Savetodavne grupe podrške',
          en: 'Counselling support groups',
        },
        category: 'support',
        municipalities: [],
      },
      {
        title: {
          sq: 'Grupe mbështetëse të familjes dhe përkrahësve',
          sr: 'Grupe podrške za porodicu i podržavaoce',
          en: 'Family and supporters support groups',
        },
        category: 'support',
        municipalities: [],
      },
      {
        title: {
          sq: 'Grupe diskutimi në Drop-In',
          sr: 'Drop-In grupe za diskusiju',
          en: 'Drop-In discussion groups',
        },
        category: 'support',
        municipalities: [],
      },
      {
        title: { sq: 'Ndihmë juridike falas', sr: 'Besplatna pravna pomoć', en: 'Free legal aid' },
        category: 'support',
        municipalities: [],
      },
      {
        title: { sq: 'Strehim', sr: 'Smeštaj', en: 'Shelter' },
        category: 'support',
        municipalities: [],
      },
      {
        title: {
          sq: 'Burime të tjera të komunitetit',
          sr: 'Drugi resursi zajednice',
          en: 'Other community resources',
        },
        category: 'support',
        municipalities: [],
      },
    ],
    municipalities: [],
    documents: [],
    subjects: ['lgbti-rights', 'psychosocial-support', 'legal-aid', 'civil-society'],
  },
  {
    slug: 'capacity-building-program',
    kind: 'organization-program',
    title: {
      sq: 'Programi për ngritjen e kapaciteteve',
      sr: 'Program izgradnje kapaciteta',
      en: 'Capacity Building Programme',
    },
    summary: {
      sq: 'Përmes Programit të Ngritjes së Kapaciteteve, CEL punon me njerëzit LGBTIQ+ për të rritur aftësitë, njohuritë dhe vetëbesimin e tyre.',
      sr: 'Kroz Program izgradnje kapaciteta, CEL radi sa LGBTIQ+ osobama na jačanju njihovih veština, znanja i samopouzdanja.',
      en: 'Through the Capacity Building Programme, CEL works with LGBTIQ+ people to increase their skills, knowledge and self-confidence.',
    },
    body: {
      sq: [
        // source: "lidership ," and "LGBTIQ+  të forta" (stray and doubled spaces)
        'Tërësisht përmes Programit të Ngritjes së Kapaciteteve, CEL punon me njerëzit LGBTIQ+ për të rritur aftësitë, njohuritë dhe vetëbesimin e tyre. Programi i Ndërtimit të Ngritjes së Kapaciteteve gjatë një përvoje transformuese të mësimit fuqizon njerëzit LGBTIQ+. Duke ofruar programe, trajnime dhe mentorim, dhe mundësi të angazhimit ku ata mund të fitojnë aftësi thelbësore, duke përfshirë aftësi për zhvillim e lidership, personat LGBTIQ+ mund të bëhen kontribues aktivë për komunitetet LGBTQ+ në Kosovë dhe më gjerë. Për më tepër, nëpërmjet fuqizimit të personave LGBTIQ+, ne jemi në gjendje të zhvillojmë komunitete dhe të ndikojmë në proceset politike. CEL gjithashtu punon në partneritet me të tjerët për të ndërtuar komunitete LGBTIQ+ të forta, të bashkuara dhe me influencë. Përveç punës me personat LGBTIQ+, CEL zhvillon programe dhe punon me të rinj dhe palë të tjera jo LGBTIQ+ për të rritur kuptimin e tyre rreth çështjeve dhe të drejtave LGBTIQ+. CEL trajnon ofruesit e shërbimeve sociale, agjencitë qeveritare, zyrtarët e zbatimit të ligjit dhe të tjerët, për të ndihmuar ata që t’u shërbejnë më mirë personave të ndryshëm LGBTIQ+.',
      ],
      sr: [
        'Kroz ceo Program izgradnje kapaciteta, CEL radi sa LGBTIQ+ osobama na jačanju njihovih veština, znanja i samopouzdanja. Program izgradnje kapaciteta osnažuje LGBTIQ+ osobe tokom transformativnog iskustva učenja. Kroz programe, obuke i mentorstvo, kao i mogućnosti angažovanja u kojima mogu steći ključne veštine, uključujući veštine za razvoj i liderstvo, LGBTIQ+ osobe mogu postati aktivni doprinosioci LGBTQ+ zajednicama na Kosovu i šire. Štaviše, osnaživanjem LGBTIQ+ osoba u mogućnosti smo da razvijamo zajednice i utičemo na političke procese. CEL takođe radi u partnerstvu s drugima na izgradnji snažnih, ujedinjenih i uticajnih LGBTIQ+ zajednica. Pored rada sa LGBTIQ+ osobama, CEL razvija programe i radi sa mladima i drugim akterima koji nisu LGBTIQ+ kako bi unapredio njihovo razumevanje LGBTIQ+ pitanja i prava. CEL obučava pružaoce socijalnih usluga, vladine agencije, službenike za sprovođenje zakona i druge kako bi im pomogao da bolje služe različitim LGBTIQ+ osobama.',
      ],
      en: [
        'Throughout the Capacity Building Programme, CEL works with LGBTIQ+ people to increase their skills, knowledge and self-confidence. The Capacity Building Programme empowers LGBTIQ+ people over the course of a transformative learning experience. By offering programmes, training and mentoring, and engagement opportunities where they can gain essential skills, including development and leadership skills, LGBTIQ+ people can become active contributors to LGBTQ+ communities in Kosovo and beyond. Furthermore, by empowering LGBTIQ+ people, we are able to develop communities and influence political processes. CEL also works in partnership with others to build strong, united and influential LGBTIQ+ communities. In addition to working with LGBTIQ+ people, CEL develops programmes and works with young people and other non-LGBTIQ+ parties to increase their understanding of LGBTIQ+ issues and rights. CEL trains social service providers, government agencies, law enforcement officials and others to help them better serve diverse LGBTIQ+ people.',
      ],
    },
    owner: 'cel',
    implementers: ['cel'],
    funders: [],
    activities: [
      {
        title: {
          sq: 'Programe, trajnime dhe mentorim',
          sr: 'Programi, obuke i mentorstvo',
          en: 'Programmes, training and mentoring',
        },
        category: 'capacity-building',
        municipalities: [],
      },
      {
        title: {
          sq: 'Mundësi të angazhimit për të fituar aftësi thelbësore, duke përfshirë aftësi për zhvillim e lidership',
          sr: 'Mogućnosti angažovanja za sticanje ključnih veština, uključujući veštine za razvoj i liderstvo',
          en: 'Engagement opportunities to gain essential skills, including development and leadership skills',
        },
        category: 'capacity-building',
        municipalities: [],
      },
      {
        title: {
          sq: 'Programe dhe punë me të rinj dhe palë të tjera jo LGBTIQ+ për të rritur kuptimin e tyre rreth çështjeve dhe të drejtave LGBTIQ+',
          sr: 'Programi i rad sa mladima i drugim akterima koji nisu LGBTIQ+ radi boljeg razumevanja LGBTIQ+ pitanja i prava',
          en: 'Programmes and work with young people and other non-LGBTIQ+ parties to increase their understanding of LGBTIQ+ issues and rights',
        },
        category: 'capacity-building',
        municipalities: [],
      },
      {
        title: {
          sq: 'Trajnimi i ofruesve të shërbimeve sociale, agjencive qeveritare, zyrtarëve të zbatimit të ligjit dhe të tjerëve',
          sr: 'Obuka pružalaca socijalnih usluga, vladinih agencija, službenika za sprovođenje zakona i drugih',
          en: 'Training of social service providers, government agencies, law enforcement officials and others',
        },
        category: 'capacity-building',
        municipalities: [],
      },
    ],
    municipalities: [],
    documents: [],
    subjects: ['lgbti-rights', 'capacity-building', 'civil-society'],
  },
  {
    slug: 'advocacy-activism-program',
    kind: 'organization-program',
    title: {
      sq: 'Programi për avokim dhe aktivizëm',
      sr: 'Program zagovaranja i aktivizma',
      en: 'Advocacy and Activism Programme',
    },
    summary: {
      sq: 'Programi i Avokimit dhe Aktivizmit thekson përpjekjet në të gjithë vendin për të edukuar, trajnuar, nxitur dhe frymëzuar qytetarët e të gjitha gjinive që të rriten si zëra për ndryshim dhe përkrahës për komunitetet LGBTIQ+.',
      sr: 'Program zagovaranja i aktivizma stavlja naglasak na napore širom zemlje da se građani svih rodova edukuju, obuče, podstaknu i inspirišu kako bi izrasli u glasove promene i podržavaoce LGBTIQ+ zajednica.',
      en: 'The Advocacy and Activism Programme highlights efforts throughout the country to educate, train, encourage and inspire citizens of all genders to grow as voices for change and supporters of LGBTIQ+ communities.',
    },
    body: {
      sq: [
        'Programi i Avokimit dhe Aktivizmit thekson përpjekjet në të gjithë vendin për të edukuar, trajnuar, nxitur dhe frymëzuar qytetarët e të gjitha gjinive që të rriten si zëra për ndryshim dhe përkrahës për komunitetet LGBTIQ+. Duke udhëzuar dhe zhvilluar një brez të ri të aktivistëve LGBTIQ+, ne po forcojmë lëvizjen LGBTIQ+ përderisa edukojmë publikun rreth çështjeve LGBTIQ+, mobilizojmë komunitetet, avancojmë nismat dhe ligjet e politikave, dhe bashkëpunojmë me udhëheqësit politikë dhe vendimmarrësit në mbarë Kosovën për të përmirësuar kuadrin ligjor, për të promovuar barazinë dhe drejtësinë për njerëzit LGBTIQ+.',
        'Përmes punës së vet në avokim dhe proceset e hartimit të politikave, CEL kërkon veçanërisht që zërat e njerëzve LGBTIQ+ të dëgjohen dhe të luajnë rol kyç në formësimin dhe ndikimin e politikave dhe ligjeve që i prekin ato. Në këtë kuadër, CEL punon dhe bashkëpunon me institucionet relevante dhe palët e interesit për të siguruar që të gjitha të drejtat LGBTIQ+ mbrohen, në mënyrë që personat LGBTIQ+ të mund të jetojnë jetë kuptimplotë.',
      ],
      sr: [
        'Program zagovaranja i aktivizma stavlja naglasak na napore širom zemlje da se građani svih rodova edukuju, obuče, podstaknu i inspirišu kako bi izrasli u glasove promene i podržavaoce LGBTIQ+ zajednica. Usmeravanjem i razvojem nove generacije LGBTIQ+ aktivista jačamo LGBTIQ+ pokret dok edukujemo javnost o LGBTIQ+ pitanjima, mobilišemo zajednice, unapređujemo inicijative i zakone u oblasti javnih politika i sarađujemo s političkim liderima i donosiocima odluka širom Kosova kako bismo unapredili pravni okvir i promovisali jednakost i pravdu za LGBTIQ+ osobe.',
        'Kroz svoj rad na zagovaranju i u procesima izrade javnih politika, CEL posebno nastoji da se glasovi LGBTIQ+ osoba čuju i da imaju ključnu ulogu u oblikovanju politika i zakona koji ih pogađaju i u uticanju na njih. U tom okviru, CEL radi i sarađuje s relevantnim institucijama i zainteresovanim stranama kako bi obezbedio da sva LGBTIQ+ prava budu zaštićena, tako da LGBTIQ+ osobe mogu da žive smislenim životom.',
      ],
      en: [
        'The Advocacy and Activism Programme highlights efforts throughout the country to educate, train, encourage and inspire citizens of all genders to grow as voices for change and supporters of LGBTIQ+ communities. By guiding and developing a new generation of LGBTIQ+ activists, we are strengthening the LGBTIQ+ movement while we educate the public about LGBTIQ+ issues, mobilize communities, advance policy initiatives and laws, and cooperate with political leaders and decision-makers across Kosovo to improve the legal framework and to promote equality and justice for LGBTIQ+ people.',
        'Through its work in advocacy and policy-making processes, CEL seeks in particular for the voices of LGBTIQ+ people to be heard and to play a key role in shaping and influencing the policies and laws that affect them. In this context, CEL works and cooperates with relevant institutions and stakeholders to ensure that all LGBTIQ+ rights are protected, so that LGBTIQ+ people can live meaningful lives.',
      ],
    },
    owner: 'cel',
    implementers: ['cel'],
    funders: [],
    activities: [
      {
        title: {
          sq: 'Edukimi i publikut rreth çështjeve LGBTIQ+',
          sr: 'Edukacija javnosti o LGBTIQ+ pitanjima',
          en: 'Educating the public about LGBTIQ+ issues',
        },
        category: 'advocacy',
        municipalities: [],
      },
      {
        title: { sq: 'Mobilizimi i komuniteteve', sr: 'Mobilizacija zajednica', en: 'Mobilizing communities' },
        category: 'advocacy',
        municipalities: [],
      },
      {
        title: {
          sq: 'Avancimi i nismave dhe ligjeve të politikave',
          sr: 'Unapređivanje inicijativa i zakona u oblasti javnih politika',
          en: 'Advancing policy initiatives and laws',
        },
        category: 'advocacy',
        municipalities: [],
      },
      {
        title: {
          sq: 'Bashkëpunimi me udhëheqësit politikë dhe vendimmarrësit në mbarë Kosovën',
          sr: 'Saradnja s političkim liderima i donosiocima odluka širom Kosova',
          en: 'Cooperation with political leaders and decision-makers across Kosovo',
        },
        category: 'advocacy',
        municipalities: [],
      },
      {
        title: {
          sq: 'Udhëzimi dhe zhvillimi i një brezi të ri të aktivistëve LGBTIQ+',
          sr: 'Usmeravanje i razvoj nove generacije LGBTIQ+ aktivista',
          en: 'Guiding and developing a new generation of LGBTIQ+ activists',
        },
        category: 'advocacy',
        municipalities: [],
      },
    ],
    municipalities: [],
    documents: [],
    subjects: ['lgbti-rights', 'advocacy', 'civil-society'],
  },
  {
    slug: 'un-joint-covid-19-project',
    kind: 'project',
    title: UN_PROJECT_TITLE,
    summary: {
      sq: 'Projekti synon të adresojë si shëndetin publik, ashtu edhe sfidat humanitare dhe zhvillimore të paraqitura nga pandemia në vazhdim.',
      sr: 'Projekat ima za cilj da odgovori kako na pitanja javnog zdravlja, tako i na humanitarne i razvojne izazove koje donosi pandemija koja je u toku.',
      en: 'The project aims to address both public health and the humanitarian and development challenges posed by the ongoing pandemic.',
    },
    body: {
      sq: [
        // source: "socio- ekonomike" (stray space)
        `Ekipi i Kombeve të Bashkuara në Kosovë (UNKT) ofron përgjigje socio-ekonomike ndaj pandemisë aktuale COVID-19. Tre agjenci të OKB-së: IOM, UNHCR dhe UN Women kanë filluar implementimin e përbashkët të projektit “${UN_PROJECT_TITLE.sq}”. Projekti synon të adresojë si shëndetin publik, ashtu edhe sfidat humanitare dhe zhvillimore të paraqitura nga pandemia në vazhdim.`,
        'Projekti është themeluar nga Fondi i Mirëbesimit i Kombeve të Bashkuara me Shumë Partnerë për Reagimin ndaj COVID-19 dhe Rimëkëmbjen, i krijuar për të ndihmuar më të cenueshmit nga vështirësitë ekonomike dhe vështirësitë sociale.',
      ],
      sr: [
        `Tim Ujedinjenih nacija na Kosovu (UNKT) pruža socioekonomski odgovor na aktuelnu pandemiju COVID-19. Tri agencije UN-a – IOM, UNHCR i UN Women – započele su zajedničko sprovođenje projekta „${UN_PROJECT_TITLE.sr}“. Projekat ima za cilj da odgovori kako na pitanja javnog zdravlja, tako i na humanitarne i razvojne izazove koje donosi pandemija koja je u toku.`,
        'Projekat je osnovao Multipartnerski poverenički fond Ujedinjenih nacija za odgovor na COVID-19 i oporavak, stvoren kako bi pomogao najugroženijima u suočavanju s ekonomskim i socijalnim teškoćama.',
      ],
      en: [
        `The United Nations Kosovo Team (UNKT) provides a socio-economic response to the current COVID-19 pandemic. Three UN agencies – IOM, UNHCR and UN Women – have started the joint implementation of the project “${UN_PROJECT_TITLE.en}”. The project aims to address both public health and the humanitarian and development challenges posed by the ongoing pandemic.`,
        'The project was established by the UN COVID-19 Response and Recovery Multi-Partner Trust Fund, created to help the most vulnerable in the face of economic and social hardship.',
      ],
    },
    implementers: ['iom', 'unhcr', 'un-women'],
    funders: ['mptf'],
    expectedResults: {
      sq: ['Shumica e njerëzve të cenueshëm në zonat e synuara kanë qasje në mekanizmat e mbrojtjes sociale dhe ekonomike.'],
      sr: ['Većina ugroženih osoba u ciljanim oblastima ima pristup mehanizmima socijalne i ekonomske zaštite.'],
      en: ['The majority of vulnerable people in the targeted areas have access to social and economic protection mechanisms.'],
    },
    targetBeneficiaries: {
      sq: [
        'Anëtarët më të cenueshëm të komuniteteve jo-shumicë, personat e zhvendosur brenda vendit (PZHV), të kthyerit dhe të mbijetuarit e dhunës me baza gjinore (DhBGj) dhe dhunës në familje (DhF) të prekur nga pandemia e COVID 19.',
        'Vëmendje e veçantë do t’u kushtohet pabarazive gjinore dhe mbështetjes së qasjes së barabartë në shërbimet sociale dhe burimet ekonomike.',
      ],
      sr: [
        'Najugroženiji pripadnici nevećinskih zajednica, interno raseljena lica (IRL), povratnici i osobe koje su preživele rodno zasnovano nasilje (RZN) i nasilje u porodici (NP), a koje je pogodila pandemija COVID-19.',
        'Posebna pažnja biće posvećena rodnim nejednakostima i podršci jednakom pristupu socijalnim uslugama i ekonomskim resursima.',
      ],
      en: [
        'The most vulnerable members of non-majority communities, internally displaced persons (IDPs), returnees and survivors of gender-based violence (GBV) and domestic violence (DV) affected by the COVID-19 pandemic.',
        'Special attention will be paid to gender inequalities and to supporting equal access to social services and economic resources.',
      ],
    },
    activitiesNote: {
      sq: 'Projekti do të mbështesë përfituesit e synuar për të kapërcyer efektet direkte ose indirekte të pandemisë COVID-19 përmes një qasjeje gjithëpërfshirëse në sinergji me ndërhyrjet e tjera në vazhdim. Shënim: Jo të gjitha aktivitetet do të zbatohen në të gjitha komunat.',
      sr: 'Projekat će podržati ciljane korisnike u prevazilaženju direktnih ili indirektnih posledica pandemije COVID-19 kroz sveobuhvatan pristup, u sinergiji s drugim intervencijama koje su u toku. Napomena: Neće se sve aktivnosti sprovoditi u svim opštinama.',
      en: 'The project will support the target beneficiaries in overcoming the direct or indirect effects of the COVID-19 pandemic through a comprehensive approach, in synergy with other ongoing interventions. Note: Not all activities will be implemented in all municipalities.',
    },
    // The source says not every activity runs in every municipality, and not where each runs.
    activities: [
      {
        title: {
          sq: 'Shërbime të kujdesit mjekësor falas në shtëpi për ata që nuk mund të kanë qasje në institucionet e kujdesit shëndetësor (kujdes parësor, barna bazë, nevoja specifike dietike, etj.).',
          sr: 'Besplatne usluge kućne medicinske nege za one koji ne mogu da pristupe zdravstvenim ustanovama (primarna zdravstvena zaštita, osnovni lekovi, posebne prehrambene potrebe itd.).',
          en: 'Free home-based medical care services for those who cannot access health-care institutions (primary care, basic medicines, specific dietary needs, etc.).',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Ndihmë psikologjike falas.',
          sr: 'Besplatna psihološka pomoć.',
          en: 'Free psychological assistance.',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Ndihma juridike për PZHV dhe të kthyerit e cenueshëm.',
          sr: 'Pravna pomoć za IRL i ugrožene povratnike.',
          en: 'Legal aid for IDPs and vulnerable returnees.',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Trajnim online për institucionet e angazhuara në punë kundër dhunës me baza gjinore dhe dhunës në familje.',
          sr: 'Onlajn obuka za institucije angažovane na suzbijanju rodno zasnovanog nasilja i nasilja u porodici.',
          en: 'Online training for institutions engaged in work against gender-based violence and domestic violence.',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Zhvillimi i Planeve të Sigurisë së emergjencës për Strehimoret për të garantuar mbrojtjen e stafit dhe banorëve të tyre gjatë situatave emergjente.',
          sr: 'Izrada planova bezbednosti za vanredne situacije za skloništa kako bi se garantovala zaštita njihovog osoblja i korisnika tokom vanrednih situacija.',
          en: 'Development of emergency Safety Plans for shelters to guarantee the protection of their staff and residents during emergency situations.',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Zhvillimi i aplikacionit mobil S.O.S për të siguruar zgjidhje digjitale për të mundësuar gjetjen e të mbijetuarve të DhF/DhBGj dhe për të siguruar qasjen e tyre në shërbimet thelbësore',
          sr: 'Razvoj mobilne aplikacije S.O.S kako bi se obezbedilo digitalno rešenje koje omogućava pronalaženje osoba koje su preživele NP/RZN i obezbeđuje njihov pristup osnovnim uslugama',
          en: 'Development of the S.O.S mobile application to provide a digital solution that makes it possible to find survivors of DV/GBV and to ensure their access to essential services',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Diskutime të grupit të fokusit me gratë PZHV dhe ato të kthyera dhe me pjesëmarrjen e personaliteteve të nivelit të lartë.',
          sr: 'Diskusije u fokus grupama sa interno raseljenim ženama i ženama povratnicama, uz učešće ličnosti na visokom nivou.',
          en: 'Focus group discussions with IDP and returnee women, with the participation of high-level figures.',
        },
        category: 'social-protection',
        municipalities: [],
      },
      {
        title: {
          sq: 'Sigurimi i informacionit të saktë dhe të besueshëm për parandalimin e sëmundjeve ngjitëse, si dhe masat e ndërmarra nga institucionet përkatëse, në të gjitha gjuhët zyrtare të Kosovës',
          sr: 'Pružanje tačnih i pouzdanih informacija o sprečavanju zaraznih bolesti, kao i o merama koje preduzimaju nadležne institucije, na svim službenim jezicima Kosova',
          en: 'Provision of accurate and reliable information on the prevention of infectious diseases, as well as on the measures taken by the relevant institutions, in all official languages of Kosovo',
        },
        category: 'awareness',
        municipalities: [],
      },
      {
        title: {
          sq: 'Ofrimi i rekomandimeve me ndjeshmëri gjinore për strehimoret e grave për përgjigjen ndaj pandemisë',
          sr: 'Pružanje rodno osetljivih preporuka skloništima za žene za odgovor na pandemiju',
          en: 'Provision of gender-sensitive recommendations to women’s shelters for the pandemic response',
        },
        category: 'awareness',
        municipalities: [],
      },
      {
        title: {
          sq: 'Grante të vogla për gratë në strehimore për të filluar biznese',
          sr: 'Mali grantovi za žene u skloništima za pokretanje biznisa',
          en: 'Small grants for women in shelters to start businesses',
        },
        category: 'awareness',
        municipalities: [],
      },
      {
        title: {
          sq: 'Trajnim në vendin e punës për anëtarët e komuniteteve jo-shumicë',
          sr: 'Obuka na radnom mestu za pripadnike nevećinskih zajednica',
          en: 'On-the-job training for members of non-majority communities',
        },
        category: 'awareness',
        municipalities: [],
      },
      {
        title: {
          sq: 'Trajnim profesional për PZHV-të dhe të kthyerit',
          sr: 'Stručna obuka za IRL i povratnike',
          en: 'Vocational training for IDPs and returnees',
        },
        category: 'awareness',
        municipalities: [],
      },
      {
        title: {
          sq: 'Orientimi në karrierës, këshillimi për punë dhe vendosja / përputhja',
          sr: 'Karijerno vođenje, savetovanje za zapošljavanje i posredovanje / uparivanje',
          en: 'Career guidance, employment counselling and placement / matching',
        },
        category: 'awareness',
        municipalities: [],
      },
    ],
    municipalities: municipalities.map((municipality) => municipality.slug),
    referralMechanism: {
      sq: [
        'Do të zhvillohet një mekanizëm referimi për të shërbyer si urë lidhëse ndërmjet përfituesve dhe shërbimeve të ofruara nga projekti dhe/ose institucionet lokale dhe organizatat e tjera. Mekanizmi do të administrohet së bashku nga agjencitë zbatuese të OKB-së me standardet më të larta të mbrojtjes së të dhënave dhe etikës. Ai do të zbatohet në bashkëpunim me institucionet lokale, organizatat dhe rrjetin e vullnetarëve.',
      ],
      sr: [
        'Biće razvijen mehanizam upućivanja koji će služiti kao most između korisnika i usluga koje pružaju projekat i/ili lokalne institucije i druge organizacije. Mehanizmom će zajednički upravljati agencije UN-a koje sprovode projekat, uz najviše standarde zaštite podataka i etike. On će se sprovoditi u saradnji s lokalnim institucijama, organizacijama i mrežom volontera.',
      ],
      en: [
        'A referral mechanism will be developed to serve as a bridge between beneficiaries and the services provided by the project and/or local institutions and other organizations. The mechanism will be jointly administered by the implementing UN agencies with the highest standards of data protection and ethics. It will be implemented in cooperation with local institutions, organizations and the volunteer network.',
      ],
    },
    documents: ['mptf-factsheet'],
    subjects: [
      'covid-19',
      'social-protection',
      'gender-based-violence',
      'domestic-violence',
      'gender-equality',
      'displacement-and-return',
      'non-majority-communities',
      'legal-aid',
      'psychosocial-support',
    ],
  },
]
