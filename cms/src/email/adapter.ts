import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { emailConfig } from './config.ts'

/**
 * Payload's mail (password resets) through nodemailer: over SMTP when `SMTP_URL` is set, else
 * written as one `.eml` file per message into `MAIL_DIR`, so development and the tests have a
 * real mailbox to read (open a file in any mail program, or read the reset link from it).
 */
export function emailAdapter(): EmailAdapter {
  const config = emailConfig()
  return () => {
    const transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    return {
      name: config.smtpUrl ? 'smtp' : 'mail-folder',
      defaultFromAddress: config.fromAddress,
      defaultFromName: config.fromName,
      sendEmail: async (message) => {
        const sent = await transport.sendMail(message)
        if (config.smtpUrl) return sent
        const raw = (sent as unknown as { message: Buffer }).message
        mkdirSync(config.mailDir, { recursive: true })
        const file = path.join(config.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${sent.messageId.replace(/[^\w.-]/g, '')}.eml`)
        writeFileSync(file, raw, { mode: 0o600 })
        return sent
      },
    }
  }
}
