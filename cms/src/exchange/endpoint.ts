import type { Endpoint, PayloadRequest } from 'payload'
import { canPublish } from '../access/canPublish.ts'
import { roleOf } from '../access/roles.ts'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../i18n/adminLanguages.ts'
import { describeProblem } from '../i18n/import.ts'
import { planUpload, type ImportUpload } from './upload.ts'
import { writeImport } from './write.ts'

/** The admin import's route under `/api` (the request guard bounds its body by this path). */
export const IMPORT_ROUTE = '/import/archive-items'

const languageOf = (req: PayloadRequest): AdminLanguage => {
  const language = req.i18n?.language as AdminLanguage | undefined
  return language && ADMIN_LANGUAGES.includes(language) ? language : 'en'
}

async function uploadOf(form: FormData): Promise<ImportUpload | null> {
  const records = form.get('records')
  const zip = form.get('files')
  if (!(records instanceof Blob)) return null
  return {
    records: { name: records instanceof File ? records.name : 'records', text: await records.text() },
    zip: zip instanceof Blob && zip.size > 0 ? { name: zip instanceof File ? zip.name : 'files.zip', data: Buffer.from(await zip.arrayBuffer()) } : undefined,
  }
}

/**
 * `POST /api/import/archive-items` (multipart: `records` = the CSV or JSON file, `files` = an
 * optional zip, `confirm` = `true` to write): the admin's import. Without `confirm` it is the dry
 * run; with it the upload is planned again (nothing the browser kept is trusted) and written only
 * when it has no problem, all rows or none, as `npm run import` does. Problems come back with
 * their code and parameters and worded in the user's admin language.
 *
 * Editors and admins only (`canPublish`): a row may publish an item or make it public, which is
 * an editorial decision no contributor may take.
 */
export const importEndpoint: Endpoint = {
  path: IMPORT_ROUTE,
  method: 'post',
  handler: async (req) => {
    if (roleOf(req) === null) return Response.json({ errors: [{ message: 'Sign in to import.' }] }, { status: 401 })
    if (!canPublish({ req })) return Response.json({ errors: [{ message: 'Only editors and admins may import.' }] }, { status: 403 })
    const form = await req.formData?.().catch(() => null)
    const upload = form ? await uploadOf(form) : null
    if (!form || !upload) return Response.json({ errors: [{ message: 'Send a multipart form with the file as `records`.' }] }, { status: 400 })
    const language = languageOf(req)
    const plan = await planUpload(req.payload, upload)
    const creates = plan.items.filter((item) => item.existingId === undefined).length
    const summary = {
      rows: plan.rows,
      creates,
      updates: plan.items.length - creates,
      problems: plan.problems.map((problem) => ({ ...problem, text: describeProblem(problem, language) })),
    }
    if (form.get('confirm') !== 'true' || plan.problems.length > 0) return Response.json(summary, { status: plan.problems.length > 0 ? 422 : 200 })
    try {
      const result = await writeImport(req.payload, plan, () => {}, req.user)
      return Response.json({ ...summary, result })
    } catch (error) {
      req.payload.logger.error(`admin import failed, nothing was written: ${error instanceof Error ? error.message : error}`)
      return Response.json({ ...summary, error: error instanceof Error ? error.message : String(error) }, { status: 500 })
    }
  },
}
