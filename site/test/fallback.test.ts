import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { buildSite } from './lib/build.ts'
import { startCmsStub, type CmsStub } from './lib/cmsStub.ts'
import { readDist } from './lib/dist.ts'
import { loadPagefind } from './lib/pagefind.ts'
import { serveBuiltSite } from '../../scripts/lib/staticSite.ts'

const WARNING = {
  sq: 'Paralajmërim provë: përmbajtje e ndjeshme.',
  sr: 'Probno upozorenje: osetljiv sadržaj.',
  en: 'Test warning: sensitive content.',
}
const transcript = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 2 }] }] },
})

/** Rich text with every kind of node the renderer knows, and a few it must neutralize. */
function richDescription(imageId: number | string) {
  const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
  return {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h2', children: [text('Heading test')] },
        { type: 'paragraph', children: [text('Bold', 1), text(' and '), text('italic', 2), text(' <script>alert(1)</script>')] },
        {
          type: 'paragraph',
          children: [
            { type: 'link', fields: { url: 'https://example.org/', newTab: false, linkType: 'custom' }, children: [text('Outbound')] },
            text(' '),
            { type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [text('Bad link')] },
          ],
        },
        { type: 'list', listType: 'number', tag: 'ol', children: [{ type: 'listitem', children: [text('First')] }] },
        { type: 'upload', relationTo: 'media', value: imageId },
        { type: 'unknown-widget', children: [text('Inside unknown')] },
      ],
    },
  }
}

/**
 * Content the seed does not have: a second real build, through a stub standing in for the CMS
 * that drops the English title and description of one item and the Serbian name of one
 * subject, gives another item a content warning and a transcript, and a third one rich text
 * with every kind of node.
 */
describe('a second build with missing translations and sensitive media', () => {
  let stub: CmsStub
  let outDir: string
  let output: string
  beforeAll(async () => {
    const media = (await (await fetch(`${inject('cmsUrl')}/api/media?limit=100&depth=0`)).json()) as { docs: { id: number; filename: string }[] }
    const imageId = media.docs.find((doc) => doc.filename === 'un-project-placeholder.png')!.id
    stub = await startCmsStub(inject('cmsUrl'), (collection, body) => {
      for (const doc of body.docs) {
        if (collection === 'archive-items' && doc.identifier === 'ARK-SAMPLE-0001') {
          ;(doc.title as Record<string, unknown>).en = null
          ;(doc.description as Record<string, unknown>).en = null
        }
        if (collection === 'subjects' && doc.slug === 'lgbti-rights') (doc.name as Record<string, unknown>).sr = null
        if (collection === 'archive-items' && doc.identifier === 'ARK-SAMPLE-0003') (doc.description as Record<string, unknown>).en = richDescription(imageId)
        if (collection === 'archive-items' && doc.identifier === 'ARK-SAMPLE-0002') {
          doc.contentWarning = WARNING
          doc.transcript = { sq: transcript('Transkript provë.'), sr: transcript('Probni transkript.'), en: transcript('Test transcript.') }
        }
      }
    })
    outDir = path.join(inject('workDir'), 'fallback')
    const build = await buildSite({ cmsUrl: stub.url, outDir })
    output = build.output
    if (build.code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`)
  }, 300_000)
  afterAll(async () => {
    await stub?.close()
  })

  it('shows the fallback text in its own language with a visible note, kept out of the index', () => {
    const html = readDist('en/items/ark-sample-0001/index.html', outDir)
    expect(html).toContain(
      '<h1 data-pagefind-ignore><span lang="sq" data-pagefind-ignore>Shembull: Themelimi i Qendrës për Barazi dhe Liri (CEL)</span><small class="untranslated" data-pagefind-ignore>Not yet translated</small></h1>',
    )
    expect(html).toContain('<span hidden data-pagefind-ignore data-pagefind-meta="title">ARK-SAMPLE-0001 (Not yet translated)</span>')
    expect(html).toMatch(
      /<p class="untranslated" data-pagefind-ignore>This text has not been translated into English yet; it is shown in its original language.<\/p><div lang="sq" data-pagefind-ignore><p>Regjistrim shembull:/,
    )
    const sr = readDist('sr/items/ark-sample-0001/index.html', outDir)
    expect(sr).toContain('<span lang="sq" data-pagefind-ignore>Të drejtat LGBTI</span><small class="untranslated" data-pagefind-ignore>Još nije prevedeno</small>')
    // The citation and the meta tags give the fallback title in its language too.
    expect(html).toContain('<i><span lang="sq">Shembull: Themelimi i Qendrës për Barazi dhe Liri (CEL)</span></i>')
    expect(html).toContain('<meta name="citation_title" content="Shembull: Themelimi i Qendrës për Barazi dhe Liri (CEL)" lang="sq">')
    // Where a translation exists, nothing is marked.
    expect(readDist('en/items/ark-sample-0002/index.html', outDir)).not.toContain('untranslated')
  })

  it('shows a content warning before sensitive media and transcript, which stay closed until the reader opens them', () => {
    const html = readDist('en/items/ark-sample-0002/index.html', outDir)
    const details = /<details class="warning">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? ''
    expect(details).toMatch(/^<summary>Content warning: Test warning: sensitive content\.<span class="meta"> Show the media and transcript<\/span><\/summary>/)
    expect(details).toMatch(/<h2 id="media-heading">Media<\/h2><figure><picture>/)
    expect(details).toContain('<h2 id="transcript-heading">Transcript</h2><div class="rich-text transcript"><p><em>Test transcript.</em></p></div>')
    expect(details).toMatch(/loading="lazy"/)
    expect(html.match(/<picture>/g)).toHaveLength(1)
    // No link preview shows what the warning holds back.
    expect(html).not.toContain('property="og:image"')
  })

  it('renders rich text node by node, with nothing from the CMS taken as HTML', () => {
    const html = readDist('en/items/ark-sample-0003/index.html', outDir)
    const body = /<div class="rich-text prose">([\s\S]*?)<\/div><section/.exec(html)?.[1] ?? ''
    expect(body).toContain('<h4>Heading test</h4>')
    expect(body).toContain('<p><strong>Bold</strong> and <em>italic</em> &lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(body).toContain('<a href="https://example.org/" rel="noreferrer">Outbound</a> Bad link</p>')
    expect(body).not.toMatch(/javascript:/)
    expect(body).toContain('<ol><li>First</li></ol>')
    expect(body).toMatch(/<figure><picture><source srcset="\/_astro\/un-project-placeholder_[^"]+\.avif/)
    expect(body).toContain('Inside unknown')
  })

  it('does not index the fallback text as the page’s language', async () => {
    const server = await serveBuiltSite(outDir)
    try {
      const en = await loadPagefind(outDir, server.origin, 'en')
      const sq = await loadPagefind(outDir, server.origin, 'sq')
      expect((await en.search('themelimi')).map((hit) => hit.url)).not.toContain('/en/items/ark-sample-0001/')
      expect((await sq.search('themelimi')).map((hit) => hit.url)).toContain('/sq/items/ark-sample-0001/')
      const [page] = await en.search('ARK-SAMPLE-0001')
      expect(page).toMatchObject({ url: '/en/items/ark-sample-0001/', title: 'ARK-SAMPLE-0001 (Not yet translated)' })
      await en.close()
      await sq.close()
    } finally {
      await server.close()
    }
  })
})
