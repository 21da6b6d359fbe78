import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { proxy } from '../../proxy'

// Refusals the proxy answers itself, before any route, the database or the redirect table is asked.
const refusal = async (path: string) => {
  const response = await proxy(new NextRequest(new URL(path, 'http://site.invalid')))
  return { status: response.status, text: await response.text() }
}

describe('proxy: control characters in a page address', () => {
  it.each([
    ['/guides/%00', /^Bad request: path: holds the control character U\+0000/],
    ['/guides/x?ref=a%1Bb', /^Bad request: ref: holds the control character U\+001B/],
    ['/preview?token=%00', /^Bad request: token: holds/],
    ['/admin/collections/guides?where[slug][equals]=%00', /where\[slug\]\[equals\]: holds/],
    ['/admin/collections/guides?page=-5', /page: must be a whole number, 1 or more/],
    ['/admin/collections/guides?where[slug][near]=1,2', /"near" operator/],
  ])('%s: 400 naming it', async (path, message) => {
    const { status, text } = await refusal(path)
    expect(status).toBe(400)
    expect(text).toMatch(message)
  })
})
