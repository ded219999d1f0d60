import { createServerFeature } from '@payloadcms/richtext-lexical'

/** The editor's English-only accessible names in the admin language (./client.tsx). */
export const EditorLabelsFeature = createServerFeature({
  feature: { ClientFeature: '/i18n/editorLabels/client.tsx#EditorLabelsFeatureClient' },
  key: 'arkiviEditorLabels',
})
