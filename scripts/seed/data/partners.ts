/**
 * Supporters and partners. CEL's "Mbështetësit dhe partnerët" listing shows 14 logos whose
 * names are not in the source text, so none of them is seeded; only the organizations the
 * documents name as supporting a program are: the fund that established the UN joint project
 * and the three UN agencies implementing it. Each partner's logo is the placeholder file
 * `logo-<organization>` (see files.ts). They support the project (`supportedPrograms`); no partner
 * supports CEL as a whole (`supportedOrganization`), so the partners page shows CEL's group empty,
 * with a note telling editors where to add its supporters.
 */
import type { SeedPartner } from './types.ts'

export const partners: SeedPartner[] = [
  {
    organization: 'mptf',
    tier: 'donor',
    supportedPrograms: ['un-joint-covid-19-project'],
    logoAlt: { sq: 'Logoja e fondit MPTF', sr: 'Logo fonda MPTF', en: 'Logo of the MPTF' },
    sortOrder: 10,
  },
  {
    organization: 'iom',
    tier: 'partner',
    supportedPrograms: ['un-joint-covid-19-project'],
    logoAlt: { sq: 'Logoja e organizatës IOM', sr: 'Logo organizacije IOM', en: 'Logo of IOM' },
    sortOrder: 20,
  },
  {
    organization: 'unhcr',
    tier: 'partner',
    supportedPrograms: ['un-joint-covid-19-project'],
    logoAlt: { sq: 'Logoja e organizatës UNHCR', sr: 'Logo organizacije UNHCR', en: 'Logo of UNHCR' },
    sortOrder: 30,
  },
  {
    organization: 'un-women',
    tier: 'partner',
    supportedPrograms: ['un-joint-covid-19-project'],
    logoAlt: { sq: 'Logoja e organizatës UN Women', sr: 'Logo organizacije UN Women', en: 'Logo of UN Women' },
    sortOrder: 40,
  },
]
