import type { Labels } from '../labels.ts'

/**
 * Accessible names that Payload's admin and its rich-text editor write in English whatever the
 * admin language: literal `aria-label`s (3.90, and upstream alike) outside their i18n. ./provider.tsx
 * puts the admin language's text in their place.
 */
export const ENGLISH_ARIA_LABELS: Record<string, Labels> = {
  // The rich-text editor's block handles, floating link editor and slash menu.
  'Add block': { en: 'Add block', 'rs-latin': 'Dodaj blok', sq: 'Shto bllok' },
  'Drag to move': { en: 'Drag to move', 'rs-latin': 'Prevucite da biste premestili', sq: 'Tërhiqeni për ta zhvendosur' },
  'Edit link': { en: 'Edit link', 'rs-latin': 'Uredi vezu', sq: 'Redakto vegëzën' },
  'Remove link': { en: 'Remove link', 'rs-latin': 'Ukloni vezu', sq: 'Hiq vegëzën' },
  'Slash menu': { en: 'Commands menu', 'rs-latin': 'Meni komandi', sq: 'Menyja e komandave' },
}

/**
 * The edit button on each chosen document of a has-many relationship field: Payload labels it
 * `Edit ${title}`; it gets Payload's own `general:editLabel` ("Redakto {{label}}") instead.
 */
export const RELATIONSHIP_EDIT_BUTTON = { selector: '.relationship--multi-value-label__drawer-toggler', englishPrefix: 'Edit ' }
