import type { APIRoute } from 'astro'
import { SITE_URL } from '../../../config.ts'
import { itemManifest } from '../../../lib/iiif.ts'
import { LARGEST_WIDTH, THUMBNAIL_WIDTH, imageDerivative } from '../../../lib/iiifImages.ts'
import { isProcessableImage } from '../../../lib/media.ts'
import { hasIiifManifest } from '../../../lib/openData.ts'
import { loadSiteData, type Item } from '../../../lib/siteData.ts'

/** /iiif/<slug>/manifest.json: a IIIF Presentation 3 manifest per public item with images (lib/iiif.ts). */
export async function getStaticPaths() {
  const data = await loadSiteData()
  return data.items.filter(hasIiifManifest).map((item) => ({ params: { slug: item.slug }, props: { item } }))
}

export const GET: APIRoute = async ({ props }) => {
  const { item } = props as { item: Item }
  const data = await loadSiteData()
  // fileDocs holds only the media the public API serves: a restricted file is never among them.
  const images = await Promise.all(
    item.fileDocs.filter(isProcessableImage).map(async (media) => ({
      media,
      image: await imageDerivative(media, LARGEST_WIDTH),
      thumbnail: await imageDerivative(media, THUMBNAIL_WIDTH),
    })),
  )
  const manifest = itemManifest(item, images, { siteUrl: SITE_URL, holder: data.hostOrganization.name })
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"' },
  })
}
