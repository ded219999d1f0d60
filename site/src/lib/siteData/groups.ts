import type { Organization, Partner, Program } from '@arkivi/content-schemas'
import type { ActivityAt } from './types.ts'

/** Every programme activity under each municipality it runs in (keyed by municipality id). */
export function activitiesByMunicipality(programs: Program[]): Map<string, ActivityAt[]> {
  const byMunicipality = new Map<string, ActivityAt[]>()
  for (const program of programs) {
    for (const activity of program.activities) {
      for (const id of activity.municipalities) {
        const list = byMunicipality.get(String(id)) ?? []
        list.push({ program, activity })
        byMunicipality.set(String(id), list)
      }
    }
  }
  return byMunicipality
}

/** The organization the site is about (CEL): the first programme owner the public can see, else the first organization. */
export function hostOrganization(programs: Program[], organizations: Map<string, Organization>, organizationList: Organization[]): Organization {
  const owners = programs.flatMap((program) => (program.owner != null ? [organizations.get(String(program.owner))] : []))
  return owners.find((org) => org !== undefined) ?? organizationList[0]
}

/** The partners who support one organization as a whole or one programme, in listing order. */
export type PartnerGroup = { supported: { kind: 'organization'; organization: Organization } | { kind: 'program'; program: Program }; partners: Partner[] }

/**
 * Partners grouped by what they support: the host organization first (always, so an empty group
 * can tell editors where to add its supporters), then other organizations and the programmes that
 * have partners. A partner supporting several appears under each; one naming neither supports the
 * host. Relations the public cannot see are left out, as everywhere (a partner naming only those
 * is not listed).
 */
export function partnerGroups(partners: Partner[], programs: Program[], organizations: Map<string, Organization>, host: Organization | undefined): PartnerGroup[] {
  const byOrganization = new Map<string, Partner[]>()
  const byProgram = new Map<string, Partner[]>()
  const add = (map: Map<string, Partner[]>, id: string, partner: Partner) => map.set(id, [...(map.get(id) ?? []), partner])
  for (const partner of partners) {
    const organization = partner.supportedOrganization != null ? organizations.get(String(partner.supportedOrganization)) : undefined
    const supported = programs.filter((program) => partner.supportedPrograms.some((id) => String(id) === String(program.id)))
    if (organization) add(byOrganization, String(organization.id), partner)
    for (const program of supported) add(byProgram, String(program.id), partner)
    if (partner.supportedOrganization == null && partner.supportedPrograms.length === 0 && host) add(byOrganization, String(host.id), partner)
  }
  const others = [...organizations.values()].filter((organization) => organization !== host && byOrganization.has(String(organization.id)))
  return [
    ...(host ? [host] : []).map((organization) => ({
      supported: { kind: 'organization' as const, organization },
      partners: byOrganization.get(String(organization.id)) ?? [],
    })),
    ...others.map((organization) => ({ supported: { kind: 'organization' as const, organization }, partners: byOrganization.get(String(organization.id))! })),
    ...programs
      .filter((program) => byProgram.has(String(program.id)))
      .map((program) => ({ supported: { kind: 'program' as const, program }, partners: byProgram.get(String(program.id))! })),
  ]
}
