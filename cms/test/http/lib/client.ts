import { inject } from 'vitest'
import { demoPassword } from '../../../../scripts/seed/users.ts'

export const cmsUrl = inject('cmsUrl')

// Test files run in separate workers: each starts at a random point, so no two share addresses.
let nextClient = Math.floor(Math.random() * 0xffffff)

/**
 * A client address of its own (the test CMS trusts one proxy, so X-Forwarded-For names the
 * client): each test spends its own rate budget, and a test about rate limits exhausts only its own.
 */
export function newClient(): Record<string, string> {
  nextClient = (nextClient + 1) % 0xffffff
  return { 'x-forwarded-for': `10.${(nextClient >> 16) & 255}.${(nextClient >> 8) & 255}.${nextClient & 255}` }
}

export type Role = 'admin' | 'editor' | 'contributor'

/** Signs a demo account in over REST; returns its Authorization header. */
export async function login(role: Role, client = newClient()): Promise<Record<string, string>> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...client },
    body: JSON.stringify({ email: `${role}@arkivi.test`, password: demoPassword() }),
  })
  if (response.status !== 200) throw new Error(`login as ${role}: HTTP ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `JWT ${token}`, ...client }
}

/** JSON of a GET as an anonymous visitor (or with the given headers). */
export async function getJson(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(`${cmsUrl}${path}`, { headers: { ...newClient(), ...headers } })
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  return { status: response.status, body, text }
}

export async function sendJson(
  method: string,
  path: string,
  data: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { ...(data === undefined ? {} : { 'content-type': 'application/json' }), ...newClient(), ...headers },
    body: data === undefined ? undefined : JSON.stringify(data),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}
