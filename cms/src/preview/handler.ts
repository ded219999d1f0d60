import { DEFAULT_LOCALE, isLocale } from '@arkivi/content-schemas'
import { getPayload, type CollectionSlug, type SanitizedConfig, type TypedUser } from 'payload'
import { env } from '../env.ts'
import { registryIn } from '../plugins/arkivi/registry.ts'
import { readDraft } from './draft.ts'

/** Every preview answer: never kept by a cache or a proxy, never indexed. */
const PRIVATE = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' }

/** The renderer's own files (its scripts, styles and the banner's), which are the site's assets. */
const ASSET = /^\/preview\/(_astro\/[\w.-]+\.(?:js|css)|preview\.(?:js|css))$/

/** How long a preview may take to render. */
const RENDER_TIMEOUT_MS = 20_000

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8', ...headers } })
}

/** Anonymous: a browser is sent to sign in (and back), anything else gets a 401; neither gets content. */
function signInFirst(request: Request, url: URL): Response {
  if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) {
    const login = new URL('/admin/login', url)
    login.searchParams.set('redirect', url.pathname + url.search)
    return new Response(null, { status: 302, headers: { ...PRIVATE, location: login.pathname + login.search } })
  }
  return text(401, 'Sign in to the admin to see previews.')
}

function isStaffUser(user: TypedUser | null): user is TypedUser {
  return Boolean(user && user.collection === 'users' && (user as { role?: string }).role)
}

/** Sends `init` to the preview renderer (loopback, PREVIEW_URL); a renderer that is down is a 503 that says so. */
async function fromRenderer(path: string, init: RequestInit): Promise<Response> {
  const { PREVIEW_URL } = env()
  let answer: Response
  try {
    answer = await fetch(new URL(path, PREVIEW_URL), { ...init, signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) })
  } catch {
    return text(503, `The preview server is not answering at ${PREVIEW_URL}. \`npm start\` and \`npm run dev\` start it; see the README, "Preview".`)
  }
  const headers: Record<string, string> = { ...PRIVATE, 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' }
  return new Response(answer.body, { status: answer.status, headers })
}

/**
 * GET /preview/<collection>/<id>?locale=<sq|sr|en>: the site's own page for the document's
 * latest draft, as the signed-in staff member may read it, rendered by the preview server
 * (site/preview/). GET /preview/<asset>: that page's scripts and styles. Only signed-in staff
 * get either; the draft is read here, never by the renderer, which holds no credentials.
 */
export async function previewResponse(config: Promise<SanitizedConfig>, request: Request): Promise<Response> {
  const url = new URL(request.url)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) return signInFirst(request, url)

  if (ASSET.test(url.pathname)) return fromRenderer(url.pathname, { method: 'GET' })
  const [, , collection, id, ...rest] = url.pathname.split('/')
  const facts = registryIn(payload.config)[collection as CollectionSlug]
  if (!collection || !id || rest.length > 0 || !facts?.editorial) return text(404, 'No such preview.')
  const locale = url.searchParams.get('locale') ?? DEFAULT_LOCALE
  if (!isLocale(locale)) return text(400, `Unknown locale "${locale}": use sq, sr or en.`)

  let draft
  try {
    draft = await readDraft(payload, user, collection as CollectionSlug, decodeURIComponent(id))
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 403) return text(404, 'No such document, or you may not read it.')
    throw error
  }
  return fromRenderer(`/preview/${locale}/${collection}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  })
}
