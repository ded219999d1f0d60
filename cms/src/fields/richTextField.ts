import { richTextProblem } from '@arkivi/content-schemas'
import type { RichTextField } from 'payload'
import { richText as lexicalValidate } from 'payload/shared'
import { message } from '../i18n/messages.ts'

/**
 * A localized rich-text field using the config's Lexical editor. Besides the editor's own
 * validation, the server refuses any node or link that public rich text may not hold
 * (content-schemas' richTextPolicy), whoever sends it: a 400 naming the field, locale and node.
 */
export function localizedRichText(name: string, { required = false } = {}): RichTextField {
  return {
    name,
    type: 'richText',
    localized: true,
    required,
    validate: async (value, options) => {
      const problem = richTextProblem(value)
      if (problem) {
        const where = { field: name, locale: options.req.locale ?? '' }
        return problem.kind === 'node'
          ? message(options.req, 'richTextNode', { ...where, node: problem.node })
          : message(options.req, 'richTextLink', { ...where, url: problem.url })
      }
      return lexicalValidate(value, options)
    },
  }
}
