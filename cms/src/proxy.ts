import { NextResponse, type NextRequest } from 'next/server'
import { ADMIN_LANGUAGE_COOKIE, adminLanguageFor } from './i18n/adminLanguages.ts'

/**
 * Picks the admin language from the browser's Accept-Language on an editor's first visit
 * (Payload matches only its own language keys, so `sr-Latn` would get English). An explicit
 * choice in the admin's account settings sets the same cookie and always wins.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  const language = adminLanguageFor(request.headers.get('accept-language'))
  if (!language) return NextResponse.next()
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, language)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, language, { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
