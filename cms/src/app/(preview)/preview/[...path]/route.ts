/** The draft preview (README, "Preview"): cms/src/preview/handler.ts. */
import config from '@payload-config'
import { previewResponse } from '../../../../preview/handler.ts'

export const dynamic = 'force-dynamic'

export const GET = (request: Request) => previewResponse(config, request)
