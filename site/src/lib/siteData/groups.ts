import type { Organization, Program } from '@arkivi/content-schemas'
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
