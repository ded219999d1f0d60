import { describe, expect, it } from 'vitest'
import { archiveItemSchema, mediaFieldsOf, organizationSchema, partnerSchema, programSchema, subjectSchema } from '../index.ts'

describe('mediaFieldsOf', () => {
  it('names the fields built with the media helpers, and no other relation or rich text', () => {
    expect(mediaFieldsOf(archiveItemSchema)).toEqual({ ids: ['files'], richText: ['description', 'transcript'] })
    expect(mediaFieldsOf(programSchema)).toEqual({ ids: ['documents'], richText: ['body', 'expectedResults', 'targetBeneficiaries', 'referralMechanism'] })
    expect(mediaFieldsOf(organizationSchema)).toEqual({ ids: ['logo'], richText: ['description'] })
    expect(mediaFieldsOf(partnerSchema)).toEqual({ ids: ['logo'], richText: [] })
    expect(mediaFieldsOf(subjectSchema)).toEqual({ ids: [], richText: [] })
  })
})
