'use client'

import { useEffect } from 'react'

// The admin has no address for a tab or a field: a Checks "Fix" link carries them after the hash
// (`#jump=cta.url&tab=Caveats+%26+CTA`, src/lib/checks/jump.ts). This opens the tab, then scrolls
// to the field and focuses it, when the edit view loads with such a hash or a link to one is
// clicked on it. Mounted in the sidebar, which every tab shows.

const TRIES = 40

const idOf = (path: string) => `field-${path.replace(/\./g, '__')}`

/** The field's element, or its nearest enclosing one (`layout.2.url` → `layout.2` → `layout`). */
function fieldElement(path: string): HTMLElement | null {
  const parts = path.split('.')
  while (parts.length > 0) {
    const id = idOf(parts.join('.'))
    const found =
      document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}"]`)
    if (found) return found
    parts.pop()
  }
  return null
}

function openTab(label: string) {
  const buttons = document.querySelectorAll<HTMLButtonElement>('.tabs-field__tab-button')
  const tab = [...buttons].find((button) => button.textContent?.trim() === label)
  if (tab && !tab.className.includes('--active')) tab.click()
}

function jump(hash: string) {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const field = params.get('jump')
  const tab = params.get('tab')
  if (!field && !tab) return
  if (tab) openTab(tab)
  if (!field) return
  // The tab renders its fields, then the form may render them again: the element found first can
  // be replaced. Focus until the field keeps it for a few ticks.
  let tries = 0
  let steady = 0
  let shown: HTMLElement | null = null
  const find = () => {
    const element = fieldElement(field)
    const input =
      element && element.matches('input, textarea, [contenteditable="true"]')
        ? element
        : element?.querySelector<HTMLElement>('input, textarea, [contenteditable="true"], button')
    const target = input ?? element
    if (target && (target === document.activeElement || target.contains(document.activeElement))) {
      steady += 1
    } else if (element) {
      steady = 0
      if (element !== shown) {
        shown = element
        element.scrollIntoView({ block: 'center' })
        element.classList.add('checks-jump-target')
        window.setTimeout(() => element.classList.remove('checks-jump-target'), 2500)
      }
      input?.focus({ preventScroll: true })
    }
    if (steady < 3 && ++tries < TRIES) window.setTimeout(find, 75)
  }
  find()
}

export function FieldJump() {
  useEffect(() => {
    const onHash = () => jump(window.location.hash)
    // A link to this same document only changes the hash; the same link twice changes nothing.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href*="#"]')
      if (!(link instanceof HTMLAnchorElement)) return
      const url = new URL(link.href)
      if (url.pathname !== window.location.pathname || !/(^|&)(jump|tab)=/.test(url.hash.slice(1)))
        return
      event.preventDefault()
      window.history.replaceState(null, '', url.hash)
      jump(url.hash)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    document.addEventListener('click', onClick)
    return () => {
      window.removeEventListener('hashchange', onHash)
      document.removeEventListener('click', onClick)
    }
  }, [])
  return null
}
