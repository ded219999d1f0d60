/**
 * `npm run preview:build`: builds the draft preview's renderer (site/preview/) for SITE_URL, as
 * `npm start` does before it starts it; production runs the result as deploy/arkivi-preview.service.
 */
import { buildPreview } from '../lib/preview.ts'

await buildPreview()
