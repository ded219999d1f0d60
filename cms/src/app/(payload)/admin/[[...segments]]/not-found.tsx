/* Payload's template, its shared part in adminView.ts. */
import { NotFoundPage } from '@payloadcms/next/views'
import { adminView } from './adminView.ts'

export { generateMetadata } from './adminView.ts'

const NotFound = adminView(NotFoundPage)

export default NotFound
