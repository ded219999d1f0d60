// citeproc-js ships no types; the citation module uses only its table of output formats.
declare module 'citeproc' {
  const CSL: { Output: { Formats: Record<string, Record<string, unknown>> } }
  export default CSL
}
