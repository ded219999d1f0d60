import { DEFAULT_LOCALE, LOCALES, TAKEDOWN_LIMITS as LIMITS, TAKEDOWN_REFUSALS as REFUSALS, type Locale, type TakedownRefusal as Refusal } from '@arkivi/content-schemas'
import { z } from 'zod'

const text = (max: number) => z.string().trim().max(max, { error: 'too-long' })

/** The form's fields (`website` is a honeypot: people never see it, simple bots fill it in). */
const submissionSchema = z.object({
  page: text(LIMITS.page).min(1, { error: 'missing-page' }),
  request: text(LIMITS.request).min(LIMITS.minRequest, { error: 'missing-request' }),
  replyTo: text(LIMITS.replyTo).refine((value) => value === '' || z.email().safeParse(value).success, { error: 'bad-email' }),
  website: z.string(),
})

export type Submission = z.infer<typeof submissionSchema> & { locale: Locale }

export type Parsed = { ok: true; locale: Locale; submission: Submission } | { ok: false; locale: Locale; refusal: Refusal; field: string }

/** Reads a submission from form fields or JSON; a missing field reads as empty. */
export function parseSubmission(fields: Record<string, unknown>): Parsed {
  const locale = (LOCALES as readonly unknown[]).includes(fields.locale) ? (fields.locale as Locale) : DEFAULT_LOCALE
  const asText = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '')
  const parsed = submissionSchema.safeParse({
    page: asText('page'),
    request: asText('request'),
    replyTo: asText('replyTo'),
    website: asText('website'),
  })
  if (parsed.success) return { ok: true, locale, submission: { ...parsed.data, locale } }
  const issue = parsed.error.issues[0]
  const refusal = (REFUSALS as readonly string[]).includes(issue.message) ? (issue.message as Refusal) : 'missing-request'
  return { ok: false, locale, refusal, field: String(issue.path[0]) }
}
