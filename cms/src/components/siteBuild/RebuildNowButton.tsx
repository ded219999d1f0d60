'use client'
import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../../i18n/adminLanguages.ts'
import { SITE_BUILD_LABELS } from '../../i18n/siteBuild.ts'

/** "Rebuild now" on the Site build screen, for editors and admins (the endpoint checks again). */
export function RebuildNowButton() {
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (user?.role !== 'editor' && user?.role !== 'admin') return null
  const language = (ADMIN_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as AdminLanguage) : 'en'
  const words = SITE_BUILD_LABELS.rebuildNow

  async function rebuild() {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/globals/site-build/rebuild`, { method: 'POST', credentials: 'include' })
      setMessage(words[response.ok ? 'asked' : response.status === 429 ? 'tooSoon' : 'failed'][language])
      router.refresh()
    } catch {
      setMessage(words.failed[language])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type arkivi-rebuild-now">
      <Button type="button" buttonStyle="secondary" disabled={busy} onClick={() => void rebuild()}>
        {words.button[language]}
      </Button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
