'use client'
import { Link, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../../i18n/adminLanguages.ts'
import { importText } from '../../i18n/import.ts'

/** The nav's link to the import view, for the roles that may import (editors and admins). */
export function ImportNavLink() {
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  if (user?.role !== 'editor' && user?.role !== 'admin') return null
  const language = (ADMIN_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as AdminLanguage) : 'en'
  return (
    <Link className="nav__link" href={`${config.routes.admin}/import`} prefetch={false}>
      <span className="nav__link-label">{importText(language, 'nav')}</span>
    </Link>
  )
}
