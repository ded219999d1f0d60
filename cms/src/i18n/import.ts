import type { ImportProblem, ImportProblemCode, ImportRow } from '@arkivi/content-schemas'
import type { AdminLanguage } from './adminLanguages.ts'

/**
 * The import's words in the admin's languages: each problem code (content-schemas
 * exchange/problems.ts) as a reason, `{name}` standing for its parameters, and the import
 * view's own labels. The command line prints the English ones.
 */
const REASONS: Record<AdminLanguage, Record<ImportProblemCode, string>> = {
  en: {
    required: 'a value is required',
    oneOf: 'must be one of {values}',
    dateFormat: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
    notCalendarDate: 'is not a calendar date',
    trueOrFalse: 'must be true or false',
    invalid: 'is not valid ({detail})',
    unknownColumn: 'unknown column',
    unreadable: 'the file cannot be read: {detail}',
    duplicate: 'duplicate of {of}',
    noSuchName: 'no such name or slug',
    ambiguousName: 'ambiguous: several match, use the slug',
    fileNotFound: 'file not found (looked in {where})',
    fileType: 'not an allowed file type ({type})',
    noSuchItem: 'no archive item with this identifier',
    relatesToItself: 'an item cannot relate to itself',
    zipInvalid: 'not a readable zip file ({detail})',
    zipUnsafePath: 'unsafe path in the zip (absolute or with ..): the zip is refused',
    zipTooManyEntries: 'the zip holds more than {max} entries: the zip is refused',
    zipTooLarge: 'the zip unpacks to more than {max}: the zip is refused',
  },
  'rs-latin': {
    required: 'vrednost je obavezna',
    oneOf: 'mora biti jedno od: {values}',
    dateFormat: 'mora biti GGGG, GGGG-MM ili GGGG-MM-DD',
    notCalendarDate: 'nije važeći kalendarski datum',
    trueOrFalse: 'mora biti true ili false (da ili ne)',
    invalid: 'nije ispravno ({detail})',
    unknownColumn: 'nepoznata kolona',
    unreadable: 'datoteka se ne može pročitati: {detail}',
    duplicate: 'isti identifikator kao {of}',
    noSuchName: 'ne postoji takav naziv ili slug',
    ambiguousName: 'dvosmisleno: odgovara više njih, upotrebite slug',
    fileNotFound: 'datoteka nije pronađena (tražena u {where})',
    fileType: 'nedozvoljena vrsta datoteke ({type})',
    noSuchItem: 'ne postoji arhivska jedinica s ovim identifikatorom',
    relatesToItself: 'jedinica ne može biti povezana sama sa sobom',
    zipInvalid: 'zip datoteka se ne može pročitati ({detail})',
    zipUnsafePath: 'nebezbedna putanja u zip-u (apsolutna ili sa ..): zip je odbijen',
    zipTooManyEntries: 'zip sadrži više od {max} stavki: zip je odbijen',
    zipTooLarge: 'raspakovan zip prelazi {max}: zip je odbijen',
  },
  sq: {
    required: 'vlera është e detyrueshme',
    oneOf: 'duhet të jetë një nga: {values}',
    dateFormat: 'duhet të jetë VVVV, VVVV-MM ose VVVV-MM-DD',
    notCalendarDate: 'nuk është datë e vlefshme kalendarike',
    trueOrFalse: 'duhet të jetë true ose false (po ose jo)',
    invalid: 'nuk është e vlefshme ({detail})',
    unknownColumn: 'kolonë e panjohur',
    unreadable: 'skedari nuk mund të lexohet: {detail}',
    duplicate: 'i njëjti identifikues si në {of}',
    noSuchName: 'nuk ka asnjë me këtë emër ose slug',
    ambiguousName: 'e paqartë: përputhen disa, përdorni slug-un',
    fileNotFound: 'skedari nuk u gjet (u kërkua në {where})',
    fileType: 'lloj skedari i palejuar ({type})',
    noSuchItem: 'nuk ka njësi arkivore me këtë identifikues',
    relatesToItself: 'një njësi nuk mund të lidhet me vetveten',
    zipInvalid: 'skedari zip nuk mund të lexohet ({detail})',
    zipUnsafePath: 'shteg i pasigurt në zip (absolut ose me ..): zip-i refuzohet',
    zipTooManyEntries: 'zip-i përmban më shumë se {max} skedarë: zip-i refuzohet',
    zipTooLarge: 'zip-i i hapur kalon {max}: zip-i refuzohet',
  },
}

const ROWS: Record<AdminLanguage, Record<ImportRow['kind'], string>> = {
  en: { row: 'row {n}', record: 'record {n}', header: 'header', file: 'file' },
  'rs-latin': { row: 'red {n}', record: 'zapis {n}', header: 'zaglavlje', file: 'datoteka' },
  sq: { row: 'rreshti {n}', record: 'regjistrimi {n}', header: 'titulli i kolonave', file: 'skedari' },
}

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)

