import { describe, expect, inject, it } from 'vitest'

const cmsUrl = inject('cmsUrl')

async function loginPage(acceptLanguage: string) {
  const response = await fetch(`${cmsUrl}/admin/login`, { headers: { 'accept-language': acceptLanguage } })
  expect(response.status).toBe(200)
  return { html: await response.text(), cookie: response.headers.get('set-cookie') ?? '' }
}

describe('admin UI', () => {
  it('serves the login page in English', async () => {
    const { html } = await loginPage('en-US,en;q=0.9')
    expect(html).toMatch(/<html[^>]*lang="en"/)
    expect(html).toContain('Password')
  })

  it('serves it in Serbian Latin to a browser that asks for sr-Latn, and remembers the choice', async () => {
    const { html, cookie } = await loginPage('sr-Latn-RS,sr;q=0.9,en;q=0.5')
    expect(html).toMatch(/<html[^>]*lang="rs-latin"/)
    expect(html).toContain('Lozinka')
    expect(cookie).toContain('payload-lng=rs-latin')
  })

  it('serves it in Albanian to a browser that asks for sq', async () => {
    const { html, cookie } = await loginPage('sq-AL,sq;q=0.9,en;q=0.5')
    expect(html).toMatch(/<html[^>]*lang="sq"/)
    expect(html).toContain('Fjalëkalimi')
    expect(cookie).toContain('payload-lng=sq')
  })
})
