import type { FieldAccess } from 'payload'

/** For derived fields: no request may set them; hooks write them with `overrideAccess`. */
export const never: FieldAccess = () => false
