import { describe, expect, it } from 'vitest'
import { partnerGroups } from '../../src/lib/siteData/groups.ts'
import { byId } from '../../src/lib/siteData/relations.ts'

/** Plain documents with only the fields partnerGroups reads; the types are the loaders'. */
const organization = (id: number, slug: string) => ({ id, slug }) as never
const program = (id: number, slug: string) => ({ id, slug }) as never
const partner = (name: string, supportedOrganization: number | null, supportedPrograms: number[]) => ({ name, supportedOrganization, supportedPrograms }) as never

const [cel, iom, fund] = [organization(1, 'cel'), organization(2, 'iom'), organization(3, 'mptf')]
const [support, joint] = [program(10, 'support'), program(11, 'un-joint')]
const organizations = byId<{ id: number }>([cel, iom, fund]) as never

const summary = (groups: ReturnType<typeof partnerGroups>) =>
  groups.map(({ supported, partners }) => [
    supported.kind === 'organization' ? (supported.organization as { slug: string }).slug : (supported.program as { slug: string }).slug,
    partners.map((p) => (p as { name: string }).name),
  ])

describe('partners grouped by what they support', () => {
  it('lists the host organization first, even with no supporters, then organizations and programmes that have partners', () => {
    const groups = partnerGroups([partner('IOM', null, [11]), partner('UNHCR', null, [11])], [support, joint], organizations, cel)
    expect(summary(groups)).toEqual([
      ['cel', []],
      ['un-joint', ['IOM', 'UNHCR']],
    ])
  })

  it('puts a partner under every organization and programme it supports, and one naming neither under the host', () => {
    const groups = partnerGroups([partner('A', 3, [10, 11]), partner('B', null, []), partner('C', 1, [])], [support, joint], organizations, cel)
    expect(summary(groups)).toEqual([
      ['cel', ['B', 'C']],
      ['mptf', ['A']],
      ['support', ['A']],
      ['un-joint', ['A']],
    ])
  })

  it('leaves out what the public cannot see: a partner naming only unpublished documents is not listed', () => {
    const groups = partnerGroups([partner('A', 99, [98])], [joint], organizations, cel)
    expect(summary(groups)).toEqual([['cel', []]])
  })

  it('has no groups without a host organization and partners', () => {
    expect(partnerGroups([], [], organizations, undefined)).toEqual([])
  })
})
