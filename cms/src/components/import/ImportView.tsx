import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'
import { canPublish } from '../../access/canPublish.ts'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../../i18n/adminLanguages.ts'
import { importText } from '../../i18n/import.ts'
import { ImportForm } from './ImportForm.tsx'

/**
 * `/admin/import`: the admin's import of archive items (exchange/endpoint.ts does the work), in
 * the admin's frame and language. Signed-out visitors go to the login; contributors are told
 * that importing is for editors.
 */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { admin, api } = req.payload.config.routes
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/import`)}`)
  const language = (ADMIN_LANGUAGES as readonly string[]).includes(req.i18n.language) ? (req.i18n.language as AdminLanguage) : 'en'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{importText(language, 'title')}</h1>
        {canPublish({ req }) ? <ImportForm language={language} endpoint={`${api}/import/archive-items`} /> : <p role="alert">{importText(language, 'refused')}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
