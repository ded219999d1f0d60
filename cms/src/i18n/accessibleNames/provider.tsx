'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'
import type { AdminLanguage } from '../adminLanguages.ts'
import { ENGLISH_ARIA_LABELS, RELATIONSHIP_EDIT_BUTTON } from './labels.ts'

const EXACT = Object.keys(ENGLISH_ARIA_LABELS)
  .map((text) => `[aria-label="${text}"]`)
  .join(',')
const EDIT_BUTTON = `${RELATIONSHIP_EDIT_BUTTON.selector}[aria-label^="${RELATIONSHIP_EDIT_BUTTON.englishPrefix}"]`

/**
 * Gives the admin's English-only accessible names (./labels.ts) the admin language's text as
 * they appear: editor handles, link editors and drawers come and go, so a MutationObserver on
 * the page relabels each one when it is added. An admin component (`admin.components.providers`)
 * so that it runs on every admin screen.
 */
export function AccessibleNamesProvider({ children }: { children?: ReactNode }) {
  const { i18n, t } = useTranslation()
  useEffect(() => {
    const language = i18n.language as AdminLanguage
    const rename = (element: Element, text: string) => {
      // Setting an attribute to its own value is a mutation too: only real changes, or it never settles.
      if (element.getAttribute('aria-label') !== text) element.setAttribute('aria-label', text)
    }
    const relabel = () => {
      for (const element of document.querySelectorAll(EXACT)) {
        const labels = ENGLISH_ARIA_LABELS[element.getAttribute('aria-label')!]
        rename(element, labels[language] ?? labels.en)
      }
      for (const element of document.querySelectorAll(EDIT_BUTTON)) {
        const title = element.getAttribute('aria-label')!.slice(RELATIONSHIP_EDIT_BUTTON.englishPrefix.length)
        rename(element, t('general:editLabel', { label: title }))
      }
    }
    relabel()
    const observer = new MutationObserver(relabel)
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [i18n.language, t])
  return children
}
