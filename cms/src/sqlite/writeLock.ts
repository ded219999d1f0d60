/**
 * One writer at a time, waited for without blocking the event loop. SQLite lets one connection
 * write at a time; a second connection that tries waits *synchronously* (busy timeout), which in
 * a single Node process freezes the very event loop the first writer needs to finish: every
 * concurrent save then fails with "database is locked". Writers queue here instead, in order,
 * and give up after `timeoutMs` with a clear error.
 */
export class WriteLock {
  #held = false
  #queue: (() => void)[] = []

  constructor(private readonly timeoutMs: number) {}

  /** Resolves with a release function once this caller may write. */
  acquire(): Promise<() => void> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.#held = true
        let released = false
        resolve(() => {
          if (released) return
          released = true
          this.#held = false
          this.#queue.shift()?.()
        })
      }
      if (!this.#held) return grant()
      const timer = setTimeout(() => {
        this.#queue = this.#queue.filter((waiter) => waiter !== waiting)
        reject(Object.assign(new Error(`SQLite: waited ${this.timeoutMs} ms for another write to finish`), { code: 'SQLITE_BUSY' }))
      }, this.timeoutMs)
      const waiting = () => {
        clearTimeout(timer)
        grant()
      }
      this.#queue.push(waiting)
    })
  }
}
