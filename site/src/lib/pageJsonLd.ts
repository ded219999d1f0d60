/**
 * schema.org JSON-LD for the pages that describe organizations: the about page (the
 * organization keeping the archive, as the page's main entity) and each programme (a Project
 * with its owner, implementing and funding organizations and the municipalities it serves).
 * The host organization has one `@id` (the about page's `#organization`) wherever it appears, so
 * a reader joins the pages' graphs. Organizations' websites are named as data, never fetched.
 */
import { LOCALE_INFO, type Locale, type Municipality, type Organization, type Program } from '@arkivi/content-schemas'
import { useTranslations } from '../i18n/index.ts'
import { localePath, paths } from '../i18n/routes.ts'
import { isoDay, machineDate } from './dates.ts'
import { localizedString, pickLocalized } from './localize.ts'
import { richTextToPlain, truncate } from './richTextRendering.ts'
import type { SiteData } from './siteData.ts'

type JsonLd = Record<string, unknown>

/** Where a page sits: its own URL, the site's home and name, and the host organization (its CMS id and its node's `@id`). */
export type PagePlace = { url: string; homeUrl: string; siteName: string; host: { id: Organization['id']; node: string } }

/** The place of the page at `path` (locale-free) in `locale`; the host's node is on the about page. */
export function pagePlace(site: URL | string | undefined, locale: Locale, path: string, data: Pick<SiteData, 'hostOrganization'>): PagePlace {
  const absolute = (pagePath: string) => new URL(localePath(locale, pagePath), site).href
  return {
    url: absolute(path),
    homeUrl: absolute(paths.home),
    siteName: useTranslations(locale)('site.title'),
    host: { id: data.hostOrganization.id, node: `${absolute(paths.about)}#organization` },
  }
}

/** An organization as schema.org's Organization (the host as NGO), in the page's language. */
export function organizationJsonLd(org: Organization, locale: Locale, { host }: Pick<PagePlace, 'host'>): JsonLd {
  const description = richTextToPlain(pickLocalized(org.description, locale)?.value)
  const isHost = String(org.id) === String(host.id)
  return {
    '@type': isHost ? 'NGO' : 'Organization',
    ...(isHost ? { '@id': host.node } : {}),
    name: localizedString(org.name, locale),
    ...(org.acronym ? { alternateName: org.acronym } : {}),
    ...(description ? { description: truncate(description, 500) } : {}),
    ...(org.website ? { url: org.website } : {}),
    ...(org.founded?.value ? { foundingDate: machineDate({ value: org.founded.value, precision: org.founded.precision ?? 'year' }) } : {}),
  }
}

/** The about page: an AboutPage whose main entity is the host organization. */
export function aboutJsonLd(org: Organization, locale: Locale, place: PagePlace, title: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'AboutPage',
    '@id': place.url,
    url: place.url,
    name: title,
    inLanguage: LOCALE_INFO[locale].bcp47,
    isPartOf: { '@type': 'WebSite', name: place.siteName, url: place.homeUrl },
    mainEntity: organizationJsonLd(org, locale, place),
  }
}

export type ProgramParties = {
  owner?: Organization
  implementers: Organization[]
  funders: Organization[]
  municipalities: Municipality[]
}

/** A programme or project as schema.org's Project (an Organization): owner, members, funders, area served, period. */
export function programJsonLd(program: Program, locale: Locale, place: PagePlace, parties: ProgramParties): JsonLd {
  const org = (organization: Organization) => organizationJsonLd(organization, locale, place)
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': place.url,
    url: place.url,
    name: localizedString(program.title, locale),
    description: localizedString(program.summary, locale),
    ...(parties.owner ? { parentOrganization: org(parties.owner) } : {}),
    ...(parties.implementers.length ? { member: parties.implementers.map(org) } : {}),
    ...(parties.funders.length ? { funder: parties.funders.map(org) } : {}),
    ...(parties.municipalities.length
      ? { areaServed: parties.municipalities.map((municipality) => ({ '@type': 'AdministrativeArea', name: `${municipality.nameSq} / ${municipality.nameSr}` })) }
      : {}),
    ...(program.period?.start ? { foundingDate: isoDay(program.period.start) } : {}),
    ...(program.period?.end ? { dissolutionDate: isoDay(program.period.end) } : {}),
    subjectOf: { '@type': 'WebSite', name: place.siteName, url: place.homeUrl },
  }
}
