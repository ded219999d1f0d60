/**
 * `npx tsx scripts/bench/evaluate.ts --dist <built site> [--items <public-items.json>] [--mode site|pagefind] [--out <file.json>]`:
 * the search evaluation (stages/evaluate.ts) on a site built elsewhere, e.g. one built from the
 * seeded CMS, or an older commit's build with --mode pagefind. Prints recall@5 and precision@5
 * per language and every query that missed.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import evaluate from './stages/evaluate.ts'

const { values } = parseArgs({ options: { dist: { type: 'string' }, items: { type: 'string' }, mode: { type: 'string', default: 'site' }, out: { type: 'string' } } })
if (!values.dist) throw new Error('--dist <built site folder> is required')
if (values.mode !== 'site' && values.mode !== 'pagefind') throw new Error(`--mode must be "site" or "pagefind", got "${values.mode}"`)
const result = await evaluate({ distDir: values.dist, itemsFile: values.items, mode: values.mode })
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`)
const percent = (value: number) => `${(value * 100).toFixed(1)} %`
for (const summary of result.summary)
  console.log(
    `${summary.corpus} ${summary.lang} (${result.mode}): ${summary.queries} queries, recall@5 ${percent(summary.recall)}, precision@5 ${percent(summary.precision)}, ${summary.found} with a relevant page in the first five`,
  )
for (const entry of result.scored.filter((entry) => entry.recall < 1))
  console.log(`  ${entry.lang} “${entry.query}” (${entry.kind}): ${entry.hits}/${Math.min(5, entry.relevant)} → ${entry.top.join(' ') || '(nothing)'}`)
process.exit()
