import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

/** The folder of the site built by globalSetup. */
export function distDir(): string {
  return inject('siteDist')
}

/** Every file in the built site, as paths relative to it (posix separators). */
export function distFiles(dir = distDir()): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export function htmlFiles(dir = distDir()): string[] {
  return distFiles(dir).filter((file) => file.endsWith('.html'))
}

/** The file a URL path is served from (`/sq/about/` → sq/about/index.html), or null. */
export function fileForUrlPath(urlPath: string, files: Set<string>): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]).replace(/^\//, '')
  for (const candidate of [clean, `${clean}index.html`, `${clean}/index.html`]) {
    if (files.has(candidate)) return candidate
  }
  return null
}

export function readDist(file: string, dir = distDir()): string {
  return readFileSync(path.join(dir, file), 'utf8')
}

/** All values of an attribute on elements matching a tag in an HTML string. */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = []
  for (const element of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const match = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(element[0])
    if (match) values.push(decodeEntities(match[1]))
  }
  return values
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
