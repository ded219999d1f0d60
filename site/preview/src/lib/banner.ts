import { LOCALE_INFO, type ContentIssue, type Locale } from '@arkivi/content-schemas'
import { useTranslations } from '../../../src/i18n/index.ts'
import type { PreviewStatus } from './body.ts'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The banner's lines: what makes this page differ from what the public sees now. */
export function bannerLines(status: PreviewStatus, locale: Locale, elsewhere: boolean): string[] {
  const t = useTranslations(locale)
  const lines = [status.draft ? t('preview.draft') : status.changed ? t('preview.changed') : t('preview.published')]
  const when = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE_INFO[locale].bcp47, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Belgrade' }).format(new Date(iso))
  if (status.scheduledFor) lines.push(t('preview.scheduled', { date: when(status.scheduledFor) }))
  if (status.scheduleFailedAt) lines.push(t('preview.scheduleFailed', { date: when(status.scheduleFailedAt) }))
  if (status.restricted) lines.push(t('preview.restricted'))
  if (elsewhere) lines.push(t('preview.elsewhere'))
  return lines
}

/** The banner, first in the body: staff must never take a preview for the public page. */
export function bannerHtml(lines: string[], locale: Locale, issues: ContentIssue[] = []): string {
  const t = useTranslations(locale)
  const problems = issues.length
    ? `<p>${escapeHtml(t('preview.invalid'))}</p><ul>${issues.map((issue) => `<li><code>${escapeHtml(issue.field || '—')}${issue.locale ? ` (${issue.locale})` : ''}</code>: ${escapeHtml(issue.message)}</li>`).join('')}</ul>`
    : ''
  return `<div class="arkivi-preview-banner" role="note" data-preview-banner><p><strong>${escapeHtml(t('preview.label'))}</strong></p><ul>${lines
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul>${problems}</div>`
}

/** What the preview adds to the head: its own style and live-preview script (files: the CMS's policy allows no inline code), and noindex. */
export const PREVIEW_HEAD =
  '<meta name="robots" content="noindex, nofollow"><link rel="stylesheet" href="/preview/preview.css"><script type="module" src="/preview/preview.js"></script>'

/** `html` (a whole page) with the preview's head and banner put in. */
export function withBanner(html: string, banner: string): string {
  return html.replace('</head>', `${PREVIEW_HEAD}</head>`).replace(/<body[^>]*>/, (body) => `${body}${banner}`)
}

/** A page of its own for a draft the site cannot show yet: the banner with the fields to fix. */
export function invalidDraftPage(lines: string[], locale: Locale, issues: ContentIssue[]): string {
  return withBanner(
    `<!doctype html><html lang="${LOCALE_INFO[locale].bcp47}"><head><meta charset="utf-8"><title>Preview</title></head><body></body></html>`,
    bannerHtml(lines, locale, issues),
  )
}
