import type { APIRoute } from 'astro'
import type { Media } from '@arkivi/content-schemas'
import { CMS_URL } from '../../../config.ts'
import { fileSlug, isProcessableImage, mediaSourceUrl } from '../../../lib/media.ts'
import { loadSiteData } from '../../../lib/siteData.ts'

/**
 * Downloadable files (PDFs and other non-image media) copied from the CMS at build time, so
 * pages link to this site and never to the CMS. Only files a public document uses are copied.
 */
export async function getStaticPaths() {
  const data = await loadSiteData()
  return [...data.usedMedia.values()]
    .filter((media) => !isProcessableImage(media))
    .map((media) => ({ params: { id: String(media.id), name: fileSlug(media.filename) }, props: { media } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { media } = props as { media: Media }
  const url = mediaSourceUrl(media, CMS_URL)
  let response: Response
  try {
    response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(120_000) })
  } catch (error) {
    throw new Error(`media id=${media.id} (${media.filename}): download from ${url} failed: ${(error as Error).message}`, { cause: error })
  }
  if (!response.ok) throw new Error(`media id=${media.id} (${media.filename}): ${url} answered HTTP ${response.status}`)
  const body = await response.arrayBuffer()
  if (body.byteLength !== media.filesize) {
    throw new Error(`media id=${media.id} (${media.filename}): downloaded ${body.byteLength} bytes, the CMS says ${media.filesize}`)
  }
  return new Response(body, { headers: { 'content-type': media.mimeType } })
}
