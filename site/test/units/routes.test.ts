import { describe, expect, it } from 'vitest'
import { alternates, localePath, splitLocale } from '../../src/i18n/routes.ts'

describe('routes', () => {
  it('put every page at the same path in each locale', () => {
    expect(alternates('items/ark-1/')).toEqual([
      { locale: 'sq', href: '/sq/items/ark-1/' },
      { locale: 'sr', href: '/sr/items/ark-1/' },
      { locale: 'en', href: '/en/items/ark-1/' },
    ])
    expect(localePath('sr', '')).toBe('/sr/')
    expect(splitLocale('/en/archive/page/2/')).toEqual({ locale: 'en', path: 'archive/page/2/' })
    expect(splitLocale('/pagefind/x')).toBeNull()
  })
})
