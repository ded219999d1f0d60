import path from 'node:path'
import madge from 'madge'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../lib/paths.ts'

/**
 * No module imports itself through others, type-only imports included: a cycle is a design knot
 * (and at run time an import that may still be undefined). Each part is read with its own
 * tsconfig so that its path aliases (cms's `@payload-config`) resolve. madge reads TypeScript and
 * JavaScript; it cannot parse .astro components, so imports made only from them are not followed.
 */
const PARTS = [
  { sources: ['content-schemas/src', 'scripts'], tsConfig: 'tsconfig.json' },
  { sources: ['cms/src'], tsConfig: 'cms/tsconfig.json' },
  { sources: ['site/src'], tsConfig: 'site/tsconfig.json' },
]

describe('imports', () => {
  it.each(PARTS)('form no cycle in $sources', async ({ sources, tsConfig }) => {
    const graph = await madge(
      sources.map((source) => path.join(ROOT, source)),
      {
        baseDir: ROOT,
        fileExtensions: ['ts', 'tsx', 'js', 'mjs'],
        tsConfig: path.join(ROOT, tsConfig),
        excludeRegExp: [/node_modules/, /payload-types\.ts$/, /\/migrations\//],
      },
    )
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(5)
    expect(graph.circular().map((cycle) => cycle.join(' → '))).toEqual([])
  })
})
