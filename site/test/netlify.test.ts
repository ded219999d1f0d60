import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '@arkivi/content-schemas'
import { ROOT_DIR } from './lib/build.ts'
import { distFiles, fileForUrlPath } from './lib/dist.ts'
import { netlifyConfig, netlifyTomlText } from './lib/netlify.ts'

describe('netlify.toml', () => {
  const raw = netlifyTomlText()
  const config = netlifyConfig()
  const rootPackage = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
  const headersFor = (pattern: string) => config.headers.find((header) => header.for === pattern)?.values ?? {}

  it('builds the site with the project’s Node version and documents CMS_URL', () => {
    expect(config.build.command).toBe('npm run build -w @arkivi/site')
    expect(config.build.publish).toBe('site/dist')
    expect(config.build.environment.NODE_VERSION).toBe(rootPackage.devDependencies.node)
    expect(raw).toMatch(/#\s+CMS_URL\s+required/)
  })

  it('sends / to the visitor’s language, falling back to /sq/', () => {
    const root = config.redirects.filter((rule) => rule.from === '/')
    expect(root.map((rule) => [rule.to, rule.conditions?.Language?.[0] ?? null])).toEqual([
      ['/sr/', 'sr'],
      ['/en/', 'en'],
      ['/sq/', null],
    ])
    for (const rule of root) expect(rule).toMatchObject({ status: 302, force: true })
  })

  it('serves each locale’s own 404 page, which exists', () => {
    const files = new Set(distFiles())
    for (const locale of LOCALES) {
      const rule = config.redirects.find((r) => r.from === `/${locale}/*`)
      expect(rule).toMatchObject({ to: `/${locale}/404/`, status: 404 })
      expect(fileForUrlPath(rule!.to, files)).not.toBeNull()
    }
    expect(files.has('404.html')).toBe(true)
  })

  it('sends a strict Content-Security-Policy and privacy headers with every response', () => {
    const all = headersFor('/*')
    const csp = Object.fromEntries(all['Content-Security-Policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(csp['style-src']).toEqual(["'self'"])
    expect(csp['worker-src']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    expect(csp['img-src']).toEqual(["'self'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(all['Referrer-Policy']).toBe('no-referrer')
    expect(all['X-Content-Type-Options']).toBe('nosniff')
    expect(all['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
  })

  it('caches only content-hashed files for long, never pagefind-entry.json', () => {
    const immutable = config.headers.filter((h) => /immutable/.test(h.values['Cache-Control'] ?? '')).map((h) => h.for)
    expect(immutable.sort()).toEqual(['/_astro/*', '/pagefind/:bundle/filter/*', '/pagefind/:bundle/fragment/*', '/pagefind/:bundle/index/*'])
    expect(headersFor('/pagefind/:bundle/pagefind-entry.json')['Cache-Control']).toMatch(/max-age=0, must-revalidate/)
    // Netlify's path patterns (`:name` one segment, `*` the rest) against the built files: every
    // file they cache for a year carries a content hash in its name, and every bundle's entry
    // file is revalidated.
    const matcher = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`)
    const files = distFiles().map((file) => `/${file}`)
    const hashed = files.filter((file) => immutable.some((pattern) => matcher(pattern).test(file)))
    expect(hashed.filter((file) => file.startsWith('/pagefind/sr-latn/fragment/')).length).toBeGreaterThan(10)
    for (const file of hashed) expect(path.basename(file), file).toMatch(/[._-][\w-]{5,}\.\w+$/)
    const entries = files.filter((file) => file.endsWith('/pagefind-entry.json'))
    expect(entries.length).toBe(3)
    for (const file of entries) expect(matcher('/pagefind/:bundle/pagefind-entry.json').test(file), file).toBe(true)
  })
})
