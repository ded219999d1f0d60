import type { Plugin } from 'payload'
import { deriveRegistry } from './registry.ts'
import { withTranslationStatus } from './translationStatus.ts'
import { withArkivi } from './wiring.ts'

export { arkivi } from './declaration.ts'

/**
 * The Arkivi plugin: wires every content collection from its declaration (`custom: arkivi(…)`,
 * see ./wiring.ts) and attaches the registry of content collections to the config as
 * `custom.arkivi`, where media visibility reads which fields of which collections hold files.
 */
export const arkiviPlugin: Plugin = (config) => {
  const collections = (config.collections ?? []).map(withArkivi).map(withTranslationStatus)
  return { ...config, collections, custom: { ...config.custom, arkivi: deriveRegistry(collections) } }
}
