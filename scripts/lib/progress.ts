import cliProgress from 'cli-progress'
import { env } from './env.ts'

export type Progress = { tick: (label: string) => void; stop: () => void }

/**
 * A progress bar on a terminal, plain lines elsewhere (CI logs, pipes), where a redrawn bar
 * would be noise.
 */
export function progress(title: string, total: number, stream: NodeJS.WriteStream = process.stdout): Progress {
  if (stream.isTTY && !env().CI) {
    const bar = new cliProgress.SingleBar({ format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, stream }, cliProgress.Presets.shades_classic)
    bar.start(total, 0, { label: '' })
    return { tick: (label) => bar.increment({ label }), stop: () => bar.stop() }
  }
  let done = 0
  return {
    tick: (label) => {
      done += 1
      stream.write(`${title} ${done}/${total} ${label}\n`)
    },
    stop: () => {},
  }
}
