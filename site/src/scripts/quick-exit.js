// @ts-check
/**
 * Quick exit, after GOV.UK's "Exit this page": the button, or Shift pressed three times within
 * five seconds, blanks the page at once and replaces it with a neutral site.
 *
 * It is a classic script loaded in <head> so it runs before the page paints: when a visitor who
 * has left comes back with the Back button, the page is blanked and left again before anything
 * shows. Leaving is remembered in sessionStorage (this tab only, never sent anywhere); a fresh
 * visit (a link, a typed address) forgets it. `location.replace` keeps the exited page out of
 * the tab's history. Without JavaScript the button is a plain link to the same neutral site.
 */
;(function () {
  var KEY = 'arkivi-exited'
  var WINDOW_MS = 5000
  var root = document.documentElement

  /**
   * @template T
   * @param {(storage: Storage) => T} action
   * @returns {T | null}
   */
  function storage(action) {
    try {
      return action(window.sessionStorage)
    } catch {
      return null // storage disabled: the button and keys still work
    }
  }

  /** The neutral site: on <html>, so it is known before the body is parsed. */
  function target() {
    var link = document.querySelector('[data-quick-exit] a')
    return root.getAttribute('data-quick-exit-url') || (link instanceof HTMLAnchorElement ? link.href : 'about:blank')
  }

  function exit() {
    storage(function (s) {
      s.setItem(KEY, '1')
    })
    root.classList.add('quick-exit-active')
    var box = document.querySelector('[data-quick-exit]')
    if (document.body && box) {
      var overlay = document.createElement('div')
      overlay.className = 'quick-exit-overlay'
      overlay.setAttribute('role', 'alert')
      document.body.appendChild(overlay)
      overlay.textContent = box.getAttribute('data-activated') || ''
    }
    window.location.replace(target())
  }

  /**
   * Back/Forward after an exit leaves again; any other visit clears the memory of the exit.
   * @param {boolean} persisted the page comes from the back/forward cache
   */
  function onShow(persisted) {
    var entry = performance.getEntriesByType && performance.getEntriesByType('navigation')[0]
    var backForward = persisted || (entry && /** @type {PerformanceNavigationTiming} */ (entry).type === 'back_forward')
    if (
      storage(function (s) {
        return s.getItem(KEY)
      })
    ) {
      if (backForward) return exit()
      storage(function (s) {
        s.removeItem(KEY)
      })
    }
    root.classList.remove('quick-exit-active')
    var overlay = document.querySelector('.quick-exit-overlay')
    if (overlay) overlay.remove()
  }

  onShow(false)
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) onShow(true)
  })

  /** @type {number[]} */
  var presses = []
  var lastKeyWasModified = false
  document.addEventListener(
    'keyup',
    function (event) {
      // Shift used as a modifier (Shift+A) ends with a Shift keyup whose previous key had shiftKey.
      if (event.key === 'Shift' && !lastKeyWasModified) {
        var now = Date.now()
        presses = presses
          .filter(function (time) {
            return now - time < WINDOW_MS
          })
          .concat(now)
        announce(presses.length)
        if (presses.length >= 3) {
          presses = []
          exit()
        }
      } else {
        presses = []
      }
      lastKeyWasModified = event.shiftKey
    },
    true,
  )

  /** @param {number} count Shift presses so far */
  function announce(count) {
    var box = document.querySelector('[data-quick-exit]')
    var status = box && box.querySelector('[role="status"]')
    if (box && status) status.textContent = count === 1 ? box.getAttribute('data-two-more') || '' : count === 2 ? box.getAttribute('data-one-more') || '' : ''
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element && event.target.closest('[data-quick-exit] a')
    if (!link || event.defaultPrevented || event.button !== 0) return
    event.preventDefault()
    exit()
  })
})()
