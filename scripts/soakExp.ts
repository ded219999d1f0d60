import { startSeededCms } from './lib/testCms.ts'
import soak from './bench/stages/soak.ts'
const cms = await startSeededCms('soakexp', {
  RATE_LIMIT_API: '1000000',
  ...(process.env.ARENA ? { MALLOC_ARENA_MAX: process.env.ARENA } : {}),
  ...(process.env.NODEOPTS ? { NODE_OPTIONS: process.env.NODEOPTS } : {}),
})
const { execSync } = await import('node:child_process')
const port = new URL(cms.url).port
const pid = Number(execSync(`ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`).toString().trim())
console.log('pid', pid)
const pre = Number(process.env.PREREADS ?? 0)
for (let i = 0; i < pre; i++) {
  const r = await fetch(
    i % 2 ? `${cms.url}/api/archive-items?limit=20&depth=0&locale=all&page=${1 + (i % 5)}` : `${cms.url}/api/archive-items?limit=1&depth=0&locale=all`,
  )
  await r.text()
}
const out = await soak({ cmsUrl: cms.url, cmsPid: pid, warmup: 100, saves: Number(process.env.SAVES ?? 1000), reads: 2 * Number(process.env.SAVES ?? 1000) })
console.log(JSON.stringify({ arena: process.env.ARENA, pre, ...out, mb: out.growthBytes / 1e6 }))
cms.stop()
process.exit()
