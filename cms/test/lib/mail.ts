import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The reset link in the newest mail to `to` among those the CMS wrote into its mail folder
 * (cms/src/email/adapter.ts: one `.eml` a message, named by its time, so the names sort by age).
 */
export function resetLinkIn(mailDir: string, to: string): string | undefined {
  const newest = readdirSync(mailDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.eml'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(mailDir, name), 'utf8'))
    .filter((text) => new RegExp(`^To: ${to}$`, 'm').test(text))
    .at(-1)
  // Quoted-printable: soft line breaks and the `=` of the link's attribute come encoded.
  const decoded = newest?.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  return decoded ? /href="([^"]+\/admin\/reset\/[0-9a-f]+)"/.exec(decoded)?.[1] : undefined
}
