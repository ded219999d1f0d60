'use client'
import { Button } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'
import type { AdminLanguage } from '../../i18n/adminLanguages.ts'
import { importText } from '../../i18n/import.ts'

// Payload's admin has no table style for a custom view; these few keep the problems readable.
const cell: React.CSSProperties = { textAlign: 'left', padding: '0.4rem 0.8rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }

type ProblemText = { row: string; column: string; value: string; reason: string }
type Answer = {
  rows: number
  creates: number
  updates: number
  problems: { text: ProblemText }[]
  result?: { created: number; updated: number; files: number }
  error?: string
  errors?: { message: string }[]
}

/**
 * Upload → dry run (every problem in a table) → confirm. The confirm button appears only after a
 * check without problems, and sends the same files again: the server plans them anew.
 */
export function ImportForm({ language, endpoint }: { language: AdminLanguage; endpoint: string }) {
  const form = useRef<HTMLFormElement>(null)
  const [busy, setBusy] = useState<'check' | 'import' | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const t = (key: string, params?: Record<string, string | number>) => importText(language, key, params)

  async function send(confirm: boolean) {
    if (!form.current?.reportValidity()) return
    const body = new FormData(form.current)
    body.set('confirm', String(confirm))
    setBusy(confirm ? 'import' : 'check')
    try {
      const response = await fetch(endpoint, { method: 'POST', body, credentials: 'include' })
      setAnswer((await response.json()) as Answer)
    } catch (error) {
      setAnswer({ rows: 0, creates: 0, updates: 0, problems: [], error: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(null)
    }
  }

  const valid = answer && !answer.error && !answer.errors && answer.problems.length === 0
  return (
    <div className="arkivi-import">
      <p>{t('intro')}</p>
      <form ref={form} onSubmit={(event) => event.preventDefault()} onChange={() => setAnswer(null)}>
        <p style={{ marginBottom: '1rem' }}>
          <label htmlFor="arkivi-import-records">{t('records')}</label>
          <br />
          <input id="arkivi-import-records" name="records" type="file" accept=".csv,.json,text/csv,application/json" required />
        </p>
        <p style={{ marginBottom: '1rem' }}>
          <label htmlFor="arkivi-import-files">{t('files')}</label>
          <br />
          <input id="arkivi-import-files" name="files" type="file" accept=".zip,application/zip" />
        </p>
        <Button type="button" buttonStyle="secondary" disabled={busy !== null} onClick={() => void send(false)}>
          {busy === 'check' ? t('checking') : t('check')}
        </Button>
      </form>
      <div aria-live="polite">
        {answer?.errors && <p role="alert">{answer.errors.map((error) => error.message).join(' ')}</p>}
        {answer?.error && <p role="alert">{t('failed', { message: answer.error })}</p>}
        {answer && answer.problems.length > 0 && (
          <>
            <p role="alert">{t('problems', { count: answer.problems.length })}</p>
            <table className="arkivi-import__problems" style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }}>
              <thead>
                <tr>
                  <th scope="col" style={cell}>
                    {t('row')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('column')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('value')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('reason')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {answer.problems.map(({ text }, index) => (
                  <tr key={index}>
                    <td style={cell}>{text.row}</td>
                    <td style={cell}>{text.column}</td>
                    <td style={cell}>{text.value}</td>
                    <td style={cell}>{text.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {valid && answer.result && <p role="status">{t('done', answer.result)}</p>}
        {valid && !answer.result && (
          <>
            <p role="status">{t('valid', { rows: answer.rows, creates: answer.creates, updates: answer.updates })}</p>
            <Button type="button" disabled={busy !== null} onClick={() => void send(true)}>
              {busy === 'import' ? t('importing') : t('confirm', { rows: answer.rows })}
            </Button>
          </>
        )}
      </div>
    </div>
  )
}
