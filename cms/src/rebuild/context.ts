import type { RequestContext } from 'payload'

declare module 'payload' {
  export interface RequestContext {
    /**
     * Set by bulk writers (the seed, the benchmark's loader): their documents ask for no rebuild
     * each (rebuild/hooks.ts), and the writer asks for one at the end.
     */
    skipRebuild?: boolean
  }
}

/** A fresh request context for a bulk write (fresh: hooks write their own keys into it). */
export function bulkWriteContext(): RequestContext {
  return { skipRebuild: true }
}
