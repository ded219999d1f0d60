import { env as cmsEnv, parseVariables, port } from '@arkivi/cms/env'
import { z } from 'zod'

/**
 * The environment of the command-line tools: their own variables, parsed here and nowhere else
 * (the README's configuration table documents each), beside the CMS's, which they share.
 */
const schema = z.object({
  SITE_PORT: port(4321),
  REBUILD_RUNNER_PORT: port(4322),
  /** Loopback port of the draft preview's renderer (site/preview/), behind the CMS's /preview. */
  PREVIEW_PORT: port(4323),
  DEMO_PASSWORD: z.string().default('arkivi-demo-2026'),
  NEW_PASSWORD: z.string().optional(),
  /** The folder npm was started in (npm sets it): command-line paths are relative to it. */
  INIT_CWD: z.string().default(() => process.cwd()),
  /** Set by CI services: no progress bars in their logs. */
  CI: z
    .string()
    .optional()
    .transform((value) => value !== undefined),
})

export const parseEnv = (source: Record<string, string | undefined>) => parseVariables(schema, source)

let current: (ReturnType<typeof cmsEnv> & ReturnType<typeof parseEnv>) | undefined

/** This process's environment, the CMS's variables included, parsed on first use. */
export function env() {
  current ??= { ...cmsEnv(), ...parseEnv(process.env) }
  return current
}
