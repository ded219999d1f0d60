/**
 * The memory settings the CMS server runs with, chosen by the bench's soak stage (figures in
 * bench/latest.md: after 100 warm-up rounds, 1,000 draft saves and 2,000 reads grew the server by
 * 215 MB and it kept growing; with these settings by 26 MB).
 *
 * - glibc gives threads that allocate at once their own malloc arenas and rarely returns what is
 *   freed in them, so Node's worker threads (SQLite statements, sharp, crypto) fragment memory
 *   that is never given back. Capped at two arenas, the growth stopped; one arena was no better
 *   and serialises every allocation.
 * - V8 grows its young generation under request load and keeps the space once grown (the heap's
 *   reserved size went 146 → 219 MB while live objects stayed at ~75 MB); 8 MB semi-spaces keep it
 *   at ~100 MB.
 * - V8 sizes its old generation from the machine's memory, and lets garbage pile up to that size
 *   before collecting it (+80 MB in the soak). A 1 GB limit (13× the ~75 MB the CMS keeps live)
 *   makes it collect sooner and stays below deploy/arkivi-cms.service's MemoryMax=1536M, so a heap
 *   that did outgrow it would end in a restart rather than in the kernel's OOM killer. A value
 *   given on the node command line (`node --max-old-space-size=… server.ts`) still wins: it comes
 *   after these in the re-executed command line.
 *
 * MALLOC_ARENA_MAX is read by glibc when a process starts, so the server re-executes itself once
 * with the settings (execve keeps the PID, so supervisors and systemd keep tracking it). A value
 * the operator already set is kept.
 */
export const MALLOC_ARENA_MAX = '2'
export const V8_MEMORY_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=1024']

/** Re-executes this process with the memory settings unless it already runs with them. */
export function execWithMemorySettings(): void {
  const missingFlags = V8_MEMORY_FLAGS.filter((flag) => !process.execArgv.includes(flag))
  if (process.platform !== 'linux' || typeof process.execve !== 'function') return
  if (process.env.MALLOC_ARENA_MAX && missingFlags.length === 0) return
  process.execve(process.execPath, [process.execPath, ...missingFlags, ...process.execArgv, ...process.argv.slice(1)], {
    ...process.env,
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX,
  })
}
