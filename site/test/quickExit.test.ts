import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { SITE_DIR } from './lib/build.ts'

/**
 * The quick-exit script (src/scripts/quick-exit.js) run against a minimal stand-in for the
 * browser: just enough DOM, storage, history and timing to watch what it does.
 */
type Listener = (event: Record<string, unknown>) => void

function browser({ navigationType = 'navigate', exited = false } = {}) {
  let now = 1_000_000
  let parsed = false
  const listeners: Record<string, Listener[]> = {}
  const classes = new Set<string>()
  const storage = new Map<string, string>(exited ? [['arkivi-exited', '1']] : [])
  const replaced: string[] = []
  const appended: { className: string; textContent: string }[] = []
  class Element {}
  class HTMLAnchorElement extends Element {
    href = 'https://neutral.example/weather'
    closest() {
      return this
    }
  }
  const link = new HTMLAnchorElement()
  const status = { textContent: '' }
  const box = {
    getAttribute: (name: string) => ({ 'data-activated': 'Loading.', 'data-two-more': 'two more', 'data-one-more': 'one more' })[name] ?? null,
    querySelector: () => status,
  }
  const on = (target: string) => (type: string, listener: Listener) => (listeners[`${target}:${type}`] ??= []).push(listener)
  const document = {
    documentElement: {
      classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
      getAttribute: (name: string) => (name === 'data-quick-exit-url' ? 'https://neutral.example/weather' : null),
    },
    body: { appendChild: (node: { className: string; textContent: string }) => appended.push(node) },
    // Before the body is parsed (a Back navigation re-running the script) nothing is found.
    querySelector: (selector: string) => (!parsed ? null : selector === '[data-quick-exit] a' ? link : selector === '[data-quick-exit]' ? box : null),
    createElement: () => ({ className: '', textContent: '', setAttribute() {} }),
    addEventListener: on('document'),
  }
  const window = {
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
      removeItem: (k: string) => storage.delete(k),
    },
    location: { replace: (url: string) => replaced.push(url) },
    addEventListener: on('window'),
  }
  const context = {
    window,
    document,
    performance: { getEntriesByType: () => [{ type: navigationType }] },
    Date: { now: () => now },
    HTMLAnchorElement,
    Element,
  }
  runInNewContext(readFileSync(path.join(SITE_DIR, 'src/scripts/quick-exit.js'), 'utf8'), context)
  parsed = true
  const fire = (key: string, type: string, event: Record<string, unknown>) => listeners[`${key}:${type}`]?.forEach((l) => l(event))
  return {
    replaced,
    classes,
    storage,
    status,
    appended,
    key: (key: string, shiftKey = false) => fire('document', 'keyup', { key, shiftKey }),
    wait: (ms: number) => (now += ms),
    click: () => {
      const event = { target: link, button: 0, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      fire('document', 'click', event)
      return event
    },
    pageshow: (persisted: boolean) => fire('window', 'pageshow', { persisted }),
  }
}

describe('quick exit', () => {
  it('leaves for the neutral site at once when the button is pressed, blanking the page', () => {
    const page = browser()
    const event = page.click()
    expect(event.defaultPrevented).toBe(true)
    expect(page.replaced).toEqual(['https://neutral.example/weather'])
    expect(page.classes.has('quick-exit-active')).toBe(true)
    expect(page.appended[0]).toMatchObject({ className: 'quick-exit-overlay', textContent: 'Loading.' })
  })

  it('leaves after Shift is pressed three times within five seconds, announcing the count', () => {
    const page = browser()
    page.key('Shift')
    expect(page.status.textContent).toBe('two more')
    page.wait(2000)
    page.key('Shift')
    expect(page.status.textContent).toBe('one more')
    page.wait(2000)
    page.key('Shift')
    expect(page.replaced).toHaveLength(1)
  })

  it('does not leave when the presses are spread over more than five seconds, or interrupted', () => {
    const slow = browser()
    slow.key('Shift')
    slow.wait(3000)
    slow.key('Shift')
    slow.wait(2500)
    slow.key('Shift')
    expect(slow.replaced).toEqual([])

    const typing = browser()
    typing.key('Shift')
    typing.key('Shift')
    typing.key('a')
    typing.key('Shift')
    expect(typing.replaced).toEqual([])

    // Shift used to type capitals (Shift+A, then Shift released) is not a press.
    const capitals = browser()
    for (let i = 0; i < 3; i++) {
      capitals.key('A', true)
      capitals.key('Shift')
    }
    expect(capitals.replaced).toEqual([])
  })

  it('leaves again when the visitor comes back with the Back button (pageshow from the cache, or a back/forward load before the body is parsed)', () => {
    const cached = browser()
    cached.click()
    cached.classes.clear()
    cached.pageshow(true)
    expect(cached.replaced).toHaveLength(2)
    expect(cached.classes.has('quick-exit-active')).toBe(true)

    const reloaded = browser({ navigationType: 'back_forward', exited: true })
    expect(reloaded.replaced).toEqual(['https://neutral.example/weather'])
  })

  it('forgets the exit on a fresh visit, so the site can be opened again', () => {
    const fresh = browser({ navigationType: 'navigate', exited: true })
    expect(fresh.replaced).toEqual([])
    expect(fresh.storage.has('arkivi-exited')).toBe(false)
    expect(fresh.classes.has('quick-exit-active')).toBe(false)
  })
})
