import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { reservedSlugError } from '@/lib/content/urls'

import { proxy } from '../../proxy'

describe('POST /collect in the proxy', () => {
  it('goes on to the route as it came: no rewrite, no redirect lookup, no page headers', async () => {
    const response = await proxy(
      new NextRequest(new URL('/collect', 'http://site.invalid'), {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: '{"p":"/","e":"view"}',
      }),
    )
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    expect(response.headers.get('content-type')).toBeNull()
  })

  it('is a path no page may take as its slug', () => {
    expect(reservedSlugError('collect')).toMatch(/is a path the site already uses/)
  })
})
