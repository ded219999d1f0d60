import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { SITE_DIR } from './paths.ts'
import { run, start, waitForUrl } from './processes.ts'

/** The draft preview's renderer (site/preview/: an Astro server build of the site's own pages). */
export const PREVIEW_DIR = path.join(SITE_DIR, 'preview')
const ENTRY = path.join(PREVIEW_DIR, 'dist', 'server', 'entry.mjs')
/** The site's address the build baked in (canonical and citation links), so a build for another one is redone. */
const STAMP = path.join(PREVIEW_DIR, 'dist', 'site-url.txt')

async function newestSource(): Promise<number> {
  let newest = 0
  for (const dir of [path.join(SITE_DIR, 'src'), path.join(PREVIEW_DIR, 'src'), path.join(PREVIEW_DIR, 'public')]) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
    }
  }
  return Math.max(newest, statSync(path.join(PREVIEW_DIR, 'astro.config.mjs')).mtimeMs)
}

/** Builds the preview renderer unless a build for this SITE_URL newer than every site source exists (it reads no content: it needs no CMS). */
export async function buildPreview(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const siteUrl = env.SITE_URL ?? ''
  const built = existsSync(ENTRY) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === siteUrl
  if (built && statSync(ENTRY).mtimeMs > (await newestSource())) return
  // Its own root, so its generated files never replace the static site's (site/.astro, site/dist).
  await run('npx', ['astro', 'build', '--root', PREVIEW_DIR, '--config', 'astro.config.mjs'], {
    cwd: SITE_DIR,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  writeFileSync(STAMP, siteUrl)
}

/** The loopback URL the CMS forwards previews to (its PREVIEW_URL). */
export const previewUrl = (port: number) => `http://127.0.0.1:${port}`

/**
 * Spawns the built renderer on 127.0.0.1:`port` (never another interface: only the CMS, which
 * signs editors in and reads their drafts, talks to it).
 */
export function spawnPreview(port: number, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  // It reads the public API as anyone does and is handed the drafts: it gets none of the CMS's secrets.
  const { PAYLOAD_SECRET, DATABASE_URL, SMTP_URL, BUILD_HOOK_URL, BUILD_REPORT_SECRET, ...rest } = env
  void [PAYLOAD_SECRET, DATABASE_URL, SMTP_URL, BUILD_HOOK_URL, BUILD_REPORT_SECRET]
  return start('preview', 'node', [ENTRY], { cwd: PREVIEW_DIR, env: { ...rest, HOST: '127.0.0.1', PORT: String(port) } })
}

/** Resolves once the renderer on `port` serves its files. */
export function previewReady(port: number, child?: ChildProcess): Promise<void> {
  return waitForUrl(`${previewUrl(port)}/preview/preview.css`, 60_000, child)
}

/** Starts the built renderer on `port` and resolves once it serves. */
export async function startPreview(port: number, env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  const child = spawnPreview(port, env)
  await previewReady(port, child)
  return child
}
