import type { en } from './en.ts'

/** The keys of the UI dictionaries, defined by the English one. */
export type UiKey = keyof typeof en

/** A complete UI dictionary: every key, nothing else. */
export type UiStrings = Record<UiKey, string>

/** Keys that come in plural forms (`<base>.one`, `.few`, `.other`). */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never
