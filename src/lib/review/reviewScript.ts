/** Where share-link previews load the review's script from (app/(site)/review.js). */
export const REVIEW_SCRIPT_PATH = '/review.js'

/**
 * The review, inline (share-link previews only; every form works without it). It remembers the
 * reviewer's name in this browser and fills it in; posts a comment or verdict as JSON to /review
 * and shows it without a reload, moving focus to it; and, when words inside a place of the draft
 * are selected, offers "Comment on selection", which opens that place's form with the words
 * quoted. Its text is set with textContent only: a comment is plain text.
 */
export const REVIEW_SCRIPT = `(function () {
  var KEY = 'review-name'
  function remembered() {
    try { return localStorage.getItem(KEY) || '' } catch (e) { return '' }
  }
  function names() { return document.querySelectorAll('.review-form input[name="name"]') }
  names().forEach(function (input) { if (!input.value) input.value = remembered() })
  document.addEventListener('change', function (event) {
    var input = event.target
    if (!(input instanceof HTMLInputElement) || input.name !== 'name' || !input.closest('.review-form')) return
    var name = input.value.trim()
    try { localStorage.setItem(KEY, name) } catch (e) {}
    names().forEach(function (other) { other.value = name })
  })

  function el(tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text) node.textContent = text
    return node
  }
  function say(form, text, error) {
    var status = form.querySelector('[data-review-status]')
    if (!status) return
    status.textContent = text
    if (error) status.setAttribute('data-error', '')
    else status.removeAttribute('data-error')
  }
  function problem(json, status) {
    var first = json && json.errors && json.errors[0]
    if (first && first.message) return 'Not sent: ' + first.message
    return 'Not sent (' + status + '). Try again, or reload the page.'
  }

  function commentSent(form, data, id) {
    var corner = form.closest('[data-review-corner]')
    var list = corner && corner.querySelector('[data-review-threads]')
    var item = el('li', 'review-thread')
    item.id = 'comment-' + id
    item.tabIndex = -1
    item.setAttribute('data-state', 'open')
    if (data.quote) item.appendChild(el('blockquote', 'review-quote', data.quote))
    var meta = el('p', 'review-meta')
    meta.appendChild(el('span', 'review-author', data.name || 'Reviewer'))
    meta.appendChild(document.createTextNode(' · just now · '))
    meta.appendChild(el('span', 'review-state', 'Open'))
    item.appendChild(meta)
    item.appendChild(el('p', 'review-body', data.body))
    if (list) list.insertBefore(item, list.firstChild)
    form.querySelector('[name="body"]').value = ''
    var quote = form.querySelector('[name="quote"]')
    if (quote) quote.value = ''
    say(form, '')
    var details = form.closest('details')
    if (details) details.open = false
    item.focus()
  }

  function verdictSent(form, data) {
    var state = document.querySelector('[data-review-verdict]')
    if (state) {
      var approve = data.verdict === 'approve'
      state.setAttribute('data-review-verdict', approve ? 'approved' : 'changes')
      state.textContent = (approve ? 'Approved for this draft' : 'Changes requested on this draft') + ' (just now).'
      state.tabIndex = -1
      state.focus()
    }
    form.querySelector('[name="body"]').value = ''
    say(form, 'Verdict sent.')
  }

  document.addEventListener('submit', function (event) {
    var form = event.target
    if (!(form instanceof HTMLFormElement) || !form.matches('.review-form')) return
    event.preventDefault()
    var data = {}
    new FormData(form).forEach(function (value, key) { if (typeof value === 'string') data[key] = value })
    var button = form.querySelector('button[type="submit"]')
    if (button) button.disabled = true
    say(form, 'Sending…')
    fetch('/review', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
      credentials: 'same-origin',
    })
      .then(function (response) {
        return response.json().catch(function () { return {} }).then(function (json) {
          if (!response.ok) throw new Error(problem(json, response.status))
          return json
        })
      })
      .then(function (json) {
        if (form.getAttribute('data-review-form') === 'verdict') verdictSent(form, data)
        else commentSent(form, data, json.id)
      })
      .catch(function (error) {
        say(form, error && error.message ? error.message : 'Not sent. Try again.', true)
        var body = form.querySelector('[name="body"]')
        if (body) body.focus()
      })
      .then(function () { if (button) button.disabled = false })
  })

  var offer = el('button', 'review-select-button', 'Comment on selection')
  offer.type = 'button'
  offer.hidden = true
  document.body.appendChild(offer)
  var pending = null
  function hide() { offer.hidden = true; pending = null }
  function cornerFor(field) {
    var corners = document.querySelectorAll('[data-review-corner]')
    for (var i = 0; i < corners.length; i++) {
      if (corners[i].getAttribute('data-review-corner') === field) return corners[i]
    }
    return null
  }
  function check() {
    var selection = getSelection()
    if (!selection || selection.isCollapsed || !selection.rangeCount) return hide()
    var node = selection.getRangeAt(0).commonAncestorContainer
    var at = node.nodeType === 1 ? node : node.parentElement
    var place = at && !at.closest('.review-corner, .review-panel') && at.closest('[data-review-field]')
    var quote = selection.toString().replace(/\\s+/g, ' ').trim().slice(0, 500)
    var corner = place && cornerFor(place.getAttribute('data-review-field'))
    if (!quote || !corner || !corner.querySelector('form')) return hide()
    pending = { corner: corner, quote: quote }
    offer.hidden = false
  }
  var timer = 0
  document.addEventListener('selectionchange', function () {
    clearTimeout(timer)
    timer = setTimeout(check, 150)
  })
  // Pressing the button must not drop the selection it is about.
  offer.addEventListener('mousedown', function (event) { event.preventDefault() })
  offer.addEventListener('click', function () {
    if (!pending) return
    var corner = pending.corner
    var details = corner.querySelector('details')
    if (details) details.open = true
    var quote = corner.querySelector('[name="quote"]')
    if (quote) quote.value = pending.quote
    hide()
    var body = corner.querySelector('[name="body"]')
    if (body) body.focus()
  })
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !offer.hidden) hide()
    // With the keyboard, Alt+C comments on what is selected.
    if (event.altKey && (event.key === 'c' || event.key === 'C') && !offer.hidden) {
      event.preventDefault()
      offer.click()
    }
  })
})()
`
