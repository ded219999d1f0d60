import type { ChildProcess } from 'node:child_process'
import { stop as stopProcess } from './processes.ts'

export type SupervisorOptions = {
  /** Named in every log line. */
  name: string
  /** Starts one instance of the process. */
  spawn: () => ChildProcess
  /** Resolves once an instance serves; an instance that never does is stopped and counts as a crash. */
  ready?: (child: ChildProcess) => Promise<void>
  /** Crashes within `windowMs` after which supervision gives up (default 5 within 60 s). */
  maxCrashes?: number
  windowMs?: number
  /** The first restart waits this long, each further crash in the window twice as long, up to `maxDelayMs`. */
  baseDelayMs?: number
  maxDelayMs?: number
  log?: (line: string) => void
}

export type Supervisor = {
  /** Resolves when the first instance is ready; rejects if supervision gives up before that. */
  ready: Promise<void>
  /** Resolves after `stop()`; rejects when supervision gives up. */
  ended: Promise<void>
  /** The current instance. */
  current: () => ChildProcess
  /** Ends supervision: no more restarts, the current instance stopped and waited for. */
  stop: () => Promise<void>
}

/** How long a stopped instance gets to exit before it is killed. */
const STOP_TIMEOUT_MS = 10_000

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`
}

/**
 * Keeps a long-running process up: an instance that exits without being asked to is started
 * again after an exponentially growing delay, each restart logged with how the instance ended.
 * Too many crashes in a short window mean restarting will not help (a bad configuration, a
 * full disk), so supervision gives up and says so instead of looping.
 */
export function supervise(options: SupervisorOptions): Supervisor {
  const { name, maxCrashes = 5, windowMs = 60_000, baseDelayMs = 1_000, maxDelayMs = 30_000, log = console.error } = options
  let crashes: number[] = []
  let stopping = false
  let restartTimer: NodeJS.Timeout | undefined
  let child: ChildProcess
  let firstReady = false

  let resolveReady!: () => void
  let rejectReady!: (error: Error) => void
  const ready = new Promise<void>((resolve, reject) => ((resolveReady = resolve), (rejectReady = reject)))
  let resolveEnded!: () => void
  let rejectEnded!: (error: Error) => void
  const ended = new Promise<void>((resolve, reject) => ((resolveEnded = resolve), (rejectEnded = reject)))
  // Callers may await only one of the two; neither rejection is then unhandled.
  ready.catch(() => {})
  ended.catch(() => {})

  function launch(): void {
    const instance = options.spawn()
    child = instance
    instance.once('exit', (code, signal) => onExit(code, signal))
    options.ready?.(instance).then(
      () => {
        if (instance !== child || stopping) return
        if (firstReady) log(`${name}: back up (pid ${instance.pid})`)
        firstReady = true
        resolveReady()
      },
      (error: Error) => {
        if (instance.exitCode !== null || instance.signalCode !== null || stopping) return
        log(`${name}: not ready (${error.message}); stopping it`)
        stopProcess(instance)
      },
    )
    if (!options.ready) resolveReady()
  }

  function onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (stopping) return
    const now = Date.now()
    crashes = [...crashes.filter((time) => now - time < windowMs), now]
    const how = describeExit(code, signal)
    if (crashes.length >= maxCrashes) {
      const error = new Error(`${name} crashed ${crashes.length} times within ${windowMs / 1000} s (last: ${how}); giving up`)
      log(`${name}: ${error.message}`)
      rejectReady(error)
      rejectEnded(error)
      return
    }
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (crashes.length - 1))
    log(`${name}: exited unexpectedly (${how}); restarting in ${delay} ms (crash ${crashes.length} of ${maxCrashes} allowed within ${windowMs / 1000} s)`)
    restartTimer = setTimeout(launch, delay)
  }

  async function stop(): Promise<void> {
    stopping = true
    clearTimeout(restartTimer)
    const instance = child
    if (instance.exitCode === null && instance.signalCode === null) {
      await new Promise<void>((resolve) => {
        instance.once('exit', () => resolve())
        stopProcess(instance)
        setTimeout(() => stopProcess(instance, 'SIGKILL'), STOP_TIMEOUT_MS).unref()
      })
    }
    resolveEnded()
  }

  launch()
  return { ready, ended, current: () => child, stop }
}
