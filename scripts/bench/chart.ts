/**
 * The sweep's chart as a self-contained SVG (no charting library, no fonts to fetch): time of
 * each stage against N on the left, peak RSS of each stage against N on the right.
 */
import type { BenchResult } from './run.ts'

type Series = { label: string; color: string; values: number[] }

const WIDTH = 560
const HEIGHT = 320
/** The legend sits in the right margin, clear of the lines. */
const MARGIN = { top: 40, right: 140, bottom: 50, left: 60 }

function niceMax(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value || 1))
  return Math.ceil(value / step) * step
}

function panel(title: string, unit: string, xs: number[], series: Series[], offsetX: number): string {
  const innerW = WIDTH - MARGIN.left - MARGIN.right
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom
  const maxX = Math.max(...xs)
  const maxY = niceMax(Math.max(...series.flatMap((line) => line.values.filter(Number.isFinite))))
  const x = (value: number) => MARGIN.left + (value / maxX) * innerW
  const y = (value: number) => MARGIN.top + innerH - (value / maxY) * innerH
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * maxY)
  const parts = [
    `<g transform="translate(${offsetX},0)">`,
    `<text x="${MARGIN.left + innerW / 2}" y="20" text-anchor="middle" font-weight="bold">${title}</text>`,
    ...ticks.map(
      (tick) =>
        `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/><text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${Number(tick.toPrecision(3))}</text>`,
    ),
    ...xs.map((value) => `<text x="${x(value)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${value.toLocaleString('en-US')}</text>`),
    `<text x="${MARGIN.left + innerW / 2}" y="${HEIGHT - 12}" text-anchor="middle">items (× 3 locales)</text>`,
    `<text transform="translate(16,${MARGIN.top + innerH / 2}) rotate(-90)" text-anchor="middle">${unit}</text>`,
    ...series.map((line, index) => {
      const points = line.values.map((value, i) => `${x(xs[i])},${y(value)}`).join(' ')
      const legendY = MARGIN.top + 14 * index
      return (
        `<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${points}"/>` +
        line.values.map((value, i) => `<circle cx="${x(xs[i])}" cy="${y(value)}" r="3" fill="${line.color}"/>`).join('') +
        `<rect x="${WIDTH - MARGIN.right + 12}" y="${legendY - 8}" width="10" height="10" fill="${line.color}"/><text x="${WIDTH - MARGIN.right + 26}" y="${legendY + 1}">${line.label}</text>`
      )
    }),
    '</g>',
  ]
  return parts.join('\n')
}

/** A figure of a run, in milliseconds or bytes. */
type Pick = (result: BenchResult) => number | undefined

/** Each stage keeps its colour in both panels; it stands in the panels it has a figure for. */
const STAGES: { color: string; time?: [label: string, ms: Pick]; memory?: [label: string, bytes: Pick] }[] = [
  { color: '#7f7f7f', time: ['load (items)', (r) => r.load.itemsMs], memory: ['load', (r) => r.load.peakRssBytes] },
  { color: '#1f77b4', time: ['fetch', (r) => r.fetch.ms], memory: ['fetch', (r) => r.fetch.peakRssBytes] },
  { color: '#2ca02c', time: ['render', (r) => r.build.phases.render?.ms], memory: ['render', (r) => r.build.phases.render?.peakRssBytes] },
  { color: '#ff7f0e', time: ['index', (r) => r.build.phases.index?.ms], memory: ['index', (r) => r.build.phases.index?.peakRssBytes] },
  { color: '#d62728', time: ['site build total', (r) => r.build.ms] },
  { color: '#9467bd', time: ['trivial-page build', (r) => r.baseline.ms] },
  { color: '#8c564b', memory: ['CMS during build', (r) => r.build.cmsPeakRssBytes] },
  { color: '#e377c2', memory: ['search (Chromium)', (r) => r.search.peakRssBytes] },
]

export function sweepChart(results: BenchResult[]): string {
  const xs = results.map((result) => result.items)
  const series = (panel: 'time' | 'memory', unit: number): Series[] =>
    STAGES.flatMap(({ color, [panel]: line }) => (line ? [{ label: line[0], color, values: results.map((result) => (line[1](result) ?? NaN) / unit) }] : []))
  const time = series('time', 1000)
  const memory = series('memory', 1e9)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${panel('Time per stage', 'seconds', xs, time, 0)}
${panel('Peak RSS per stage', 'GB', xs, memory, WIDTH)}
</svg>
`
}
