import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseAllHeaders, type Header } from '@netlify/headers-parser'
import { ROOT } from './paths.ts'

export type { Header } from '@netlify/headers-parser'

/**
 * The response headers Netlify gives a built site, for the local servers (npm start, the tests):
 * netlify.toml's [[headers]] and the build's own `_headers` (the Content-Security-Policy),
 * parsed and merged by Netlify's own parser, with its `for` patterns (`*`, `:placeholder`).
 */
export async function netlifyHeaderRules(publishDir: string): Promise<Header[]> {
  const headersFile = path.join(publishDir, '_headers')
  // Without it the site would be served with no Content-Security-Policy, and browser tests
  // could not see a violation.
  if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing; the site build writes it`)
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [headersFile],
    netlifyConfigPath: path.join(ROOT, 'netlify.toml'),
    configHeaders: [],
    minimal: false,
  })
  if (errors.length > 0) throw new Error(`invalid header rules:\n${errors.map((error) => error.message).join('\n')}`)
  return headers as Header[]
}

/**
 * The headers of a response to `urlPath`: those of every rule whose `for` pattern matches it.
 * A header two matching rules both set is listed twice, as a browser could then receive it.
 */
export function headersForPath(rules: Header[], urlPath: string): [name: string, value: string][] {
  return rules.filter((rule) => rule.forRegExp.test(urlPath)).flatMap((rule) => Object.entries(rule.values))
}
