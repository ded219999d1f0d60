/** An item's citation as BibTeX, e.g. /en/items/ark-sample-0001.bib (citationFiles.ts). */
import { itemBibtex } from '../../../lib/citationFiles.ts'
import { citationFileRoute } from '../../../lib/citationRoutes.ts'

export const { getStaticPaths, GET } = citationFileRoute('bibtex', itemBibtex)
