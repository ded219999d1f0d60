/* Payload's template, its shared part in adminView.ts. */
import { RootPage } from '@payloadcms/next/views'
import { adminView } from './adminView.ts'

export { generateMetadata } from './adminView.ts'

const Page = adminView(RootPage)

export default Page
