import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { LOCALES } from '@arkivi/content-schemas'
import { headersForPath, netlifyHeaderRules, type Header } from '../../scripts/lib/netlifyHeaders.ts'
import { contentSecurityPolicy } from '../src/lib/contentSecurityPolicy.ts'
import { ROOT_DIR } from './lib/build.ts'
import { distDir, distFiles, fileForUrlPath, readDist } from './lib/dist.ts'
import { netlifyConfig, netlifyTomlText } from './lib/netlify.ts'
import { serveBuiltSite } from '../../scripts/lib/staticSite.ts'

describe('netlify.toml', () => {
  const raw = netlifyTomlText()
  const config = netlifyConfig()
  const rootPackage = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }

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
})

/**
 * The headers Netlify sends: netlify.toml's [[headers]] and the `_headers` file the build writes
 * (the Content-Security-Policy, which names the build's CMS), read by Netlify's own parser.
 */
describe('response headers', () => {
  const config = netlifyConfig()
  const cmsUrl = inject('cmsUrl')
  const policy = contentSecurityPolicy(cmsUrl)
  const IMMUTABLE = 'public, max-age=31536000, immutable'
  let rules: Header[]
  beforeAll(async () => {
    rules = await netlifyHeaderRules(distDir())
  })
  const isCsp = (name: string) => name.toLowerCase() === 'content-security-policy'

  it('include one Content-Security-Policy, for every path, built with the CMS’s origin', () => {
    expect(config.headers.flatMap((header) => Object.keys(header.values)).filter(isCsp)).toEqual([])
    expect(readDist('_headers')).toContain(`/*\n  Content-Security-Policy: ${policy}\n`)
    const withCsp = rules.filter((rule) => Object.keys(rule.values).some(isCsp))
    expect(withCsp.map((rule) => [rule.for, rule.values['Content-Security-Policy']])).toEqual([['/*', policy]])
  })

  it('allow nothing from other origins, and forms to post only here and to the CMS', () => {
    const csp = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    )
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(csp['style-src']).toEqual(["'self'"])
    expect(csp['worker-src']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
    expect(csp['img-src']).toEqual(["'self'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'none'"])
    expect(csp['form-action']).toEqual(["'self'", new URL(cmsUrl).origin])
    expect(contentSecurityPolicy('https://cms.example.org/admin/')).toContain("form-action 'self' https://cms.example.org;")
  })

  it('include privacy headers for every path', () => {
    const all = config.headers.find((header) => header.for === '/*')?.values ?? {}
    expect(all['Referrer-Policy']).toBe('no-referrer')
    expect(all['X-Content-Type-Options']).toBe('nosniff')
    expect(all['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
  })

  it('never give a file the same header from two rules', () => {
    for (const file of distFiles()) {
      const names = headersForPath(rules, `/${file}`).map(([name]) => name.toLowerCase())
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        file,
      ).toEqual([])
    }
  })

  it('cache only content-hashed files for long, never pagefind-entry.json', () => {
    const immutable = rules.filter((rule) => rule.values['Cache-Control'] === IMMUTABLE)
    expect(immutable.map((rule) => rule.for).sort()).toEqual(['/_astro/*', '/pagefind/:bundle/filter/*', '/pagefind/:bundle/fragment/*', '/pagefind/:bundle/index/*'])
    // Every built file these patterns cache for a year carries a content hash in its name, and
    // every bundle's entry file is revalidated.
    const files = distFiles().map((file) => `/${file}`)
    const hashed = files.filter((file) => immutable.some((rule) => rule.forRegExp.test(file)))
    expect(hashed.filter((file) => file.startsWith('/pagefind/sr-latn/fragment/')).length).toBeGreaterThan(10)
    for (const file of hashed) expect(path.basename(file), file).toMatch(/[._-][\w-]{5,}\.\w+$/)
    const entries = files.filter((file) => file.endsWith('/pagefind-entry.json'))
    expect(entries.length).toBe(3)
    for (const file of entries) expect(Object.fromEntries(headersForPath(rules, file))['Cache-Control'], file).toBe('public, max-age=0, must-revalidate')
  })

  it('are sent by the local server: each response gets exactly those of the patterns its path matches', async () => {
    const server = await serveBuiltSite(distDir())
    try {
      // Content types the rules give the citation files are checked with those files (citationFiles.test.ts).
      const names = new Set(rules.flatMap((rule) => Object.keys(rule.values).map((name) => name.toLowerCase())).filter((name) => name !== 'content-type'))
      const every = {
        ...Object.fromEntries(Object.entries(config.headers.find((header) => header.for === '/*')!.values).map(([name, value]) => [name.toLowerCase(), value])),
        'content-security-policy': policy,
      }
      const files = distFiles()
      const css = files.find((file) => file.startsWith('_astro/') && file.endsWith('.css'))
      const fragment = files.find((file) => file.startsWith('pagefind/sr-latn/fragment/'))
      const cases: [path: string, status: number, headers: Record<string, string>][] = [
        ['/sq/', 200, every],
        ['/en/items/ark-sample-0001/', 200, every],
        [`/${css}`, 200, { ...every, 'cache-control': IMMUTABLE }],
        [`/${fragment}`, 200, { ...every, 'cache-control': IMMUTABLE }],
        ['/pagefind/sq/pagefind-entry.json', 200, { ...every, 'cache-control': 'public, max-age=0, must-revalidate' }],
        ['/en/no-such-page/', 404, every],
      ]
      for (const [urlPath, status, expected] of cases) {
        const response = await fetch(`${server.origin}${urlPath}`)
        await response.arrayBuffer()
        expect(response.status, urlPath).toBe(status)
        expect(Object.fromEntries([...response.headers].filter(([name]) => names.has(name))), urlPath).toEqual(expected)
      }
    } finally {
      await server.close()
    }
  })
})
