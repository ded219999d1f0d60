/** An item's citation as CSL-JSON, e.g. /en/items/ark-sample-0001.csl.json (citationFiles.ts). */
import { itemCslJson } from '../../../lib/citationFiles.ts'
import { citationFileRoute } from '../../../lib/citationRoutes.ts'

export const { getStaticPaths, GET } = citationFileRoute('csl', itemCslJson)
