/** Editorial pages are MDX files at src/content/pages/<locale>/<slug>.mdx; their entry id is "<locale>/<slug>". */
export function infoPageSlug(entryId: string): string {
  return entryId.split('/').slice(1).join('/')
}
