import type { AstroIntegration } from 'astro'
import { readFile, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import * as pagefindService from 'pagefind'

/** Fails with the step's name and Pagefind's own messages when a response carries errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`)
  return response
}

/** Pagefind's ready-made UIs, written with every index; the site has its own (src/scripts/search.ts). */
const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page, so
 * `astro build` alone produces a searchable site. Pagefind splits the index by each page's
 * `<html lang>`: one index per locale (sq, sr-latn, en). Only elements marked
 * `data-pagefind-body` are indexed, so listings, search and 404 pages stay out.
 * Every response is checked, every expected language must have an index, and the service is
 * always closed, also after a failure.
 */
export function pagefind({ languages }: { languages: string[] }): AstroIntegration {
  return {
    name: 'arkivi-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        try {
          const { index } = check('createIndex', await pagefindService.createIndex({}))
          if (!index) throw new Error('Pagefind createIndex returned no index')
          const { page_count } = check('addDirectory', await index.addDirectory({ path: outDir }))
          if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`)
          const { outputPath } = check('writeFiles', await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') }))
          await Promise.all(UNUSED_BUNDLES.map((file) => rm(path.join(outputPath, file), { force: true })))
          const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>
          }
          const missing = languages.filter((language) => !entry.languages[language]?.page_count)
          if (missing.length > 0) throw new Error(`Pagefind built no index for ${missing.join(', ')} (found: ${Object.keys(entry.languages).join(', ') || 'none'})`)
          const counts = Object.entries(entry.languages).map(([language, { page_count: count }]) => `${language} ${count}`)
          logger.info(`read ${page_count} pages, indexed ${counts.join(', ')} into ${path.relative(process.cwd(), outputPath) || outputPath}`)
        } finally {
          await pagefindService.close()
        }
      },
    },
  }
}
