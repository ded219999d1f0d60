import type { Plugin } from 'vite'
import { minify } from 'vite'

/**
 * Vite copies scripts imported with `?url` as they are. Ours are classic scripts loaded in
 * <head> (the quick exit must run before the page paints), so we minify them here; Astro's
 * bundled module scripts are minified by Vite already.
 */
export function minifyClassicScripts(pattern: RegExp): Plugin {
  return {
    name: 'arkivi-minify-classic-scripts',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !pattern.test(file.fileName)) continue
        const result = await minify(file.fileName, String(file.source), { compress: true, mangle: true })
        if (result.errors?.length) throw new Error(`minifying ${file.fileName}: ${result.errors.map((e) => e.message).join('; ')}`)
        file.source = result.code
      }
    },
  }
}
