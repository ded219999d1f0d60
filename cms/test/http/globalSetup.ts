import type { TestProject } from 'vitest/node'
import { startSeededCms, type TestCms } from '../../../scripts/lib/testCms.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsMailDir: string
  }
}

let cms: TestCms | undefined

/** One real CMS (production build, seeded throwaway database) for every HTTP test file. */
export async function setup(project: TestProject) {
  cms = await startSeededCms('http')
  project.provide('cmsUrl', cms.url)
  project.provide('cmsMailDir', cms.env.MAIL_DIR!)
}

export async function teardown() {
  cms?.stop()
}
