import type { Locale } from '@arkivi/content-schemas'

/**
 * Word banks for the synthetic corpus, most frequent first (function words, then the vocabulary
 * of a civil-society archive, inflected as the languages inflect them). Albanian has ë and ç,
 * Serbian (Latin) č, ć, š, ž and đ, so search is measured on the letters people actually type
 * with and without. Ranks past the bank are syllable-built pseudo-words (see generate.ts): real
 * text keeps meeting new words as it grows, and so must the index we measure.
 */
export const WORDS: Record<Locale, string[]> = {
  sq: (
    'dhe në të e i për me nga që një është u së si por ka janë edhe kjo ky mbi pas gjatë deri rreth ' +
    'komuniteti komunitetit grupi grupit takimi takimit takim aktivistët aktivistëve organizata organizatës qendra qendrës ' +
    'barazi barazisë liri lirisë drejtat drejtave njeriut mbështetje mbështetjes fotografi fotografia fotografisë ' +
    'dokument dokumenti dokumentit dokumentet letër letra letrës intervistë intervista intervistës rrëfim rrëfimi ' +
    'kujtim kujtime kujtimet marshim marshimi marshimit krenarisë krenaria javë java javës vit viti vitit vjet muaj muajit ' +
    'ditë dita ditës qytet qyteti qytetit fshat fshati shtëpi shtëpia shtëpisë rrugë rruga rrugës sheshi shkollë shkolla ' +
    'shkollës universitet universitetit studentët studentëve gra grave vajza vajzave rinj rinjve rinia rinisë familje ' +
    'familja familjes shoqëri shoqëria shoqërisë civile gjinore gjinor dhunë dhuna dhunës mbrojtje mbrojtja mbrojtjes ' +
    'sociale shëndet shëndeti shëndetit psikologjik këshillim këshillimi ligj ligji ligjit kushtetuta kushtetutës kuvendi ' +
    'qeveria qeverisë institucionet institucioneve komuna komunës raport raporti raportit fushatë fushata fushatës poster ' +
    'posteri broshurë broshura gazetë gazeta gazetës artikull artikulli radio emision emisioni video regjistrim regjistrimi ' +
    'koncert koncerti festival festivali ekspozitë ekspozita ekspozitës punëtori punëtoria punëtorisë trajnim trajnimi ' +
    'trajnimit konferencë konferenca konferencës deklaratë deklarata deklaratës protestë protesta protestës solidaritet ' +
    'solidariteti solidaritetit guxim guximi zë zëri zërit histori historia historisë lëvizje lëvizja lëvizjes arkiv arkivi ' +
    'arkivit kujtesë kujtesa kujtesës përvojë përvoja përvojës pjesëmarrës pjesëmarrësit vullnetarë vullnetarët bashkëpunim ' +
    'bashkëpunimi çështje çështja çështjes çelës çdo çfarë çmim çmimi përballë sfidë sfidat ndryshim ndryshimi ndryshimet ' +
    'pranim pranimi diskriminim diskriminimi diskriminimit paragjykim paragjykimet siguri siguria sigurisë hapësirë hapësira ' +
    'hapësirës takuan mblodhën organizuan folën shkruan publikuan kërkuan mbështetën dokumentuan kujtojnë tregon përshkruan ' +
    'paraqet përmban flet shënon ruan parë ri re madh madhe vogël lokal lokale kombëtar kombëtare ndërkombëtar ' +
    'ndërkombëtare publik publike privat fshehtë hapur sot atëherë më shumë pak gjithë tjetër tjera'
  ).split(' '),
  sr: (
    'i u je na se da za od sa su o iz kao ali to koji koja koje tokom posle pre oko do kroz ' +
    'zajednica zajednice zajednici grupa grupe grupi sastanak sastanka aktivisti aktivista aktivistkinje organizacija ' +
    'organizacije centar centra jednakost jednakosti sloboda slobode prava pravima ljudska ljudskih podrška podrške podršku ' +
    'fotografija fotografije dokument dokumenta dokumenti pismo pisma intervju intervjua svedočenje svedočenja sećanje ' +
    'sećanja marš marša ponosa ponos nedelja nedelje godina godine godišnjica mesec meseca dan dana grad grada gradu selo ' +
    'sela kuća kuće ulica ulice ulici trg trgu škola škole školi univerzitet univerziteta studenti studenata žene žena ' +
    'ženama devojke mladi mladih omladina porodica porodice porodici društvo društva civilno civilnog rodno rodne nasilje ' +
    'nasilja zaštita zaštite socijalna socijalne zdravlje zdravlja psihološka savetovanje savetovanja zakon zakona ustav ' +
    'ustava skupština skupštine vlada vlade institucije institucija opština opštine opštini izveštaj izveštaja kampanja ' +
    'kampanje plakat plakata brošura brošure novine novina članak članka radio emisija emisije video snimak snimka koncert ' +
    'koncerta festival festivala izložba izložbe radionica radionice obuka obuke konferencija konferencije izjava izjave ' +
    'protest protesta solidarnost solidarnosti hrabrost hrabrosti glas glasa istorija istorije pokret pokreta arhiv arhiva ' +
    'iskustvo iskustva učesnici učesnika volonteri volontera saradnja saradnje pitanje pitanja ključ svaki šta nagrada ' +
    'nagrade izazov izazovi promena promene prihvatanje diskriminacija diskriminacije predrasude predrasuda bezbednost ' +
    'bezbednosti prostor prostora sastali okupili organizovali govorili pisali objavili tražili podržali dokumentovali ' +
    'sećaju pokazuje opisuje predstavlja sadrži govori beleži čuva prvi prva novi nova veliki velika mali mala lokalni ' +
    'lokalne nacionalni međunarodni međunarodne javni javne privatni tajni otvoreni otvorena danas tada više mnogo malo ' +
    'svi drugi druge đak đaci rođendan međusobno građani građana građanska žalba žalbe čovek čoveka ćerka ćerke kući noć ' +
    'noći moć pomoć pomoći šetnja šetnje život života'
  ).split(' '),
  en: (
    'the and of in to a for with from on by at was were is are as that this during after before about their ' +
    'community group meeting meetings activists organization organizations centre equality liberty freedom rights human ' +
    'support photograph photographs document documents letter letters interview interviews testimony memory memories ' +
    'march pride week year years anniversary month day city town village house street square school university students ' +
    'women girls young youth family families society civil gender violence protection social health psychological ' +
    'counselling law constitution assembly government institutions municipality report campaign poster brochure newspaper ' +
    'article radio broadcast video recording concert festival exhibition workshop training conference statement protest ' +
    'solidarity courage voice history movement archive experience participants volunteers cooperation issue every award ' +
    'challenge challenges change changes acceptance discrimination prejudice safety space met gathered organized spoke ' +
    'wrote published asked supported documented remember shows describes presents contains speaks records keeps first ' +
    'new large small local national international public private hidden open today then more many few all other'
  ).split(' '),
}

