import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { ROOT_DIR } from './build.ts'

export type NetlifyRule = { from: string; to: string; status: number; force?: boolean; conditions?: { Language?: string[] } }
export type NetlifyHeaders = { for: string; values: Record<string, string> }
export type NetlifyConfig = {
  build: { command: string; publish: string; environment: Record<string, string> }
  redirects: NetlifyRule[]
  headers: NetlifyHeaders[]
}

export const netlifyTomlText = () => readFileSync(path.join(ROOT_DIR, 'netlify.toml'), 'utf8')
export const netlifyConfig = () => parse(netlifyTomlText()) as unknown as NetlifyConfig
