import { randomBytes } from 'node:crypto'

import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { configToSchema } from '@payloadcms/graphql'
import { REST_GET } from '@payloadcms/next/routes'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guardRest } from '@/lib/api/restGuard'
import { env } from '@/lib/env'

import { signedInAs, testPayload } from '../helpers/payload'

// GET /api/stats/export through the app's own REST route handler (guards included): who may,
// what a bad range is told, and that the CSV holds the rows as text a spreadsheet cannot run.

const run = randomBytes(4).toString('hex')
const PATH = `/export-${run}`
const FORMULA = '=HYPERLINK("http://evil.example","open")'
const handler = guardRest(REST_GET(config), config)

let payload: Payload
let token: string

const db = () =>
  (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle

async function exportCsv(query: string, auth = token) {
  const url = new URL(`/api/stats/export${query}`, env.SITE_URL)
  const response = await handler(
    new Request(url, { headers: auth ? { Authorization: `JWT ${auth}` } : {} }),
    { params: Promise.resolve({ slug: ['stats', 'export'] }) },
  )
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** A minimal RFC 4180 reader: every field, quotes undone. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += c
    }
  }
  return rows
}

beforeAll(async () => {
  payload = await testPayload()
  // The first account of a fresh database is an admin; the export is for editors too.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await signedInAs(payload, 'admin', 'export-first')
  }
  ;({ token } = await signedInAs(payload, 'editor', 'export'))
  await db().execute(
    sql`insert into analytics_daily (bucket, path, event, dim, value, count) values
        ('2031-03-01', ${PATH}, 'view', '', '', 7),
        ('2031-03-01', ${PATH}, 'view', 'referrer', ${FORMULA}, 4),
        ('2031-03-01', ${PATH}, 'view', 'referrer', '+cmd', 2),
        ('2031-03-01', ${PATH}, 'view', 'referrer', '', 1),
        ('2031-03-02', ${PATH}, 'cta', '', '', 3),
        ('2031-03-05', ${PATH}, 'view', '', '', 9)`,
  )
})

afterAll(async () => {
  await db().execute(sql`delete from analytics_daily where path = ${PATH}`)
})

describe('the CSV export', () => {
  it('gives a signed-in user the range’s daily rows, both days included, as a private download', async () => {
    const reply = await exportCsv('?from=2031-03-01&to=2031-03-02')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(reply.headers.get('content-disposition')).toBe(
      'attachment; filename="readers-2031-03-01-to-2031-03-02.csv"',
    )
    expect(reply.headers.get('cache-control')).toBe('private, no-store')
    const [header, ...rows] = parseCsv(reply.text)
    expect(header).toEqual(['day', 'path', 'event', 'dimension', 'value', 'count'])
    expect(rows.filter((row) => row[1] === PATH)).toEqual([
      ['2031-03-01', PATH, 'view', '', '', '7'],
      ['2031-03-01', PATH, 'view', 'referrer', '', '1'],
      ['2031-03-01', PATH, 'view', 'referrer', "'+cmd", '2'],
      ['2031-03-01', PATH, 'view', 'referrer', `'${FORMULA}`, '4'],
      ['2031-03-02', PATH, 'cta', '', '', '3'],
    ])
  })

  it('writes a referrer that starts like a formula as quoted text with an apostrophe before it', async () => {
    const reply = await exportCsv('?from=2031-03-01&to=2031-03-01')
    expect(reply.text).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")",4\r\n`)
    // No cell of any line starts with a formula character once its quotes are taken off.
    for (const row of parseCsv(reply.text)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
    }
  })

  it('refuses anybody not signed in with a 401, and no rows', async () => {
    const reply = await exportCsv('?from=2031-03-01&to=2031-03-02', '')
    expect(reply.status).toBe(401)
    expect(reply.text).not.toContain(PATH)
    expect(reply.headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers a bad, reversed or too long range with a 400 naming the field', async () => {
    const cases: [string, string, RegExp][] = [
      ['', 'from', /YYYY-MM-DD/],
      ['?from=2031-03-01', 'to', /YYYY-MM-DD/],
      ['?from=2031-02-30&to=2031-03-01', 'from', /YYYY-MM-DD/],
      ['?from=1%2F3%2F2031&to=2031-03-01', 'from', /YYYY-MM-DD/],
      ['?from=2031-03-02&to=2031-03-01', 'to', /same day as `from` or later/],
      ['?from=2030-01-01&to=2031-03-01', 'to', /at most 366 days/],
    ]
    for (const [query, field, message] of cases) {
      const reply = await exportCsv(query)
      expect([query, reply.status]).toEqual([query, 400])
      const [error] = (JSON.parse(reply.text) as { errors: { field: string; message: string }[] })
        .errors
      expect(error).toMatchObject({ field })
      expect(error!.message).toMatch(message)
    }
  })

  it('answers any text that is not a day with a 400 naming that field, never a 5xx', async () => {
    const notDay = fc.string({ maxLength: 20 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s))
    await fc.assert(
      fc.asyncProperty(notDay, fc.boolean(), async (text, asFrom) => {
        const params = new URLSearchParams(
          asFrom ? { from: text, to: '2031-03-01' } : { from: '2031-03-01', to: text },
        )
        const reply = await exportCsv(`?${params}`)
        expect(reply.status).toBe(400)
        const body = JSON.parse(reply.text) as { errors: { field?: string }[] }
        // requestGuard refuses control characters in the query before the endpoint runs.
        if (![...text].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
          expect(body.errors[0]!.field).toBe(asFrom ? 'from' : 'to')
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('reader statistics on the other channels', () => {
  it('GraphQL has no query or type that reads them', async () => {
    const { schema } = configToSchema(await config)
    const names = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getTypeMap()),
    ]
    expect(names.filter((name) => /analytic|stats|readers/i.test(name))).toEqual([])
  })

  it('REST has no route to the rollup tables', async () => {
    for (const slug of ['analytics_daily', 'analytics_hourly', 'stats']) {
      const response = await handler(new Request(new URL(`/api/${slug}`, env.SITE_URL)), {
        params: Promise.resolve({ slug: [slug] }),
      })
      expect([slug, response.status]).toEqual([slug, 404])
    }
  })
})
