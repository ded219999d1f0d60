type Header = { key: string; value: string }
type HeaderRule = { source: string; headers: Header[] }

/** Uploaded files, as Payload serves them. */
const FILES = '/api/media/file/:path*'

/**
 * The draft preview (cms/src/preview/): the site's own page, shown in the admin's Live Preview
 * pane, so framed by this origin only; under the site's own policy otherwise (nothing inline,
 * nothing from another origin). Never cached, never indexed.
 */
const PREVIEW_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/**
 * Headers of every CMS response, as Next.js `headers()` rules (Next's value wins over one a route
 * handler sets, so each header is decided here only). Every page and answer: the admin cannot be
 * framed (clickjacking), nothing is sniffed into another type, no URL leaks to another site in the
 * Referer, and a browser that once saw the CMS over https keeps to https (HSTS, https CMS only).
 * Uploaded files are downloads in a sandbox: never rendered as a page of the CMS's origin.
 */
export function securityHeaders(cmsUrl: string): HeaderRule[] {
  const common: Header[] = [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), geolocation=(), microphone=(), payment=(), usb=(), browsing-topics=()' },
  ]
  if (new URL(cmsUrl).protocol === 'https:') {
    common.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  }
  return [
    {
      source: '/((?!api/media/file/|preview/).*)',
      headers: [...common, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" }],
    },
    {
      source: '/preview/:path*',
      headers: [
        ...common.filter((header) => header.key !== 'X-Frame-Options'),
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'Content-Security-Policy', value: PREVIEW_POLICY },
        { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
      ],
    },
    {
      source: FILES,
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: "default-src 'none'; sandbox" },
        { key: 'Content-Disposition', value: 'attachment' },
        { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
      ],
    },
  ]
}
