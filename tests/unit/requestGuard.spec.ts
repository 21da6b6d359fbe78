import { describe, expect, it } from 'vitest'

import { checkBody } from '@/lib/api/requestGuard'

const limits = { json: 100, multipart: 1_000 }

async function check(init: RequestInit & { headers?: Record<string, string> }) {
  const result = await checkBody(new Request('http://site.invalid/api/x', init), limits)
  if (result.ok) return { ok: true as const, status: 0, message: '' }
  const body = (await result.response.json()) as { errors: { message: string; field?: string }[] }
  return { ok: false as const, status: result.response.status, ...body.errors[0]! }
}

describe('checkBody', () => {
  it('passes JSON objects, empty bodies and reads with no body', async () => {
    expect(
      await check({
        method: 'PATCH',
        body: '{"a":1}',
        headers: { 'content-type': 'application/json; charset=utf-8' },
      }),
    ).toMatchObject({ ok: true })
    expect(await check({ method: 'POST' })).toMatchObject({ ok: true })
    expect(await check({ method: 'GET' })).toMatchObject({ ok: true })
  })

  it('415 for a body in another content type, naming it', async () => {
    expect(
      await check({ method: 'PATCH', body: '{}', headers: { 'content-type': 'text/plain' } }),
    ).toMatchObject({
      status: 415,
      field: 'Content-Type',
      message: 'Content-Type must be application/json or multipart/form-data, not text/plain.',
    })
  })

  it('413 past the limit, by the declared length or by counting', async () => {
    const big = JSON.stringify({ a: 'x'.repeat(200) })
    expect(
      await check({ method: 'PATCH', body: big, headers: { 'content-type': 'application/json' } }),
    ).toMatchObject({ status: 413 })
    const multipart = { 'content-type': 'multipart/form-data; boundary=x' }
    expect(
      await check({ method: 'POST', body: 'x'.repeat(900), headers: multipart }),
    ).toMatchObject({ ok: true })
    expect(
      await check({ method: 'POST', body: 'x'.repeat(1_100), headers: multipart }),
    ).toMatchObject({ status: 413 })
  })

  it('400 for JSON that does not parse, is not an object, or is not UTF-8', async () => {
    const json = { 'content-type': 'application/json' }
    const broken = await check({ method: 'PATCH', body: '{"a":', headers: json })
    expect(broken.status).toBe(400)
    expect(broken.message).toMatch(/not valid JSON/)
    expect(await check({ method: 'PATCH', body: '[1]', headers: json })).toMatchObject({
      status: 400,
      message: 'The request body must be a JSON object.',
    })
    expect(
      await check({ method: 'PATCH', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: json }),
    ).toMatchObject({ status: 400, message: 'The request body is not UTF-8.' })
  })
})
