import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { env } from '../env.ts'

/**
 * Payload's mail (password resets) through nodemailer: over SMTP when `SMTP_URL` is set, else
 * written as one `.eml` file per message into `MAIL_DIR`, so development and the tests have a
 * real mailbox to read (open a file in any mail program, or read the reset link from it).
 */
export function emailAdapter(): EmailAdapter {
  const { SMTP_URL, MAIL_DIR, EMAIL_FROM } = env()
  return () => {
    const transport = SMTP_URL ? nodemailer.createTransport(SMTP_URL) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    return {
      name: SMTP_URL ? 'smtp' : 'mail-folder',
      defaultFromAddress: EMAIL_FROM,
      defaultFromName: 'Arkivi',
      sendEmail: async (message) => {
        const sent = await transport.sendMail(message)
        if (SMTP_URL) return sent
        const raw = (sent as unknown as { message: Buffer }).message
        mkdirSync(MAIL_DIR, { recursive: true })
        const file = path.join(MAIL_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}-${sent.messageId.replace(/[^\w.-]/g, '')}.eml`)
        writeFileSync(file, raw, { mode: 0o600 })
        return sent
      },
    }
  }
}
