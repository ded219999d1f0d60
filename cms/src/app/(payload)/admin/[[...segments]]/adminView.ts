/* What Payload's template repeats in page.tsx and not-found.tsx, written once. */
import type { Metadata } from 'next'

import config from '@payload-config'
import { generatePageMetadata, type NotFoundPage, type RootPage } from '@payloadcms/next/views'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{
    segments: string[]
  }>
  searchParams: Promise<{
    [key: string]: string | string[]
  }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> => generatePageMetadata({ config, params, searchParams })

/** One of Payload's admin views as the route's component, given our config and import map. */
export const adminView =
  (View: typeof RootPage | typeof NotFoundPage) =>
  ({ params, searchParams }: Args) =>
    View({ config, params, searchParams, importMap })
