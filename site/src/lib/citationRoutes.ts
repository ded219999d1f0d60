import type { APIRoute } from 'astro'
import { CITATION_FILES, itemRecord, type CitationFormat, type ItemRecord } from './itemRecord.ts'
import type { Item } from './siteData.ts'
import { entryContext, slugStaticPaths } from './staticPaths.ts'

/**
 * The static route of one citation file format: a file per public item and locale beside the
 * item's page, written from the same record as the page, served as its media type.
 */
export function citationFileRoute(format: CitationFormat, write: (record: ItemRecord) => string) {
  const GET: APIRoute = async (context) => {
    const { locale, entry, data } = await entryContext<Item>(context)
    const body = write(itemRecord(entry, locale, data, context.site ?? ''))
    return new Response(body, { headers: { 'content-type': `${CITATION_FILES[format].mediaType}; charset=utf-8` } })
  }
  return { getStaticPaths: slugStaticPaths((data) => data.items), GET }
}
