import type { Payload } from 'payload'

export type Id = number | string
export type Doc = { id: Id } & Record<string, unknown>
type Args = Record<string, unknown>

/**
 * Payload's Local API with document-shaped results instead of the generated per-collection types.
 * Scripts that walk every collection (seed, import, export, backup) address collections by slug
 * at run time, and ids are numbers on SQLite but strings on MongoDB, so the generated types,
 * which are fixed to one adapter, do not fit them.
 */
export function looseApi(payload: Payload) {
  const api = payload as unknown as Record<string, (args: Args) => Promise<unknown>>
  return {
    find: (args: Args) => api.find(args) as Promise<{ docs: Doc[]; totalDocs: number; hasNextPage: boolean }>,
    findByID: (args: Args) => api.findByID(args) as Promise<Doc>,
    create: (args: Args) => api.create(args) as Promise<Doc>,
    update: (args: Args) => api.update(args) as Promise<Doc>,
    delete: (args: Args) => api.delete(args) as Promise<Doc>,
    count: (args: Args) => api.count(args) as Promise<{ totalDocs: number }>,
  }
}
