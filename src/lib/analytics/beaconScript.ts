/**
 * What a reader's page tells /collect (the measurement contract: docs/measurement.md), with no
 * framework and no cookie: one `view` on load; `reached` once, when a ranking
 * ([data-beacon=reached]) first comes into view; `cta` and `copy` on a click of a link marked
 * with that event; `outbound` with the entry's framework slug on a click of a link inside a
 * [data-beacon-target] entry that leaves the site; `reweight` once, on the first `reweight` event
 * the scorecard's script dispatches (readers who re-weight, not how often they turn a select).
 *
 * A browser asking not to be tracked (Do Not Track, Global Privacy Control) sends nothing: the
 * endpoint refuses such requests too, but the request itself should not leave. A prerendered page
 * (a search result's speculation) counts only once the reader actually opens it.
 * Referrer and UTM values are trimmed (500 and 100 characters) so that a body stays under the
 * endpoint's 2,048 bytes whatever the URL: a URL is ASCII, and proxy.ts refuses control
 * characters in a query, so a UTM character takes at most 3 bytes in the JSON.
 */
export const BEACON_SCRIPT = `(function () {
  var n = navigator
  if (n.doNotTrack === '1' || n.globalPrivacyControl === true || !n.sendBeacon) return
  function send(e, more) {
    var body = { p: location.pathname, e: e }
    for (var key in more) body[key] = more[key]
    n.sendBeacon('/collect', JSON.stringify(body))
  }
  function start() {
    var query = new URLSearchParams(location.search)
    var view = { w: innerWidth }
    var utm = {}
    ;['source', 'medium', 'campaign'].forEach(function (name) {
      var value = query.get('utm_' + name)
      if (!value) return
      utm[name[0]] = value.slice(0, 100)
      view.u = utm
    })
    if (document.referrer) view.r = document.referrer.slice(0, 500)
    send('view', view)
    var rankings = document.querySelectorAll('[data-beacon=reached]')
    if (rankings.length && window.IntersectionObserver) {
      var seen = new IntersectionObserver(function (entries) {
        if (!entries.some(function (entry) { return entry.isIntersecting })) return
        seen.disconnect()
        send('reached')
      })
      ;[].forEach.call(rankings, function (ranking) { seen.observe(ranking) })
    }
    function click(event) {
      var link = event.button < 2 && event.target instanceof Element && event.target.closest('a[href]')
      if (!link) return
      var kind = link.getAttribute('data-beacon')
      var entry = link.closest('[data-beacon-target]')
      if (kind === 'cta' || kind === 'copy') send(kind)
      else if (entry && /^https?:$/.test(link.protocol) && link.host !== location.host)
        send('outbound', { t: entry.getAttribute('data-beacon-target') })
    }
    document.addEventListener('click', click)
    document.addEventListener('auxclick', click)
    document.addEventListener('reweight', function () { send('reweight') }, { once: true })
  }
  if (document.prerendering) document.addEventListener('prerenderingchange', start, { once: true })
  else start()
})()
`
