/**
 * Stage soak: the running CMS under sustained editing. An editor saves drafts of one archive item
 * over the REST API, interleaved with anonymous reads: `warmup` rounds first (each a save and its
 * share of reads, so that the first use of both paths, which loads and compiles their code, is not
 * counted), then `saves` more saves with `reads` reads; the CMS process's resident memory is taken
 * after the warm-up, halfway and at the end. A CMS that keeps memory per statement (libsql's
 * local driver did, ~3.9 kB each) grows in proportion to the saves in both halves; one that only
 * settles its heap and caches grows in the first half and not in the second.
 */
import { demoPassword } from '../../seed/users.ts'
import { treeRss } from '../measure.ts'

export type SoakInput = { cmsUrl: string; cmsPid: number; warmup: number; saves: number; reads: number }
export type SoakOutput = {
  warmup: number
  saves: number
  reads: number
  rssAfterWarmupBytes: number
  rssHalfwayBytes: number
  rssAfterBytes: number
  growthBytes: number
  growthPerSaveBytes: number
  /** Growth per save in the second half alone: what keeps growing once the heap has settled. */
  secondHalfPerSaveBytes: number
  savesPerSecond: number
}

/** The CMS's resident memory, the median of five readings over a second (the heap breathes). */
async function settledRss(pid: number): Promise<number> {
  const readings: number[] = []
  for (let reading = 0; reading < 5; reading += 1) {
    readings.push(treeRss(pid))
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return readings.sort((a, b) => a - b)[2]
}

async function ok(response: Promise<Response>, what: string): Promise<unknown> {
  const answer = await response
  const body = await answer.text()
  if (!answer.ok) throw new Error(`soak: ${what} answered HTTP ${answer.status}: ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

export default async function soak({ cmsUrl, cmsPid, warmup, saves, reads }: SoakInput): Promise<SoakOutput> {
  const { token } = (await ok(
    fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@arkivi.test', password: demoPassword() }),
    }),
    'login',
  )) as { token: string }
  const staff = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const { docs } = (await ok(fetch(`${cmsUrl}/api/archive-items?limit=1&depth=0&sort=id`), 'first item')) as { docs: { id: number }[] }
  const id = docs[0].id
  const save = (round: number) =>
    ok(
      fetch(`${cmsUrl}/api/archive-items/${id}?draft=true&locale=sq`, { method: 'PATCH', headers: staff, body: JSON.stringify({ title: `Soak draft ${round}` }) }),
      `draft save ${round}`,
    )
  const read = (round: number) =>
    ok(
      fetch(round % 2 ? `${cmsUrl}/api/archive-items?limit=20&depth=0&locale=all&page=${1 + (round % 5)}` : `${cmsUrl}/api/archive-items/${id}?depth=0&locale=all`),
      `read ${round}`,
    )

  const readsPerSave = reads / saves
  for (let round = 0; round < warmup; round += 1) {
    await save(round)
    for (let k = 0; k < readsPerSave; k += 1) await read(round * readsPerSave + k)
  }
  const rssAfterWarmupBytes = await settledRss(cmsPid)
  const started = performance.now()
  let done = 0
  let rssHalfwayBytes = rssAfterWarmupBytes
  for (let round = 0; round < saves; round += 1) {
    await save(warmup + round)
    for (; done < Math.round((round + 1) * readsPerSave); done += 1) await read(done)
    if (round + 1 === Math.floor(saves / 2)) rssHalfwayBytes = await settledRss(cmsPid)
  }
  const seconds = (performance.now() - started) / 1000
  const rssAfterBytes = await settledRss(cmsPid)
  const growthBytes = rssAfterBytes - rssAfterWarmupBytes
  const secondHalf = saves - Math.floor(saves / 2)
  return {
    warmup,
    saves,
    reads: done,
    rssAfterWarmupBytes,
    rssHalfwayBytes,
    rssAfterBytes,
    growthBytes,
    growthPerSaveBytes: Math.round(growthBytes / saves),
    secondHalfPerSaveBytes: Math.round((rssAfterBytes - rssHalfwayBytes) / secondHalf),
    savesPerSecond: Number((saves / seconds).toFixed(1)),
  }
}