/** Syllables for pseudo-words, with each language's letters and diacritics. */
export const SYLLABLES: Record<Locale, string[]> = {
  sq: 'ka më ri shë ço dri gji llë ne ta rë zo ve ku ça bë fi gë xhe dhi nja që ze lu sha ro të mi ël'.split(' '),
  sr: 'ko vi ča ći šo že đu lja nje ra mi du se go vač ić ža če ši lo ru ne dža ve ko ba či ćo'.split(' '),
  en: 'ar chi ve con tem por ry mo ment ing tion al ter sto ne la vi ro den ble field ton ley mar'.split(' '),
}

/** First names for creators, written as archives often credit people: first name and initial. */
export const FIRST_NAMES = [
  'Arbër',
  'Blerta',
  'Dritë',
  'Fitore',
  'Qëndrim',
  'Shpëtim',
  'Valbonë',
  'Gëzim',
  'Ardita',
  'Besëlidhje',
  'Lumturije',
  'Jelena',
  'Milica',
  'Nikola',
  'Dragana',
  'Marko',
  'Ivana',
  'Đorđe',
  'Snežana',
  'Dušan',
  'Vesna',
  'Željko',
  'Čedomir',
]
export const INITIALS = 'A B Ç D Dh E Ë F G Gj H I J K L Ll M N Nj O P Q R Rr S Sh T Th U V X Xh Y Z Zh Č Ć Đ Š Ž'.split(' ')
