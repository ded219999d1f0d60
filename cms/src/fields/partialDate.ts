import { DATE_PRECISIONS } from '@arkivi/content-schemas'
import type { GroupField } from 'payload'
import { vocabularyOptions } from './options.ts'

/**
 * A date as archives know it: a day, or only a month or a year, possibly approximate
 * ("c. 2013"). The value is stored as an ISO date at the start of the period.
 */
export function partialDateField(name: string, { required = false } = {}): GroupField {
  return {
    name,
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'value',
            type: 'date',
            required,
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
          {
            name: 'precision',
            type: 'select',
            required: true,
            defaultValue: 'day',
            options: vocabularyOptions(DATE_PRECISIONS),
          },
          { name: 'approximate', type: 'checkbox', defaultValue: false },
        ],
      },
    ],
  }
}
