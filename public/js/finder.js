// The programme finder, enhanced: the list narrows as soon as a filter changes, the
// filters live in the URL (?region=…&theme=…) so a link brings them back, and the
// result count is announced through the page's aria-live region. Without this script
// the form still submits and the full list shows. Matching follows
// lib/programmes/finder.ts: a programme fits when the chosen area is in its area, one of
// its priorities covers the chosen theme, and it is not discontinued.
;(function () {
  var form = document.getElementById('finder-form')
  var status = document.getElementById('finder-status')
  var results = document.getElementById('finder-results')
  if (!form || !status || !results) return
  var none = document.getElementById('finder-none')
  var discontinued = document.getElementById('finder-discontinued')
  var unknownNote = document.getElementById('finder-unknown')
  var messages = JSON.parse(status.getAttribute('data-messages') || '{}')
  var items = Array.prototype.slice.call(results.querySelectorAll('[data-programme]'))
  var regionSelect = form.elements.namedItem('region')
  var themeSelect = form.elements.namedItem('theme')
  var PARAMS = ['region', 'theme']

  function words(el, name) {
    return (el.getAttribute(name) || '').split(' ').filter(Boolean)
  }
  function has(list, value) {
    return list.indexOf(value) !== -1
  }
  function offers(select, value) {
    return Array.prototype.some.call(select.options, function (o) {
      return o.value === value
    })
  }

  function read() {
    return { region: regionSelect.value, theme: themeSelect.value }
  }

  // Set the form from the URL. A value the form does not offer is ignored, and the page
  // says so: an old or mistyped link must not silently show everything.
  function restore() {
    var params = new URLSearchParams(location.search)
    var unknown = []
    ;[
      [regionSelect, params.get('region') || ''],
      [themeSelect, params.get('theme') || ''],
    ].forEach(function (pair) {
      if (offers(pair[0], pair[1])) pair[0].value = pair[1]
      else unknown.push(pair[1])
    })
    if (unknownNote && unknown.length > 0) {
      unknownNote.textContent = unknownNote.getAttribute('data-message').replace('{{values}}', unknown.join(', '))
      unknownNote.hidden = false
    }
  }

  function syncUrl(f) {
    var params = new URLSearchParams(location.search)
    PARAMS.forEach(function (name) {
      params.delete(name)
      if (f[name]) params.set(name, f[name])
    })
    var query = params.toString()
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash)
  }

  function mark(el, on) {
    el.querySelector('[data-mark]').hidden = !on
    el.classList.toggle('font-bold', on)
  }

  function apply(announce) {
    var f = read()
    var filtering = Boolean(f.region || f.theme)
    var shown = 0
    items.forEach(function (item) {
      var eligible = !f.region || has(words(item, 'data-regions'), f.region)
      var themeFits = !f.theme || has(words(item, 'data-themes'), f.theme)
      var open = item.getAttribute('data-status') !== 'discontinued'
      var fits = !filtering || (eligible && themeFits && open)
      item.hidden = !fits
      if (fits) shown++
      // Mark why it fits: the chosen area, and the priorities that cover the theme.
      item.querySelectorAll('[data-region]').forEach(function (el) {
        mark(el, el.getAttribute('data-region') === f.region)
      })
      item.querySelectorAll('[data-all-norway]').forEach(function (el) {
        mark(el, Boolean(f.region) && eligible)
      })
      item.querySelectorAll('[data-priority-themes]').forEach(function (el) {
        mark(el, Boolean(f.theme) && has(words(el, 'data-priority-themes'), f.theme))
      })
    })
    // Nothing fits: whom to ask, for the chosen area if the site knows its county council.
    if (none) {
      none.hidden = !(filtering && shown === 0)
      var specific = false
      none.querySelectorAll('[data-next-step-region]').forEach(function (el) {
        el.hidden = el.getAttribute('data-next-step-region') !== f.region
        if (!el.hidden) specific = true
      })
      var any = none.querySelector('[data-next-step-any]')
      if (any) any.hidden = specific
    }
    if (discontinued) discontinued.hidden = !filtering
    var text = filtering ? messages[String(shown)] : messages.all
    // Changing the live region's text is what screen readers announce.
    if (announce || status.textContent !== text) status.textContent = text
    syncUrl(f)
  }

  // The language link keeps the filters: their values are ids, the same in every language.
  function keepFiltersOnLanguageLink(event) {
    var link = event.target.closest && event.target.closest('a[hreflang]')
    if (!link || link.getAttribute('aria-current')) return
    var f = read()
    var params = new URLSearchParams()
    PARAMS.forEach(function (name) {
      if (f[name]) params.set(name, f[name])
    })
    var url = new URL(link.href, location.href)
    url.search = params.toString()
    link.href = url.pathname + url.search + url.hash
  }
  ;['click', 'auxclick', 'focusin', 'mouseover'].forEach(function (type) {
    document.addEventListener(type, keepFiltersOnLanguageLink)
  })

  form.addEventListener('change', function () {
    apply(true)
  })
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    apply(true)
  })
  // The list follows every change at once, so the button only takes room on a phone's first screen.
  var submit = form.querySelector('[type="submit"]')
  if (submit) submit.hidden = true
  restore()
  apply(false)
})()
