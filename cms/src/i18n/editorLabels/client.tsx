'use client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import type { AdminLanguage } from '../adminLanguages.ts'
import { EDITOR_ARIA_LABELS } from './labels.ts'

const ENGLISH = Object.keys(EDITOR_ARIA_LABELS)
const SELECTOR = ENGLISH.map((text) => `[aria-label="${text}"]`).join(',')

/**
 * Renames the editor's English-only accessible names (./labels.ts) into the admin language as
 * the editor renders them: the handles and the link editor come and go with the mouse, so a
 * MutationObserver on the editor's container relabels each one when it appears.
 */
function RelabelPlugin() {
  const [editor] = useLexicalComposerContext()
  const { i18n } = useTranslation()
  useEffect(() => {
    const language = i18n.language as AdminLanguage
    const relabel = (root: ParentNode) => {
      for (const element of root.querySelectorAll(SELECTOR)) {
        const labels = EDITOR_ARIA_LABELS[element.getAttribute('aria-label')!]
        element.setAttribute('aria-label', labels[language] ?? labels.en)
      }
    }
    const container = editor.getRootElement()?.closest('.rich-text-lexical') ?? editor.getRootElement()?.parentElement
    if (!container) return
    relabel(container)
    const observer = new MutationObserver(() => relabel(container))
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [editor, i18n.language])
  return null
}

export const EditorLabelsFeatureClient = createClientFeature({
  plugins: [{ Component: RelabelPlugin, position: 'normal' }],
})
