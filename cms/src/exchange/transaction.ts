import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext, type TypedUser } from 'payload'

/**
 * Runs `work` on a request of its own inside one database transaction: committed when `work`
 * resolves, rolled back when it throws (the error is thrown on), so a script's writes land all
 * together or not at all. Built on Payload's own transaction functions, which its operations use
 * too, so every Local API call given this `req` joins the transaction instead of opening its own.
 * `context` is the request's context (e.g. `bulkWriteContext()` to keep the rebuild hooks quiet);
 * `user` the signed-in user the writes are made by (the admin import), none for a script.
 */
export async function withTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}, user?: TypedUser | null): Promise<T> {
  const req = await createLocalReq({ context, user: user ?? undefined }, payload)
  const owned = await initTransaction(req)
  try {
    const result = await work(req)
    if (owned) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
