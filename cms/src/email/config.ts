import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type EmailConfig = { smtpUrl?: string; mailDir: string; fromAddress: string; fromName: string }

/** Where the CMS's mail goes: `SMTP_URL`, or `MAIL_DIR` (default cms/.data/mail); `EMAIL_FROM`. */
export function emailConfig(env: NodeJS.ProcessEnv = process.env): EmailConfig {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    mailDir: path.resolve(env.MAIL_DIR ?? path.join(cmsRoot, '.data', 'mail')),
    fromAddress: env.EMAIL_FROM ?? 'arkivi@localhost',
    fromName: 'Arkivi',
  }
}
