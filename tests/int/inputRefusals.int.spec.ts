import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@/lib/env'

import { GET as preview } from '../../app/(site)/preview/route'
import { seededGuide, signedInAs } from '../helpers/payload'
import { graphqlRequest, rest } from '../helpers/routes'

// The findings of the attack run on a production start, each as the exact request it sent: every
// one answered 500 or 501 (GraphQL: `statusCode: 500` inside an HTTP 200), and now gets a 4xx that
// names the field or parameter, with nothing stored.

let payload: Payload
let editor: { id: number; token: string }
let admin: { id: number; token: string }

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  admin = await signedInAs(payload, 'admin', 'refusals-admin')
  editor = await signedInAs(payload, 'editor', 'refusals-editor')
})

afterAll(async () => {
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id })
  }
})

/** The first error of a REST or GraphQL refusal: its message and the field it names. */
const refusal = ({ body }: { body: Record<string, unknown> }) =>
  ((body.errors ?? []) as { message: string; field?: string }[])[0] ?? { message: '' }

const NUL_REFUSAL = /holds the control character U\+0000/

describe('NUL wherever text reaches Postgres: 400 naming the field', () => {
  it('GET /api/guides?where[slug][equals]=a%00b', async () => {
    const reply = await rest('GET', 'guides?where[slug][equals]=a%00b')
    expect(reply.status).toBe(400)
    expect(refusal(reply)).toMatchObject({ field: 'where[slug][equals]' })
    expect(refusal(reply).message).toMatch(NUL_REFUSAL)
  })

  it.each(['login', 'forgot-password'])(
    'POST /api/users/%s with email "a\\u0000@x"',
    async (to) => {
      const reply = await rest('POST', `users/${to}`, {
        body: { email: 'a\u0000@x', password: 'whatever' },
      })
      expect(reply.status).toBe(400)
      expect(refusal(reply)).toMatchObject({ field: 'email' })
      expect(refusal(reply).message).toMatch(NUL_REFUSAL)
    },
  )

  it('an editor’s release name and share-link note: refused, nothing created', async () => {
    const cases = [
      { collection: 'releases', body: { name: 'Spring\u0000' }, field: 'name' },
      { collection: 'preview-links', body: { note: 'Legal\u0000', page: 1 }, field: 'note' },
    ] as const
    for (const { collection, body, field } of cases) {
      const before = (await payload.count({ collection, overrideAccess: true })).totalDocs
      const reply = await rest('POST', collection, { token: editor.token, body })
      expect(reply.status, collection).toBe(400)
      expect(refusal(reply).field, collection).toBe(field)
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before)
    }
  })

  it('a global, published or as a draft: refused, the global unchanged', async () => {
    const read = () => payload.findGlobal({ slug: 'site', depth: 0, draft: true })
    const before = JSON.stringify(await read())
    for (const query of ['', '?draft=true']) {
      const reply = await rest('POST', `globals/site${query}`, {
        token: editor.token,
        body: { previewBanner: { exitLabel: 'Exit\u0000' } },
      })
      expect(reply.status, query).toBe(400)
      expect(refusal(reply).field).toBe('previewBanner.exitLabel')
    }
    expect(JSON.stringify(await read())).toBe(before)
  })

  it('a media file name, sent as the admin sends uploads: refused, nothing created', async () => {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'photo\u0000.png')
    form.append('_payload', JSON.stringify({ alt: 'A photo' }))
    const encoded = new Response(form)
    const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const reply = await rest('POST', 'media', {
      token: editor.token,
      raw: new Uint8Array(await encoded.arrayBuffer()),
      contentType: encoded.headers.get('content-type')!,
    })
    expect(reply.status).toBe(400)
    expect(refusal(reply).field).toBe('filename')
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })
})

