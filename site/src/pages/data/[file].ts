import type { APIRoute } from 'astro'
import { SITE_URL } from '../../config.ts'
import { publishedFilePath } from '../../lib/iiifImages.ts'
import { OPEN_DATA_TABLES, tableRows, toCsv, toJsonRecords, type OpenDataTable } from '../../lib/openData.ts'
import { loadSiteData } from '../../lib/siteData.ts'

/** /data/<table>.csv and /data/<table>.json: the public catalogue as open data (lib/openData.ts). */
export function getStaticPaths() {
  return OPEN_DATA_TABLES.flatMap((table) => (['csv', 'json'] as const).map((format) => ({ params: { file: `${table}.${format}` }, props: { table, format } })))
}

export const GET: APIRoute = async ({ props }) => {
  const { table, format } = props as { table: OpenDataTable; format: 'csv' | 'json' }
  const rows = await tableRows(table, { data: await loadSiteData(), siteUrl: SITE_URL, mediaUrl: publishedFilePath })
  return format === 'csv'
    ? new Response(toCsv(table, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(`${JSON.stringify(toJsonRecords(table, rows), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
