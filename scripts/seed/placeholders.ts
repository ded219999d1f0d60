import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { foldDiacritics } from '@arkivi/content-schemas'

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A neutral placeholder image with its label written on it, made locally so the seed needs no
 * downloads. Colour is derived from the label, so each placeholder is recognisably different.
 */
export async function placeholderImage(label: string, width = 1200, height = 800): Promise<Buffer> {
  const hue = [...label].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 7)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="hsl(${hue},35%,88%)"/>
  <rect x="24" y="24" width="${width - 48}" height="${height - 48}" fill="none" stroke="hsl(${hue},35%,40%)" stroke-width="6" stroke-dasharray="24 16"/>
  <text x="50%" y="50%" text-anchor="middle" dominant-baseline="middle" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(width / 22)}" fill="hsl(${hue},35%,25%)">${escapeXml(label)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** A one-page placeholder PDF holding the given text (standard fonts: diacritics are folded). */
export async function placeholderPdf(title: string, text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setProducer('Arkivi seed')
  pdf.setCreationDate(new Date('2020-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2020-01-01T00:00:00Z'))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([595, 842])
  page.drawText(foldDiacritics(title), { x: 56, y: 770, size: 18, font })
  page.drawText(foldDiacritics(text), { x: 56, y: 730, size: 11, font, maxWidth: 483, lineHeight: 15 })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
