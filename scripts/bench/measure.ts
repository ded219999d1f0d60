import { spawn, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** One output line of a measured process, stamped with the milliseconds since it started. */
export type Line = { ms: number; text: string }
/** The summed resident memory of a process tree at one moment. */
export type RssSample = { ms: number; bytes: number }

export type Measured = {
  ms: number
  peakRssBytes: number
  samples: RssSample[]
  lines: Line[]
  code: number | null
}

const SAMPLE_EVERY_MS = 100
const PAGE_SIZE = 4096
export const ANSI = /\u001b\[[0-9;]*m/g

/** Every live process's parent, read from /proc (Linux only, like the machines we run on). */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name (field 2) may contain spaces and parentheses: parse after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      map.set(Number(entry), ppid)
    } catch {
      // The process ended while we were reading.
    }
  }
  return map
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE
  } catch {
    return 0
  }
}

/**
 * Resident memory of a process and all its descendants (a build spawns Pagefind, a browser
 * spawns renderers): the sum of each process's RSS, so pages shared between them count more than
 * once; that overstates, never understates, what the machine must hold.
 */
export function treeRss(root: number): number {
  const byParent = new Map<number, number[]>()
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid])
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rssOf(pid)
    stack.push(...(byParent.get(pid) ?? []))
  }
  return total
}

/** Samples a process tree's RSS every 100 ms until stopped. */
export function sampleTree(root: number, started = performance.now()): { samples: RssSample[]; stop: () => RssSample[] } {
  const samples: RssSample[] = []
  const take = () => samples.push({ ms: performance.now() - started, bytes: treeRss(root) })
  take()
  const timer = setInterval(take, SAMPLE_EVERY_MS)
  return {
    samples,
    stop: () => {
      clearInterval(timer)
      return samples
    },
  }
}

/** The highest sample between two moments (the whole run when no window is given). */
export function peakRss(samples: RssSample[], fromMs = 0, toMs = Infinity): number {
  return samples.filter((sample) => sample.ms >= fromMs && sample.ms <= toMs).reduce((peak, sample) => Math.max(peak, sample.bytes), 0)
}

/**
 * Runs a command to completion while timing it, stamping each output line with its arrival time
 * (so phases of a build can be told apart by its log) and sampling its process tree's RSS.
 * Output is echoed with a prefix when `echo` is given (except lines matching `quiet`), so long
 * runs show progress.
 */
export function measure(command: string, args: string[], options: SpawnOptions & { echo?: string; quiet?: RegExp } = {}): Promise<Measured> {
  const { echo, quiet, ...spawnOptions } = options
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions })
    if (child.pid === undefined) return reject(new Error(`${command} could not be started`))
    const sampler = sampleTree(child.pid, started)
    const lines: Line[] = []
    const partial = { stdout: '', stderr: '' }
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const ms = performance.now() - started
      const parts = (partial[stream] + chunk.toString()).split('\n')
      partial[stream] = parts.pop() ?? ''
      for (const text of parts) {
        lines.push({ ms, text })
        if (echo && text.trim() !== '' && !quiet?.test(text)) process.stderr.write(`[${echo}] ${text.replace(ANSI, '')}\n`)
      }
    }
    child.stdout?.on('data', collect('stdout'))
    child.stderr?.on('data', collect('stderr'))
    child.on('error', reject)
    child.on('close', (code) => {
      const samples = sampler.stop()
      for (const text of [partial.stdout, partial.stderr]) if (text) lines.push({ ms: performance.now() - started, text })
      resolve({ ms: performance.now() - started, peakRssBytes: peakRss(samples), samples, lines, code })
    })
  })
}
