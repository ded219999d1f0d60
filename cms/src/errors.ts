import { APIError } from 'payload'

/**
 * An error whose message is meant for the person who made the request. Payload's REST API keeps
 * an error's message only when the error carries `data` (its class name is minified away in the
 * production build, and without either the admin shows "An unknown error occurred"); `path` names
 * the field, as in Payload's own validation errors.
 */
export function userError(message: string, status: number, path?: string): APIError {
  return new APIError(message, status, { errors: [{ message, ...(path ? { path } : {}) }] }, true)
}
