import type { I18nOptions } from '@payloadcms/translations'

/**
 * The rich-text editor's own strings in Albanian.
 *
 * @payloadcms/richtext-lexical does not use Payload's admin translations for its toolbar, slash
 * menu and placeholder: it ships its own, per language (dist/i18n.js for `lexical.general`, and
 * dist/features/<feature>/…/i18n.js for each feature), and `lexicalEditor()` merges them into the
 * config's `i18n.translations` as `{ [language]: { lexical: { general, [featureKey]: … } } }`.
 * It has 37–40 languages but no Albanian, so the Albanian goes in the same place: the config's
 * `i18n.translations.sq`, which Payload deep-merges over `supportedLanguages.sq.translations`
 * for both the server and the admin's browser. (It cannot go inside `sq.translations` itself:
 * for the browser Payload keeps only its own client keys of a supported language's translations,
 * and would drop `lexical`; `i18n.translations` is merged after that filter.)
 *
 * The package types its translations only as `GenericLanguages`, so the shape below is written
 * out from its English (3.90.2): a missing key here is a type error, and
 * test/int/adminTranslations.test.ts compares it with the installed package's English, so a key
 * added by an upgrade fails the test until it is translated.
 */
export type LexicalTranslationsObject = {
  lexical: {
    general: {
      placeholder: string
      slashMenuBasicGroupLabel: string
      slashMenuListGroupLabel: string
      toolbarItemsActive: string
    }
    align: {
      alignCenterLabel: string
      alignJustifyLabel: string
      alignLeftLabel: string
      alignRightLabel: string
    }
    blockquote: { label: string }
    blocks: {
      inlineBlocks: { create: string; edit: string; label: string; remove: string }
      label: string
    }
    checklist: { label: string }
    heading: { label: string }
    horizontalRule: { label: string }
    indent: { decreaseLabel: string; increaseLabel: string }
    link: { label: string; loadingWithEllipsis: string }
    orderedList: { label: string }
    paragraph: { label: string; label2: string }
    relationship: { label: string }
    textState: { defaultStyle: string }
    unorderedList: { label: string }
    upload: { label: string }
  }
}

/** Albanian for every key of the editor's English; terminology as in ./sq.ts ("vegëz" for link). */
export const sqLexical = {
  lexical: {
    general: {
      placeholder: "Filloni të shkruani, ose shtypni '/' për komanda...",
      slashMenuBasicGroupLabel: 'Bazë',
      slashMenuListGroupLabel: 'Lista',
      toolbarItemsActive: '{{count}} aktive',
    },
    align: {
      alignCenterLabel: 'Rreshto në qendër',
      alignJustifyLabel: 'Rreshto në të dy anët',
      alignLeftLabel: 'Rreshto majtas',
      alignRightLabel: 'Rreshto djathtas',
    },
    blockquote: { label: 'Citat' },
    blocks: {
      inlineBlocks: {
        create: 'Krijo {{label}}',
        edit: 'Redakto {{label}}',
        label: 'Blloqe brenda rreshtit',
        remove: 'Hiq {{label}}',
      },
      label: 'Blloqe',
    },
    checklist: { label: 'Listë kontrolli' },
    heading: { label: 'Titulli {{headingLevel}}' },
    horizontalRule: { label: 'Vijë horizontale' },
    indent: { decreaseLabel: 'Zvogëlo dhëmbëzimin', increaseLabel: 'Rrit dhëmbëzimin' },
    link: { label: 'Vegëz', loadingWithEllipsis: 'Duke u ngarkuar...' },
    orderedList: { label: 'Listë e numëruar' },
    paragraph: { label: 'Paragraf', label2: 'Tekst i zakonshëm' },
    relationship: { label: 'Lidhje' },
    textState: { defaultStyle: 'Stili i parazgjedhur' },
    unorderedList: { label: 'Listë me pika' },
    upload: { label: 'Ngarko skedar' },
  },
} satisfies LexicalTranslationsObject

/**
 * The config's `i18n.translations`: the editor's strings keyed by admin language (Albanian only).
 *
 * Payload types that object by its own language codes, which lack `sq`, so an object literal
 * `{ sq: … }` in payload.config.ts is rejected (an unknown key, and no key in common with the
 * all-optional type). Typed as Payload's type plus `sq`, this object is accepted as it is.
 */
export const lexicalTranslationsByLanguage: NonNullable<I18nOptions['translations']> & {
  sq: LexicalTranslationsObject
} = { sq: sqLexical }
