/** An item's citation as RIS, e.g. /en/items/ark-sample-0001.ris (citationFiles.ts). */
import { itemRis } from '../../../lib/citationFiles.ts'
import { citationFileRoute } from '../../../lib/citationRoutes.ts'

export const { getStaticPaths, GET } = citationFileRoute('ris', itemRis)
