/**
 * The reader's re-weighting, at once, with no framework: the same arithmetic as
 * src/lib/scorecard/rank.ts (Σ weight × score, most points first, ties in our editorial order)
 * over the numbers the server wrote into the scorecard (data-criterion, data-score), or our
 * editorial order when the weights are ours again, then every
 * list marked data-scorecard-list puts its data-entry children in that order. The URL follows as
 * the one canonical `?w=` (pairs in the criteria's order, only those that differ from ours), so a
 * shared link opens the same order; the server renders it the same way without this script.
 * Each re-weighting is announced as a `reweight` event, which the beacon counts.
 */
export const SCORECARD_SCRIPT = `(function () {
  var form = document.querySelector('form[data-weights]')
  if (!form) return
  var selects = [].slice.call(form.querySelectorAll('select[name=w]'))
  var rows = [].slice.call(document.querySelectorAll('tbody[data-scorecard-list] tr[data-editorial-rank]'))
  function pair(value) {
    var at = value.lastIndexOf(':')
    return [value.slice(0, at), Number(value.slice(at + 1))]
  }
  function apply() {
    var weights = {}
    var changed = []
    selects.forEach(function (select) {
      var p = pair(select.value)
      weights[p[0]] = p[1]
      if (select.value !== select.getAttribute('data-editorial')) changed.push(select.value)
    })
    var ranked = rows.map(function (row) {
      var points = 0
      var max = 0
      ;[].forEach.call(row.querySelectorAll('[data-criterion]'), function (cell) {
        var weight = weights[cell.getAttribute('data-criterion')] || 0
        points += weight * (Number(cell.getAttribute('data-score')) || 0)
        max += weight * 10
      })
      return {
        key: row.getAttribute('data-entry'),
        editorial: Number(row.getAttribute('data-editorial-rank')),
        points: points,
        score: max ? Math.round((points * 100) / max) / 10 : 0,
      }
    })
    // Our weights give our editorial ranking, which a declared difference may set apart from the
    // scores: exactly the page the server renders without \`w\`.
    ranked.sort(function (a, b) {
      return (changed.length ? b.points - a.points : 0) || a.editorial - b.editorial
    })
    ;[].forEach.call(document.querySelectorAll('[data-scorecard-list]'), function (list) {
      var items = ranked.map(function (entry) {
        return list.querySelector(':scope > [data-entry="' + entry.key + '"]')
      })
      if (items.indexOf(null) >= 0) return
      var last = items.reduce(function (a, b) {
        return a.compareDocumentPosition(b) & 4 ? b : a
      })
      var after = last.nextSibling
      items.forEach(function (item, index) {
        list.insertBefore(item, after)
        ;[].forEach.call(item.querySelectorAll('[data-rank]'), function (rank) {
          rank.textContent = String(index + 1)
        })
        var weighted = item.querySelector('[data-weighted]')
        if (weighted) weighted.textContent = ranked[index].score.toFixed(1)
      })
    })
    selects.forEach(function (select) {
      var p = pair(select.value)
      ;[].forEach.call(document.querySelectorAll('[data-weight-of="' + p[0] + '"]'), function (node) {
        node.textContent = String(p[1])
      })
    })
    ;[].forEach.call(document.querySelectorAll('[data-own-weighting]'), function (notice) {
      notice.hidden = changed.length === 0
    })
    var query = changed.length ? '?w=' + changed.join(',') : ''
    history.replaceState(history.state, '', location.pathname + query + location.hash)
    // For the measurement beacon (src/lib/analytics/beaconScript.ts): a reader re-weighted.
    form.dispatchEvent(new Event('reweight', { bubbles: true }))
  }
  form.addEventListener('change', apply)
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    apply()
  })
})()
`
