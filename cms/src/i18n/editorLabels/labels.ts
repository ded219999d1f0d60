import type { Labels } from '../labels.ts'

/**
 * The rich-text editor's accessible names that @payloadcms/richtext-lexical writes in English
 * whatever the admin language (literal `aria-label`s in its block handles, floating link editor
 * and slash menu, in 3.90 and upstream alike; its i18n covers only toolbar and menu items), by
 * that English text. ./client.tsx puts the admin language's text in their place.
 */
export const EDITOR_ARIA_LABELS: Record<string, Labels> = {
  'Add block': { en: 'Add block', 'rs-latin': 'Dodaj blok', sq: 'Shto bllok' },
  'Drag to move': { en: 'Drag to move', 'rs-latin': 'Prevucite da biste premestili', sq: 'Tërhiqeni për ta zhvendosur' },
  'Edit link': { en: 'Edit link', 'rs-latin': 'Uredi vezu', sq: 'Redakto vegëzën' },
  'Remove link': { en: 'Remove link', 'rs-latin': 'Ukloni vezu', sq: 'Hiq vegëzën' },
  'Slash menu': { en: 'Commands menu', 'rs-latin': 'Meni komandi', sq: 'Menyja e komandave' },
}
