/**
 * Albanian dates in the admin (month and weekday names, "5 minuta" in "Ruajtur së fundi para
 * {{distance}}", the date picker).
 *
 * Payload loads an admin language's date-fns locale in the browser through a fixed `switch` on
 * the language's `dateFNSKey` (@payloadcms/translations, importDateFNSLocale.js: `case 'is':
 * import('date-fns/locale/is')` …) and accepts only the keys it lists (`DateFNSKeys`); Albanian is
 * not among them in 3.90 nor upstream, although date-fns has `sq`, and a language object cannot
 * carry a locale of its own. So the Albanian admin borrows a key that none of our admin languages
 * uses, Icelandic's, and the admin's bundle (next.config.ts, `turbopack.resolveAlias`) resolves
 * that key's module to ./albanianDateLocale.ts, date-fns's Albanian under Icelandic's export name
 * (reached as `@arkivi/cms/albanian-date-locale`: a package path resolves the same from the app
 * and from the workspace root that Turbopack uses as its root). Only the Next app (the admin) is bundled so: a
 * server-side `req.i18n.dateFNS` outside it (Local API scripts) is Icelandic, and Payload formats
 * no dates on the server.
 */
export const SQ_DATE_FNS_KEY = 'is'

/** The module aliases that make the borrowed key load Albanian. */
export const DATE_FNS_ALIASES: Record<string, string> = {
  [`date-fns/locale/${SQ_DATE_FNS_KEY}`]: '@arkivi/cms/albanian-date-locale',
}
