import type { Id, LexicalNode, Media, RichText } from '@arkivi/content-schemas'
import { MEDIA_FIELDS, type MediaUsers } from './mediaFields.ts'
import { resolveIds } from './relations.ts'

type LocalizedRichText = Partial<Record<string, RichText | null | undefined>> | null | undefined

/** The media ids of upload nodes in localized rich-text fields (any locale). */
export function uploadsIn(fields: LocalizedRichText[]): Id[] {
  const ids: Id[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'upload') {
      const value = node.value as { id?: Id } | Id | null | undefined
      const id = typeof value === 'object' && value !== null ? value.id : value
      if (id !== undefined && id !== null) ids.push(id)
    }
    node.children?.forEach(visit)
  }
  for (const field of fields) for (const value of Object.values(field ?? {})) value?.root.children.forEach(visit)
  return ids
}

/** The media ids a document's media fields (MEDIA_FIELDS) name. */
function mediaIdsOf<C extends keyof MediaUsers>(collection: C, doc: MediaUsers[C]): Id[] {
  const { ids, richText } = MEDIA_FIELDS[collection]
  const related = ids.flatMap((field) => {
    const value = doc[field] as Id | Id[] | null | undefined
    return value == null ? [] : Array.isArray(value) ? value : [value]
  })
  return [...related, ...uploadsIn(richText.map((field) => doc[field] as LocalizedRichText))]
}

/** The media that some public document uses: the only files the site publishes. */
export function usedMedia(media: Map<string, Media>, documents: { [C in keyof MediaUsers]: MediaUsers[C][] }): Map<string, Media> {
  const ids = (Object.keys(MEDIA_FIELDS) as (keyof MediaUsers)[]).flatMap((collection) =>
    (documents[collection] as MediaUsers[typeof collection][]).flatMap((doc) => mediaIdsOf(collection, doc)),
  )
  return new Map(resolveIds(media, ids).map((doc) => [String(doc.id), doc]))
}
