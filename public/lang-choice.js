// "/" → the reader's language: Norwegian (nb, nn, no) to /nb/, anything else to /en/.
;(function () {
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']
  var norwegian = /^(nb|nn|no)(-|$)/i.test(langs[0] || '')
  location.replace(norwegian ? '/nb/' : '/en/')
})()
