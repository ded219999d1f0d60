/** Editorial pages are MDX files at src/content/pages/<locale>/<slug>.mdx; their entry id is "<locale>/<slug>". */
export function infoPageSlug(entryId: string): string {
  return entryId.split('/').slice(1).join('/')
}

/** Editorial pages that end with the contact block (and its link to the takedown form). */
export const CONTACT_PAGES = new Set(['contributing', 'privacy-and-safety'])
