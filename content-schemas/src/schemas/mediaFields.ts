import { z } from 'zod'
import { optionalLocalized, relationList, relationOne, richTextSchema } from './common.ts'

/**
 * The field schemas that hold media, and how. The site publishes a file only if a public
 * document names it in one of these, so a media field not built with the helpers below would
 * leave its files out. Each helper makes its own schema instance: the same shapes serve other
 * relations (subjects, municipality), which must stay out.
 */
const mediaHolders = z.registry<{ holds: keyof MediaFields<string> }>()

/** A list of media ids. */
export const mediaList = relationList.clone().register(mediaHolders, { holds: 'ids' })

/** One media id, or none. */
export const mediaOne = relationOne.clone().register(mediaHolders, { holds: 'ids' })

/** Localized rich text, whose upload nodes name media. */
export const mediaRichText = optionalLocalized(richTextSchema).register(mediaHolders, { holds: 'richText' })

/** Which fields of a document hold media: media ids (one or a list) and rich text with upload nodes. */
export type MediaFields<Field extends PropertyKey> = { ids: Field[]; richText: Field[] }

/** The fields of `schema` built with the media helpers above, in the schema's order. */
export function mediaFieldsOf<S extends z.ZodObject>(schema: S): MediaFields<keyof S['shape'] & string> {
  const fields = Object.entries(schema.shape) as [keyof S['shape'] & string, z.ZodType][]
  const holding = (holds: keyof MediaFields<string>) => fields.filter(([, field]) => mediaHolders.get(field)?.holds === holds).map(([name]) => name)
  return { ids: holding('ids'), richText: holding('richText') }
}
