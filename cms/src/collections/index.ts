import type { CollectionConfig } from 'payload'
import { ArchiveItems } from './ArchiveItems/index.ts'
import { mediaCollection } from './Media/index.ts'
import { Municipalities } from './Municipalities/index.ts'
import { Organizations } from './Organizations/index.ts'
import { Partners } from './Partners/index.ts'
import { Programs } from './Programs/index.ts'
import { Subjects } from './Subjects/index.ts'
import { TakedownRequests } from './TakedownRequests/index.ts'
import { usersCollection } from './Users/index.ts'
import { withAdminLabels } from '../i18n/applyLabels.ts'
import { withPublicBounds } from './publicBounds.ts'

/**
 * Every collection, made from the environment as it is now. Importing the collections reads
 * nothing from it, so scripts may load the registry (../registry.ts) before they set the
 * environment their Payload runs with; payload.config.ts calls this when it is itself imported.
 */
export function collections(): CollectionConfig[] {
  return [Organizations, Programs, Partners, ArchiveItems, Subjects, Municipalities, mediaCollection(), usersCollection(), TakedownRequests]
    .map(withAdminLabels)
    .map(withPublicBounds)
}
