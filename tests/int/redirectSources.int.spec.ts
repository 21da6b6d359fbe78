import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findAddresses } from '@/lib/content/findAddresses'
import { buildRedirectTable } from '@/lib/content/redirectTable'
import { addressLookup, allRedirects } from '@/lib/content/storedRedirects'
import { redirectFor, REDIRECT_TABLE_PATH } from '@/lib/http/redirects'

import { appRoutes } from '../helpers/appRoutes'
import { seededGuide, signedInAs } from '../helpers/payload'
import { reservedSamples } from '../helpers/reservedSamples'
import { rest, type RestReply } from '../helpers/routes'

let payload: Payload
let token: string
const suffix = Date.now().toString(36)
const made: number[] = []

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  token = (await signedInAs(payload, 'admin', 'redirect-sources')).token
})

afterAll(async () => {
  if (made.length > 0) {
    await payload.delete({ collection: 'redirects', where: { id: { in: made } } })
  }
})

const save = async (from: string, url = '/guides'): Promise<RestReply> => {
  const reply = await rest('POST', 'redirects', {
    token,
    body: { from, to: { type: 'custom', url }, type: '301' },
  })
  const id = (reply.body.doc as { id?: number } | undefined)?.id
  if (id !== undefined) made.push(id)
  return reply
}

/** The fields a 400 names, with their messages. */
const named = (reply: RestReply) =>
  ((reply.body.errors as { data?: { errors?: { path: string; message: string }[] } }[]) ?? [])
    .flatMap((error) => error.data?.errors ?? [])
    .map(({ path, message }) => ({ path, message }))

const storedFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 }))
    .docs

describe('a redirect from a path the site answers itself', () => {
  // Scanned from app/ now, not read from the committed list: a route added there is covered.
  const samples = reservedSamples(appRoutes(path.resolve(import.meta.dirname, '../../app')))

  it('is refused with 400 naming `from`, for every route, twin, feed and Next file', async () => {
    expect(samples).toEqual(expect.arrayContaining(['/preview', '/guides', '/sitemap.xml']))
    for (const from of [...samples, '/preview/', ' /exit-preview ', '/%70review', '/og/x?y=1']) {
      const reply = await save(from)
      expect(reply.status, from).toBe(400)
      const fields = named(reply)
      expect(
        fields.map((f) => f.path),
        from,
      ).toEqual(['from'])
      expect(fields[0]!.message, from).toMatch(/would take it over/)
    }
    const { totalDocs } = await payload.count({
      collection: 'redirects',
      where: { from: { in: samples } },
    })
    expect(totalDocs).toBe(0)
  })

  it('cannot carry a share link’s token off the site', async () => {
    const reply = await save('/preview', 'https://evil.example/collect')
    expect(reply.status).toBe(400)
    expect(named(reply)[0]).toMatchObject({ path: 'from' })
    expect(named(reply)[0]!.message).toContain('/preview is a route of the site (/preview)')
  })
})

describe('what a redirect is saved with', () => {
  it('refuses a destination that leaves the site once resolved, naming `to.url`', async () => {
    for (const url of ['/foo/../..//evil.example', '/%2e%2e//evil.example', '/.//evil.example']) {
      const from = `/leaving-${suffix}-${made.length}`
      const reply = await save(from, url)
      expect(reply.status, url).toBe(400)
      expect(named(reply).map((f) => f.path)).toEqual(['to.url'])
      expect(named(reply)[0]!.message).toMatch(/leaves the site/)
      expect(await storedFrom(from)).toEqual([])
    }
  })

  it('trims the spaces around both, so a URL stays a URL', async () => {
    const reply = await save(`  /spaced-${suffix}  `, '  https://elsewhere.example/x  ')
    expect(reply.status).toBe(201)
    const [doc] = await storedFrom(`/spaced-${suffix}`)
    expect(doc?.to?.url).toBe('https://elsewhere.example/x')
  })

  it('refuses a malformed path, naming `from` and the reason, and stores nothing', async () => {
    const cases: [string, RegExp][] = [
      [`/bad-%zz-${suffix}`, /malformed percent-escape/],
      [`/a//b-${suffix}`, /two slashes/],
      [`/x/../y-${suffix}`, /“\.” or “\.\.” segments/],
    ]
    for (const [from, reason] of cases) {
      const reply = await save(from)
      expect(reply.status, from).toBe(400)
      expect(named(reply).map((f) => f.path)).toEqual(['from'])
      expect(named(reply)[0]!.message).toMatch(reason)
    }
    expect(await storedFrom(`/a//b-${suffix}`)).toEqual([])
  })
})

describe('a redirect from a path with letters beyond ASCII', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    // Serves the table as app/(site)/redirect-table does, built from the database as
    // getRedirectTable builds it (without Next's data cache, which needs a running Next).
    server = createServer((request, response) => {
      void (async () => {
        const addresses = await findAddresses(payload)
        const live = new Set(Object.values(addresses).map((address) => address.path))
        const table = buildRedirectTable(
          await allRedirects(payload),
          addressLookup(addresses),
          live,
        )
        response.writeHead(request.url === REDIRECT_TABLE_PATH ? 200 : 404, {
          'Content-Type': 'application/json',
        })
        response.end(JSON.stringify(table))
      })()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('saved as /café, matches a request for /caf%C3%A9, and a second spelling is a duplicate', async () => {
    const typed = `/café-${suffix}`
    const reply = await save(typed, '/guides')
    expect(reply.status).toBe(201)
    const encoded = `/caf%C3%A9-${suffix}`
    expect(await storedFrom(encoded)).toHaveLength(1)

    expect(await redirectFor(origin, encoded, '?ref=x')).toEqual({
      location: '/guides?ref=x',
      status: 301,
    })
    // Decomposed (e + combining accent) and lower-case escapes are the same address.
    expect(await redirectFor(origin, `/cafe%CC%81-${suffix}`, '')).toMatchObject({
      location: '/guides',
    })
    expect(await redirectFor(origin, `/caf%c3%a9-${suffix}/`, '')).toMatchObject({
      location: '/guides',
    })

    const again = await save(`/cafe\u0301-${suffix}`)
    expect(again.status).toBe(400)
    expect(named(again).map((f) => f.path)).toEqual(['from'])
  })
})
