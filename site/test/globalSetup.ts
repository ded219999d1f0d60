import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startSeededCms, type TestCms } from '../../scripts/lib/testCms.ts'
import { TEST_SITE_URL, buildSite } from './lib/build.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (a temporary folder, never site/dist). */
    siteDist: string
    /** The seeded CMS the site was built from; it runs until the tests end. */
    cmsUrl: string
    /** The public address the build was given (SITE_URL). */
    siteUrl: string
    /** A scratch folder for further builds. */
    workDir: string
    buildSeconds: number
  }
}

/**
 * Builds the site once for every site test: a real seeded CMS on a throwaway database, then the
 * real build (`astro build`, then the search indexer) against it, into a temporary folder.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'arkivi-site-test-'))
  let cms: TestCms | undefined
  const teardown = () => {
    cms?.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    cms = await startSeededCms('site')
    const siteDist = path.join(workDir, 'dist')
    const build = await buildSite({ cmsUrl: cms.url, outDir: siteDist })
    if (build.code !== 0) throw new Error(`site build failed (exit ${build.code}):\n${build.output.slice(-4000)}`)
    project.provide('siteDist', siteDist)
    project.provide('cmsUrl', cms.url)
    project.provide('siteUrl', TEST_SITE_URL)
    project.provide('workDir', workDir)
    project.provide('buildSeconds', build.seconds)
  } catch (error) {
    teardown()
    throw error
  }
  return teardown
}
