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
  var messages = JSON.parse(status.getAttribute('data-messages') || '{}')
  var items = Array.prototype.slice.call(results.querySelectorAll('[data-programme]'))
  var regionSelect = form.elements.namedItem('region')
  var themeRadios = Array.prototype.slice.call(form.querySelectorAll('input[name="theme"]'))

  function words(el, name) {
    return (el.getAttribute(name) || '').split(' ').filter(Boolean)
  }
  function has(list, value) {
    return list.indexOf(value) !== -1
  }

  function read() {
    var theme = ''
    themeRadios.forEach(function (r) {
      if (r.checked) theme = r.value
    })
    return { region: regionSelect.value, theme: theme }
  }

  // Set the form from the URL; a value the form does not offer is ignored.
  function restore() {
    var params = new URLSearchParams(location.search)
    var region = params.get('region') || ''
    var theme = params.get('theme') || ''
    if (Array.prototype.some.call(regionSelect.options, function (o) { return o.value === region })) regionSelect.value = region
    themeRadios.forEach(function (r) {
      r.checked = r.value === theme
    })
    if (!themeRadios.some(function (r) { return r.checked })) themeRadios[0].checked = true
  }

  function syncUrl(f) {
    var params = new URLSearchParams(location.search)
    params.delete('region')
    params.delete('theme')
    if (f.region) params.set('region', f.region)
    if (f.theme) params.set('theme', f.theme)
    var query = params.toString()
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash)
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
      item.querySelectorAll('[data-region]').forEach(function (li) {
        var mine = li.getAttribute('data-region') === f.region
        li.querySelector('[data-mark]').hidden = !mine
        li.classList.toggle('font-bold', mine)
      })
      item.querySelectorAll('[data-priority-themes]').forEach(function (li) {
        var match = Boolean(f.theme) && has(words(li, 'data-priority-themes'), f.theme)
        li.querySelector('[data-mark]').hidden = !match
        li.classList.toggle('font-bold', match)
      })
    })
    if (none) none.hidden = !(filtering && shown === 0)
    if (discontinued) discontinued.hidden = !filtering
    var text = filtering ? messages[String(shown)] : messages.all
    // Changing the live region's text is what screen readers announce.
    if (announce || status.textContent !== text) status.textContent = text
    syncUrl(f)
  }

  form.addEventListener('change', function () {
    apply(true)
  })
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    apply(true)
  })
  restore()
  apply(false)
})()