/** Where a problem is, in words: "row 3", "rreshti 3", "zaglavlje". */
export function rowLabel(row: ImportRow, language: AdminLanguage): string {
  return fill(ROWS[language][row.kind], 'number' in row ? { n: String(row.number) } : {})
}

/** A problem's reason in words, e.g. "must be one of Text, Image, …". */
export function problemReason(problem: ImportProblem, language: AdminLanguage): string {
  const params =
    problem.code === 'duplicate' && 'number' in problem.row
      ? { ...problem.params, of: rowLabel({ kind: problem.row.kind, number: Number(problem.params.of) }, language) }
      : problem.params
  return fill(REASONS[language][problem.code], params)
}

/** A problem as a table row shows it. */
export function describeProblem(problem: ImportProblem, language: AdminLanguage) {
  return { row: rowLabel(problem.row, language), column: problem.column, value: problem.value, reason: problemReason(problem, language) }
}

/** The import view's labels. */
export const IMPORT_VIEW_STRINGS: Record<AdminLanguage, Record<string, string>> = {
  en: {
    nav: 'Import',
    title: 'Import archive items',
    intro:
      'Upload a CSV or JSON file of archive items (the columns of `npm run import`, see the README) and, if rows name files, a zip of those files as the rows name them (e.g. files/photo.png). The check lists every problem; nothing is written until the file has none and you confirm. Then every row is written, or none.',
    records: 'CSV or JSON file',
    files: 'Files (zip, optional)',
    check: 'Check the file',
    confirm: 'Import {rows} rows',
    checking: 'Checking…',
    importing: 'Importing…',
    problems: '{count} problems: nothing will be written until they are fixed.',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    reason: 'Reason',
    valid: 'No problems: {rows} rows; {creates} archive items will be created and {updates} updated.',
    done: 'Imported: {created} created, {updated} updated, {files} files stored.',
    failed: 'The import failed and nothing was written: {message}',
    refused: 'Only editors and administrators may import.',
  },
  'rs-latin': {
    nav: 'Uvoz',
    title: 'Uvoz arhivskih jedinica',
    intro:
      'Otpremite CSV ili JSON datoteku arhivskih jedinica (kolone komande `npm run import`, vidi README) i, ako redovi navode datoteke, zip s tim datotekama onako kako ih redovi navode (npr. files/photo.png). Provera navodi svaki problem; ništa se ne upisuje dok datoteka ima probleme i dok ne potvrdite. Tada se upisuju svi redovi ili nijedan.',
    records: 'CSV ili JSON datoteka',
    files: 'Datoteke (zip, nije obavezno)',
    check: 'Proveri datoteku',
    confirm: 'Uvezi redove: {rows}',
    checking: 'Provera…',
    importing: 'Uvoz…',
    problems: 'Broj problema: {count}. Ništa se neće upisati dok se ne isprave.',
    row: 'Red',
    column: 'Kolona',
    value: 'Vrednost',
    reason: 'Razlog',
    valid: 'Nema problema: redova {rows}; biće kreirano {creates} i ažurirano {updates} arhivskih jedinica.',
    done: 'Uvezeno: kreirano {created}, ažurirano {updated}, sačuvano datoteka {files}.',
    failed: 'Uvoz nije uspeo i ništa nije upisano: {message}',
    refused: 'Samo urednici i administratori mogu da uvoze.',
  },
  sq: {
    nav: 'Importo',
    title: 'Importo njësi arkivore',
    intro:
      'Ngarkoni një skedar CSV ose JSON me njësi arkivore (kolonat e `npm run import`, shih README) dhe, nëse rreshtat përmendin skedarë, një zip me ata skedarë ashtu siç i emërtojnë rreshtat (p.sh. files/photo.png). Kontrolli rendit çdo problem; asgjë nuk shkruhet derisa skedari të mos ketë asnjë problem dhe ju ta konfirmoni. Atëherë shkruhen të gjithë rreshtat ose asnjë.',
    records: 'Skedar CSV ose JSON',
    files: 'Skedarët (zip, sipas dëshirës)',
    check: 'Kontrollo skedarin',
    confirm: 'Importo {rows} rreshta',
    checking: 'Duke kontrolluar…',
    importing: 'Duke importuar…',
    problems: '{count} probleme: asgjë nuk do të shkruhet derisa të ndreqen.',
    row: 'Rreshti',
    column: 'Kolona',
    value: 'Vlera',
    reason: 'Arsyeja',
    valid: 'Asnjë problem: {rows} rreshta; do të krijohen {creates} dhe do të përditësohen {updates} njësi arkivore.',
    done: 'U importua: {created} të krijuara, {updated} të përditësuara, {files} skedarë të ruajtur.',
    failed: 'Importi dështoi dhe asgjë nuk u shkrua: {message}',
    refused: 'Vetëm redaktorët dhe administratorët mund të importojnë.',
  },
}

/** A view label with its parameters filled in. */
export const importText = (language: AdminLanguage, key: string, params: Record<string, string | number> = {}) =>
  fill(IMPORT_VIEW_STRINGS[language][key] ?? IMPORT_VIEW_STRINGS.en[key] ?? key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])))
