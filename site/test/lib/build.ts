import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const ROOT_DIR = path.resolve(SITE_DIR, '..')

/** The public address the test builds use: a reserved name that never resolves (RFC 6761). */
export const TEST_SITE_URL = 'https://arkivi.test'

export type BuildResult = { code: number | null; output: string; seconds: number }

/**
 * Runs the site's real build (`npm run build`: `astro build`, then the search indexer) against a CMS, into
 * `outDir`, and returns its exit code and combined output. The output is also written to
 * `<outDir>.log` so a failed CI run can be read afterwards.
 */
export function buildSite({ cmsUrl, outDir, siteUrl = TEST_SITE_URL }: { cmsUrl: string; outDir: string; siteUrl?: string }): Promise<BuildResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl,
        ARKIVI_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const clean = output.replace(/\u001b\[[0-9;]*m/g, '')
      if (!existsSync(path.dirname(outDir))) mkdirSync(path.dirname(outDir), { recursive: true })
      writeFileSync(`${outDir}.log`, clean)
      resolve({ code, output: clean, seconds: (performance.now() - started) / 1000 })
    })
  })
}
