import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { SITE_DIR } from './lib/build.ts'
import { distDir, htmlFiles } from './lib/dist.ts'

/** Every built page passes html-validate with site/.htmlvalidate.json (recommended + document rules). */
describe('HTML', () => {
  it('every page validates', async () => {
    // The build is in a temporary folder, where html-validate would not find the site's config.
    const config = JSON.parse(readFileSync(path.join(SITE_DIR, '.htmlvalidate.json'), 'utf8')) as ConfigData
    const validator = new HtmlValidate(new FileSystemConfigLoader({ ...config, root: true }))
    const problems: string[] = []
    const files = htmlFiles()
    for (const file of files) {
      const report = await validator.validateFile(path.join(distDir(), file))
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`)
      }
    }
    expect(files.length).toBeGreaterThan(100)
    expect(problems).toEqual([])
  })
})