describe('queries Postgres cannot run: 400 naming the parameter', () => {
  it.each(['near', 'within', 'intersects'])('GET /api/guides?where[slug][%s]=1,2', async (op) => {
    const reply = await rest('GET', `guides?where[slug][${op}]=1,2`)
    expect(reply.status).toBe(400)
    expect(refusal(reply)).toMatchObject({ field: `where[slug][${op}]` })
    expect(refusal(reply).message).toMatch(new RegExp(`"${op}" operator needs a geographic`))
  })

  it.each([
    ['page=-5', 'page', /page: must be a whole number, 1 or more, not "-5"/],
    ['page=0', 'page', /1 or more/],
    ['page=abc', 'page', /whole number/],
    ['limit=-1', 'limit', /limit: must be a whole number, 0 \(no limit\) or more/],
  ])('GET /api/guides?%s', async (query, field, message) => {
    const reply = await rest('GET', `guides?${query}`)
    expect(reply.status).toBe(400)
    expect(refusal(reply)).toMatchObject({ field })
    expect(refusal(reply).message).toMatch(message)
  })

  it('limit=0 ("no limit"), which the admin’s bulk actions send, still works', async () => {
    const reply = await rest('GET', 'guides?limit=0&depth=0', { token: editor.token })
    expect(reply.status).toBe(200)
    expect((reply.body.docs as unknown[]).length).toBe(reply.body.totalDocs)
  })
})

describe('routes Payload mounts but cannot serve here: 404', () => {
  it('POST /api/users/verify/abc (e-mail verification is off)', async () => {
    expect((await rest('POST', 'users/verify/abc')).status).toBe(404)
  })

  it('GET /api/payload-migrations, signed in or not', async () => {
    for (const token of [undefined, admin.token]) {
      expect((await rest('GET', 'payload-migrations', { token })).status).toBe(404)
    }
  })
})

describe('GraphQL: input errors are an HTTP 400 naming the argument, not a 500 inside a 200', () => {
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest({ token: editor.token, body: { query, variables } })
  const expectRefused = (
    reply: Awaited<ReturnType<typeof ask>>,
    field: string,
    message: RegExp,
  ) => {
    expect(reply.status).toBe(400)
    expect(refusal(reply)).toMatchObject({ field })
    expect(refusal(reply).message).toMatch(message)
  }

  it('NUL in a variable and in an inline argument', async () => {
    const byVariable =
      'query ($s: String) { Guides(where: { slug: { equals: $s } }) { totalDocs } }'
    expectRefused(await ask(byVariable, { s: 'a\u0000' }), 'variables.s', NUL_REFUSAL)
    const inline = '{ Guides(where: { slug: { equals: "a\\u0000" } }) { totalDocs } }'
    expectRefused(await ask(inline), 'Guides(where.slug.equals)', NUL_REFUSAL)
  })

  it('page: -5, inline or as a variable', async () => {
    expectRefused(await ask('{ Guides(page: -5) { totalDocs } }'), 'Guides(page)', /1 or more/)
    const byVariable = 'query ($p: Int) { Guides(page: $p) { totalDocs } }'
    expectRefused(await ask(byVariable, { p: -5 }), 'Guides(page)', /not -5/)
  })

  it('still closed to anonymous callers', async () => {
    const reply = await graphqlRequest({ body: { query: '{ Guides { totalDocs } }' } })
    expect(reply.status).toBe(401)
  })
})

describe('/preview checks the token before any database query', () => {
  const open = (query: string) =>
    preview(new NextRequest(new URL(`/preview?${query}`, env.SITE_URL)))

  it('token=x&path=/guides/%2500: 400 for the path, and the database is not asked', async () => {
    // Watched, not replaced: the calls still reach Postgres if the route makes any.
    const reads = [vi.spyOn(payload, 'find'), vi.spyOn(payload, 'findByID')]
    try {
      const response = await open('token=x&path=/guides/%2500')
      expect(response.status).toBe(400)
      expect(await response.text()).toMatch(/The path holds the control character U\+0000/)
      const unsigned = await open('token=x&path=/guides/backend-frameworks-2026')
      expect(unsigned.status).toBe(401)
      expect(await unsigned.text()).toMatch(/not valid/)
      for (const read of reads) expect(read).not.toHaveBeenCalled()
    } finally {
      for (const read of reads) read.mockRestore()
    }
  })
})
