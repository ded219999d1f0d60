import { readFileSync } from 'node:fs'
import { startSeededCms } from './lib/testCms.ts'
import { demoPassword } from './seed/users.ts'
const extra: Record<string, string> = { RATE_LIMIT_API: '1000000', NODE_OPTIONS: `--expose-gc --require /tmp/exp/gcprobe.cjs ${process.env.V8 ?? ''}` }
if (process.env.ARENA) extra.MALLOC_ARENA_MAX = process.env.ARENA
const cms = await startSeededCms('soakexp', extra)
const { execSync } = await import('node:child_process')
const port = new URL(cms.url).port
const pid = Number(execSync(`ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`).toString().trim())
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024
async function probe(label: string) {
  const r0 = rss()
  process.kill(pid, 'SIGUSR2')
  await new Promise((r) => setTimeout(r, 3000))
  const m = JSON.parse(readFileSync(`/tmp/exp/mem-${pid}.json`, 'utf8'))
  const mb = (n: number) => Math.round(n / 1e6)
  console.log(
    label,
    'rss',
    mb(r0),
    '→ after gc',
    mb(rss()),
    'heapUsed',
    mb(m.before.heapUsed),
    '→',
    mb(m.after.heapUsed),
    'heapTotal',
    mb(m.after.heapTotal),
    'external',
    mb(m.after.external),
    'arrayBuffers',
    mb(m.after.arrayBuffers),
  )
}
const login = (await (
  await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@arkivi.test', password: demoPassword() }),
  })
).json()) as { token: string }
const staff = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
const { docs } = (await (await fetch(`${cms.url}/api/archive-items?limit=1&depth=0&sort=id`)).json()) as { docs: { id: number }[] }
const id = docs[0].id
const save = async (n: number) => {
  const r = await fetch(`${cms.url}/api/archive-items/${id}?draft=true&locale=sq`, {
    method: 'PATCH',
    headers: staff,
    body: JSON.stringify({ title: `Soak draft ${n}` }),
  })
  if (!r.ok) throw new Error(String(r.status))
  await r.text()
}
const read = async (n: number) => {
  const r = await fetch(n % 2 ? `${cms.url}/api/archive-items?limit=20&depth=0&locale=all&page=${1 + (n % 5)}` : `${cms.url}/api/archive-items/${id}?depth=0&locale=all`)
  if (!r.ok) throw new Error(String(r.status))
  await r.text()
}
await probe('start')
let n = 0
for (let i = 0; i < 100; i++) {
  await save(n++)
  if (process.env.PREREADS) {
    await read(2 * n)
    await read(2 * n + 1)
  }
}
await probe('warmup100')
for (let phase = 1; phase <= 4; phase++) {
  for (let i = 0; i < 500; i++) {
    await save(n++)
    await read(2 * n)
    await read(2 * n + 1)
  }
  await probe(`+${phase * 500}`)
}
cms.stop()
process.exit()
