import { ArchiveItems } from './ArchiveItems/index.ts'
import { Media } from './Media/index.ts'
import { Municipalities } from './Municipalities/index.ts'
import { Organizations } from './Organizations/index.ts'
import { Partners } from './Partners/index.ts'
import { Programs } from './Programs/index.ts'
import { Subjects } from './Subjects/index.ts'
import { TakedownRequests } from './TakedownRequests/index.ts'
import { Users } from './Users/index.ts'
import { withAdminLabels } from '../i18n/applyLabels.ts'
import { withPublicBounds } from './publicBounds.ts'

export const collections = [
  Organizations,
  Programs,
  Partners,
  ArchiveItems,
  Municipalities,
  Subjects,
  Media,
  Users,
  TakedownRequests,
]
  .map(withAdminLabels)
  .map(withPublicBounds)
