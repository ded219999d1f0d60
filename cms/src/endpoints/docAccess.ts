import { addDataAndFileToRequest, docAccessOperation, Forbidden, headersWithCors, type Endpoint } from 'payload'
import { roleOf } from '../access/index.ts'

/**
 * Payload's `POST /api/<collection>/access/<id>` tells the admin what its user may do with a
 * document. For the public it would answer 200 for a hidden document and 404 for a missing one,
 * telling anyone which ids exist; the public has no use for it, so every anonymous request gets
 * the same 403, and staff get Payload's own answer.
 */
export function docAccessEndpoint(slug: string): Endpoint {
  return {
    path: '/access/:id?',
    method: 'post',
    handler: async (req) => {
      if (roleOf(req) === null) throw new Forbidden(req.t)
      await addDataAndFileToRequest(req)
      const id = req.routeParams?.id as string | undefined
      const result = await docAccessOperation({ id, collection: req.payload.collections[slug as never], data: req.data, req })
      return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }) })
    },
  }
}
