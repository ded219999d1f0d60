import { existsSync, readdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { payloadForFile } from './setup.ts'

// A small limit keeps the oversized fixture small.
const t = payloadForFile('uploads', { MAX_UPLOAD_MB: '0.5' })

function upload(name: string, data: Buffer, mimetype: string, alt: string | null = 'Përshkrim') {
  return t.payload.create({
    collection: 'media',
    data: alt === null ? {} : { alt },
    file: { data, mimetype, name, size: data.length },
    locale: 'sq',
  })
}

const storedFiles = () => (existsSync(t.mediaDir) ? readdirSync(t.mediaDir) : [])

async function expectRejectedAndNothingStored(attempt: Promise<unknown>, message: RegExp) {
  const before = await t.payload.count({ collection: 'media' })
  const filesBefore = storedFiles()
  await expect(attempt).rejects.toThrow(message)
  expect(await t.payload.count({ collection: 'media' })).toEqual(before)
  expect(storedFiles()).toEqual(filesBefore)
}

describe('uploads', () => {
  it('accepts a PNG and makes responsive WebP and AVIF sizes', async () => {
    const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7a9' } })
      .png()
      .toBuffer()
    const media = await upload('real.png', png, 'image/png')
    expect(media.mimeType).toBe('image/png')
    expect(media.sizes?.medium?.mimeType).toBe('image/webp')
    expect(media.sizes?.largeAvif?.mimeType).toBe('image/avif')
    expect(media.isPublic).toBe(false)
  })

  it('accepts a real PDF', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    const bytes = Buffer.from(await pdf.save())
    const media = await upload('factsheet.pdf', bytes, 'application/pdf', null)
    expect(media.mimeType).toBe('application/pdf')
  })

  it('rejects text posing as a PNG', async () => {
    await expectRejectedAndNothingStored(
      upload('photo.png', Buffer.from('#!/bin/sh\necho not an image\n'), 'image/png'),
      /"photo\.png" is a file of an unrecognised type\. Allowed are JPEG/,
    )
  })

  it('rejects an HTML page posing as a PDF', async () => {
    await expectRejectedAndNothingStored(
      upload('report.pdf', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'application/pdf', null),
      /report\.pdf/,
    )
  })

  it('rejects PNG bytes under a .pdf name', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    await expectRejectedAndNothingStored(upload('scan.pdf', png, 'application/pdf'), /contains image\/png data but its name ends in "\.pdf"/)
  })

  it('rejects SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expectRejectedAndNothingStored(upload('logo.svg', svg, 'image/svg+xml'), /logo\.svg/)
  })

  it('rejects a file over the size limit, saying the limit', async () => {
    const noise = await sharp(randomBytes(600 * 400 * 3), { raw: { width: 600, height: 400, channels: 3 } })
      .png()
      .toBuffer()
    expect(noise.length).toBeGreaterThan(0.5 * 1024 * 1024)
    await expectRejectedAndNothingStored(upload('huge.png', noise, 'image/png'), /files may be at most 0\.5 MB/)
  })

  it('rejects an image without Albanian alt text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    await expectRejectedAndNothingStored(upload('no-alt.png', png, 'image/png', null), /alt/)
  })
})
