import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import * as data from '../../../scripts/seed/data/index.ts'
import { cmsUrl, getJson, login, newClient, sendJson } from './lib/client.ts'

type Media = { id: number; filename: string; isPublic: boolean }

async function upload(auth: Record<string, string>, name: string, bytes: Buffer, type: string, headers: Record<string, string> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Përshkrim i provës' }))
  const response = await fetch(`${cmsUrl}/api/media?locale=sq`, { method: 'POST', headers: { ...auth, ...headers }, body: form })
  return { status: response.status, body: (await response.json()) as { doc?: Media; errors?: { message: string }[] } }
}

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#468' } })
    .png()
    .toBuffer()
const fileStatus = async (filename: string) => (await fetch(`${cmsUrl}/api/media/file/${filename}`, { headers: newClient() })).status

describe('files: nobody makes a restricted file public through the API', () => {
  it('a contributor\'s PATCH {"isPublic": true} changes nothing; the file stays private', async () => {
    const contributor = await login('contributor')
    const { status, body } = await upload(contributor, 'contributor-scan.png', await png(), 'image/png')
    expect(status, JSON.stringify(body)).toBe(201)
    const id = body.doc!.id
    const patched = await sendJson('PATCH', `/api/media/${id}`, { isPublic: true }, contributor)
    expect(patched.status).toBe(200)
    expect((patched.body.doc as Media).isPublic).toBe(false)
    expect(await fileStatus('contributor-scan.png')).toBe(403)
    // Not even an admin can set it: it follows the documents that use the file.
    const admin = await login('admin')
    await sendJson('PATCH', `/api/media/${id}`, { isPublic: true }, admin)
    expect(await fileStatus('contributor-scan.png')).toBe(403)
  })

  it("the restricted sample item's file stays private after the same PATCH by a contributor", async () => {
    const restrictedKeys = data.archiveItems.filter((item) => item.visibility !== 'public').flatMap((item) => item.files)
    const filename = data.files.find((file) => restrictedKeys.includes(file.key))!.filename
    const contributor = await login('contributor')
    const { body } = await getJson(`/api/media?where[filename][equals]=${filename}&depth=0`, contributor)
    const file = (body as { docs: Media[] }).docs[0]
    await sendJson('PATCH', `/api/media/${file.id}`, { isPublic: true }, contributor)
    expect(await fileStatus(filename)).toBe(403)
  })

  it('a contributor cannot edit or replace a file a published document uses; an editor can', async () => {
    const contributor = await login('contributor')
    const { body } = await getJson('/api/media?where[isPublic][equals]=true&limit=1&depth=0', contributor)
    const file = (body as { docs: Media[] }).docs[0]
    expect((await sendJson('PATCH', `/api/media/${file.id}`, { credit: 'changed by a contributor' }, contributor)).status).toBe(403)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), file.filename)
    const replaced = await fetch(`${cmsUrl}/api/media/${file.id}`, { method: 'PATCH', headers: contributor, body: form })
    expect(replaced.status).toBe(403)
    const editor = await login('editor')
    expect((await sendJson('PATCH', `/api/media/${file.id}`, { credit: 'Arkivi placeholder' }, editor)).status).toBe(200)
  })
})

describe('uploads: errors an editor can act on', () => {
  it("a refused upload says what was wrong, in the editor's admin language", async () => {
    const editor = await login('editor')
    const script = Buffer.from('#!/bin/sh\necho not an image\n')
    const english = await upload(editor, 'photo.png', script, 'image/png')
    expect(english.status).toBe(415)
    expect(english.body.errors?.[0].message).toBe('"photo.png" is a file of an unrecognised type. Allowed are JPEG, PNG, WebP, AVIF and GIF images and PDF documents.')
    const albanian = await upload(editor, 'photo.png', script, 'image/png', { cookie: 'payload-lng=sq' })
    expect(albanian.body.errors?.[0].message).toBe(
      '„photo.png” është një skedar i një lloji të panjohur. Lejohen imazhet JPEG, PNG, WebP, AVIF dhe GIF dhe dokumentet PDF.',
    )
  })
})

describe('rich text is checked by the server, not only by the editor', () => {
  const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, children })
  const state = (children: unknown[]) => ({ root: { type: 'root', version: 1, children } })
  const item = (description: unknown) => ({
    identifier: `ARK-HOSTILE-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Provë',
    date: { value: '2013-07-01T00:00:00.000Z', precision: 'year' },
    type: 'Text',
    rights: 'InC',
    description,
  })

  it.each([
    ['an upload node', state([{ type: 'upload', version: 3, relationTo: 'media', value: 1, fields: null }]), /"upload"/],
    ['a relationship node', state([{ type: 'relationship', version: 2, relationTo: 'archive-items', value: 2 }]), /"relationship"/],
    ['an html node', state([{ type: 'html', version: 1, html: '<script>alert(1)</script>' }]), /"html"/],
    [
      'a javascript: link',
      state([paragraph([{ type: 'link', version: 3, fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'x', version: 1 }] }])]),
      /javascript:alert\(1\)/,
    ],
  ])('refuses %s with a 400 naming the field and the node', async (_, description, node) => {
    const editor = await login('editor')
    const { status, body } = await sendJson('POST', '/api/archive-items?locale=sq', item(description), editor)
    expect(status).toBe(400)
    const errors = (body.errors as { data?: { errors?: { path: string; message: string }[] } }[])[0].data?.errors ?? []
    expect(errors.map((error) => error.path)).toContain('description')
    const message = errors.find((error) => error.path === 'description')!.message
    expect(message).toMatch(/^description \(sq\)/)
    expect(message).toMatch(node)
  })

  it('accepts prose with a web link', async () => {
    const editor = await login('editor')
    const prose = state([
      paragraph([
        {
          type: 'link',
          version: 3,
          fields: { linkType: 'custom', url: 'https://example.org/' },
          children: [{ type: 'text', text: 'lidhje', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ]),
    ])
    const { status, body } = await sendJson('POST', '/api/archive-items?locale=sq', item(prose), editor)
    expect(status, JSON.stringify(body)).toBe(201)
    // Other files count the seeded items exactly.
    expect((await sendJson('DELETE', `/api/archive-items/${(body.doc as { id: number }).id}`, undefined, editor)).status).toBe(200)
  })
})
