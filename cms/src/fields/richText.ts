import type { RichTextField } from 'payload'

/** A localized rich-text field using the config's Lexical editor. */
export function localizedRichText(name: string, { required = false } = {}): RichTextField {
  return { name, type: 'richText', localized: true, required }
}
