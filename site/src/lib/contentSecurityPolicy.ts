/**
 * The site's Content-Security-Policy: its only copy. The build writes it into `dist/_headers`
 * (integrations/headersFile.ts), because one directive depends on the build's CMS_URL, which
 * netlify.toml, a static file, cannot know.
 */
export function contentSecurityPolicy(cmsUrl: string): string {
  const directives: Record<string, string[]> = {
    // Only this origin may provide scripts, styles, images, fonts, workers and data. Pagefind
    // compiles its WebAssembly ('wasm-unsafe-eval') and searches in a worker. JSON-LD blocks are
    // data, not scripts, so no inline script is allowed or needed.
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    // Forms post to this site or to the CMS (the takedown request form), nowhere else.
    'form-action': ["'self'", new URL(cmsUrl).origin],
    'frame-ancestors': ["'none'"],
    'upgrade-insecure-requests': [],
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
