import type { Locale, Municipality, Program } from '@arkivi/content-schemas'
import { localePath, paths } from '../i18n/routes.ts'
import type { LocalizedField } from './localize.ts'

/** A link whose text is a localized field, rendered by LocalizedLink. */
export type Link = { href: string; text: LocalizedField<string> }

/** A link to a programme's page, titled in the page's locale. */
export function programLink(locale: Locale, program: Pick<Program, 'slug' | 'title'>): Link {
  return { href: localePath(locale, paths.program(program.slug)), text: program.title }
}

export function programLinks(locale: Locale, programs: Pick<Program, 'slug' | 'title'>[]): Link[] {
  return programs.map((program) => programLink(locale, program))
}

/** A link to a municipality's page, named in the page's locale. */
export function municipalityLink(locale: Locale, municipality: Pick<Municipality, 'slug' | 'displayName'>): Link {
  return { href: localePath(locale, paths.municipality(municipality.slug)), text: municipality.displayName }
}

export function municipalityLinks(locale: Locale, municipalities: Pick<Municipality, 'slug' | 'displayName'>[]): Link[] {
  return municipalities.map((municipality) => municipalityLink(locale, municipality))
}
