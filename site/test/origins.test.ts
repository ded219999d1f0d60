import { TAKEDOWN_SUBMIT_PATH } from '@arkivi/content-schemas'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { distFiles, readDist } from './lib/dist.ts'

/**
 * No page may make a request to another origin: every subresource (script, style, image, font,
 * frame, media, worker, fetch) comes from the site itself. Plain links for people to follow
 * (<a href>) may point elsewhere; so may canonical and hreflang links, which name the site's
 * own public address. The one form that leaves the site is the takedown request form, which posts
 * to the CMS (a navigation the visitor makes, allowed by the CSP's form-action).
 */
describe('requests to other origins', () => {
  const siteOrigin = new URL(inject('siteUrl')).origin
  const takedownAction = new URL(TAKEDOWN_SUBMIT_PATH, inject('cmsUrl')).href
  const isTakedownForm = (tag: string, attribute: string, url: string) => /^<form\b/i.test(tag) && attribute === 'action' && url === takedownAction
  const isForeign = (url: string) => {
    if (!/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) return false
    try {
      return new URL(url, siteOrigin).origin !== siteOrigin
    } catch {
      return false // not a URL (e.g. a comment's "//" in a script)
    }
  }

  it('no HTML file loads anything from another origin', () => {
    const problems: string[] = []
    for (const file of distFiles().filter((name) => name.endsWith('.html'))) {
      const html = readDist(file)
      for (const [tag] of html.matchAll(/<(?!a\b|\/)[a-z][\w-]*\b[^>]*>/gi)) {
        // DC-HTML's `schema.DC` links name a vocabulary's namespace; no browser fetches a link of that relation.
        if (/^<link rel="schema\.[A-Z]+"/.test(tag)) continue
        for (const [, attribute, value] of tag.matchAll(/\s(src|href|srcset|poster|data|action|formaction|content|imagesrcset)="([^"]*)"/gi)) {
          if (attribute === 'content' && !/http-equiv="refresh"/i.test(tag)) continue
          const urls = attribute.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value.replace(/^\d+;\s*url=/i, '')]
          for (const url of urls) if (isForeign(url) && !isTakedownForm(tag, attribute, url)) problems.push(`${file}: ${tag.slice(0, 80)} → ${url}`)
        }
      }
      for (const [, css] of html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) if (isForeign(css)) problems.push(`${file}: url(${css})`)
    }
    expect(problems).toEqual([])
  })

  it('no CSS or JS file references another origin', () => {
    const problems: string[] = []
    for (const file of distFiles().filter((name) => /\.(css|js|mjs)$/.test(name))) {
      // pagefind.js parses relative result URLs against a placeholder base; nothing is fetched from it.
      const text = readDist(file).replaceAll('new URL(`https://example.com${', 'new URL(`${')
      for (const [url] of text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)) {
        if (isForeign(url.startsWith('//') ? `https:${url}` : url)) problems.push(`${file}: ${url}`)
      }
      expect(text, file).not.toMatch(/@import\s+url\(\s*['"]?https?:/i)
    }
    expect(problems).toEqual([])
  })

  it('the CMS’s address appears nowhere in dist/ but in the takedown form’s action', () => {
    const cms = new URL(inject('cmsUrl'))
    // Pages, feeds, styles and scripts; not `_headers`, whose policy names the CMS's origin as
    // the one other place forms may post to.
    const files = distFiles().filter((name) => /\.(html|xml|txt|json|css|js)$/.test(name))
    const withoutForm = (file: string) => readDist(file).replaceAll(`action="${takedownAction}"`, '')
    expect(files.filter((file) => withoutForm(file).includes(cms.host))).toEqual([])
    expect(files.filter((file) => readDist(file).includes(`action="${takedownAction}"`)).sort()).toEqual([
      'en/takedown/index.html',
      'sq/takedown/index.html',
      'sr/takedown/index.html',
    ])
    expect(files.filter((file) => readDist(file).includes('/api/media/'))).toEqual([])
  })
})
