import { describe, expect, it } from 'vitest'

import { checkRequest } from '@/lib/api/requestGuard'

const limits = { json: 100, multipart: 1_000 }

async function check(
  init: RequestInit & { headers?: Record<string, string> },
  url = 'http://site.invalid/api/x',
) {
  const result = await checkRequest(new Request(url, init), limits)
  if (result.ok) return { ok: true as const, status: 0, message: '' }
  const body = (await result.response.json()) as { errors: { message: string; field?: string }[] }
  return { ok: false as const, status: result.response.status, ...body.errors[0]! }
}

describe('checkRequest', () => {
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
    expect(await check(multipart('a.png', {}, 'x'.repeat(700)))).toMatchObject({ ok: true })
    expect(await check(multipart('a.png', {}, 'x'.repeat(1_100)))).toMatchObject({ status: 413 })
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

/** A multipart body as a browser sends it: one file part and the admin's `_payload` JSON. */
function multipart(filename: string, payload: unknown, content = 'png-bytes') {
  const boundary = 'b0undary'
  const body = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${filename}"`,
    'Content-Type: image/png',
    '',
    content,
    `--${boundary}`,
    'Content-Disposition: form-data; name="_payload"',
    '',
    JSON.stringify(payload),
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

describe('checkRequest: no control characters in any text a request carries', () => {
  const json = { 'content-type': 'application/json' }

  it('a JSON body: 400 naming the field by its path, nested rows included', async () => {
    const body = JSON.stringify({ title: 'ok', ranking: [{ note: 'fine' }, { note: 'a\u0000b' }] })
    expect(await check({ method: 'PATCH', body, headers: json })).toMatchObject({
      status: 400,
      field: 'ranking.1.note',
      message: expect.stringMatching(
        /ranking\.1\.note: holds the control character U\+0000/,
      ) as unknown,
    })
  })

  it('tab, line feed and carriage return pass; the other C0 characters do not', async () => {
    const body = JSON.stringify({ body: 'line one\r\n\tline two' })
    expect(await check({ method: 'PATCH', body, headers: json })).toMatchObject({ ok: true })
    for (const char of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f']) {
      const refused = await check({
        method: 'PATCH',
        body: JSON.stringify({ name: `x${char}` }),
        headers: json,
      })
      expect(refused, JSON.stringify(char)).toMatchObject({ status: 400, field: 'name' })
    }
  })

  it('a multipart upload: the file name and the admin’s _payload fields', async () => {
    expect(await check({ ...multipart('a.png', {}), body: 'not multipart' })).toMatchObject({
      status: 400,
      field: 'body',
    })
    expect(await check(multipart('photo.png', { alt: 'A photo' }))).toMatchObject({ ok: true })
    expect(await check(multipart('a\u0000.png', { alt: 'A photo' }))).toMatchObject({
      status: 400,
      field: 'filename',
    })
    expect(await check(multipart('photo.png', { alt: 'A\u0000photo' }))).toMatchObject({
      status: 400,
      field: 'alt',
    })
  })

  it('the query string and the path, for reads as well as writes', async () => {
    const nul = await check(
      { method: 'GET' },
      'http://site.invalid/api/guides?where[slug][equals]=a%00b',
    )
    expect(nul).toMatchObject({ status: 400, field: 'where[slug][equals]' })
    expect(await check({ method: 'DELETE' }, 'http://site.invalid/api/guides/%00')).toMatchObject({
      status: 400,
      field: 'path',
    })
  })

  it('the admin’s form-encoded read through POST + method override', async () => {
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
    }
    expect(
      await check({ method: 'POST', body: 'depth=0&where[name][like]=go', headers }),
    ).toMatchObject({ ok: true })
    expect(await check({ method: 'POST', body: 'where[name][like]=g%00o', headers })).toMatchObject(
      { status: 400, field: 'where[name][like]' },
    )
  })
})
