import { describe, expect, it } from 'vitest'
import { fileSlug, formatFileSize, mediaSourceUrl } from '../../src/lib/media.ts'

describe('media', () => {
  it('are read through the CMS address the build uses, and published under plain names', () => {
    expect(mediaSourceUrl({ id: 1, url: '/api/media/file/a.png' }, 'http://cms:3000')).toBe('http://cms:3000/api/media/file/a.png')
    expect(mediaSourceUrl({ id: 1, url: 'https://cms.public.example/api/media/file/a.png' }, 'http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/api/media/file/a.png')
    expect(() => mediaSourceUrl({ id: 7, url: 'https://bucket.example/a.png' }, 'http://cms:3000')).toThrow(
      /media id=7: its file is served from https:\/\/bucket\.example/,
    )
    expect(fileSlug('MPTF factsheet (final).PDF')).toBe('mptf-factsheet-final.pdf')
    expect(formatFileSize(1405, 'en')).toBe('1.4 kB')
    expect(formatFileSize(1405, 'sq')).toMatch(/^1,4\s?kB$/)
    expect(formatFileSize(2_500_000, 'en')).toBe('2.5 MB')
  })
})
