import { writeFileSync } from 'node:fs'
import type { AstroIntegration } from 'astro'
import { contentSecurityPolicy } from '../lib/contentSecurityPolicy.ts'

/**
 * Writes `_headers` into the built site: the Content-Security-Policy for every path, with the
 * CMS's origin in `form-action`. Netlify reads `_headers` from the publish folder and adds
 * netlify.toml's [[headers]]; netlify.toml holds no Content-Security-Policy, so each response
 * carries exactly one (two would both be enforced, and the stricter would block the form).
 */
export function headersFile(cmsUrl: string): AstroIntegration {
  return {
    name: 'arkivi-headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const text = ['# Written by the site build (site/src/integrations/headersFile.ts).', '/*', `  Content-Security-Policy: ${contentSecurityPolicy(cmsUrl)}`, '']
        writeFileSync(new URL('_headers', dir), text.join('\n'))
      },
    },
  }
}
