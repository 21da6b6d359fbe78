import fc from 'fast-check'
import type { FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Footer, Header } from '@/payload-types'

import { refusal, seededGuide, signedInAs } from '../helpers/payload'
import { rest, type RestReply } from '../helpers/routes'

// Issue 20: the globals get the write guard the collections have (src/hooks/guardGlobals.ts),
// drafts included, through Payload's real REST route handlers on real Postgres. Each refusal is a
// 400 naming the field and the reason, and the stored global, draft and published, is unchanged.

type Slug = 'header' | 'footer' | 'agents' | 'site'
const slugs: Slug[] = ['header', 'footer', 'agents', 'site']

let payload: Payload
let admin: { id: number; token: string }
let editor: { id: number; token: string }
let published: { header: Header; footer: Footer }

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  // The admin first: the very first account of an empty site always becomes admin.
  admin = await signedInAs(payload, 'admin', 'globals-guard-admin')
  editor = await signedInAs(payload, 'editor', 'globals-guard')
  published = {
    header: await payload.findGlobal({ slug: 'header', depth: 0 }),
    footer: await payload.findGlobal({ slug: 'footer', depth: 0 }),
  }
})

afterAll(async () => {
  // Drafts this file saved go: what was published is published again, with nothing pending.
  for (const slug of published ? (['header', 'footer'] as const) : []) {
    const { navigation, siteName, groups, legal } = published[slug] as Header & Footer
    const data = slug === 'header' ? { navigation, siteName } : { groups, legal }
    await payload.updateGlobal({ slug, data: { ...data, _status: 'published' } as never })
  }
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id })
  }
})

/** POST /api/globals/<slug>, as the editor; `?draft=true` unless `draft` is false. */
const saveGlobal = (slug: Slug, body: unknown, draft = true) =>
  rest('POST', `globals/${slug}${draft ? '?draft=true' : ''}`, { token: editor.token, body })

/** Both faces of a global as Postgres holds them: the newest draft and the published one. */
const stored = async (slug: Slug) => ({
  draft: await payload.findGlobal({ slug, depth: 0, draft: true }),
  published: await payload.findGlobal({ slug, depth: 0, draft: false }),
})

/** The first error's message and the paths it names, from a REST reply. */
function problem({ body }: RestReply) {
  const [first] = (body.errors ?? []) as {
    message: string
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return {
    message: first?.message ?? '',
    paths: (first?.data?.errors ?? []).map((e) => e.path),
  }
}

/** Sends `body`, expects 400 naming `path` with `reason`, and nothing stored. */
async function refused(slug: Slug, body: unknown, path: string, reason: RegExp, draft = true) {
  const before = await stored(slug)
  const reply = await saveGlobal(slug, body, draft)
  expect(reply.status, JSON.stringify(reply.body)).toBe(400)
  const { message, paths } = problem(reply)
  expect(paths).toContain(path)
  expect(message).toMatch(reason)
  expect(await stored(slug)).toEqual(before)
}

const navRow = (url: string) => ({ label: 'Evil', linkType: 'custom', url })

describe('the header, drafts included', () => {
  it('an object for the site name is refused, not stored as its JSON text', async () => {
    await refused('header', { siteName: { a: 1 } }, 'siteName', /must be text, not an object/)
    await refused('header', { siteName: { a: 1 } }, 'siteName', /must be text/, false)
  })

  it('javascript:, data: and other non-web navigation URLs are refused', async () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
    ]) {
      await refused('header', { navigation: [navRow(url)] }, 'navigation.0.url', /Only http\(s\)/)
    }
    // Even in a row that points at a document: the URL is stored and a preview follows it.
    await refused(
      'header',
      { navigation: [{ label: 'x', linkType: 'internal', url: 'javascript:alert(1)' }] },
      'navigation.0.url',
      /Only http\(s\)/,
    )
  })

  it('500 navigation rows are refused: the limit is 12', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => navRow(`/page-${i}`))
    await refused('header', { navigation: rows }, 'navigation', /at most 12 rows/)
    await refused(
      'header',
      { navigation: rows.slice(0, 13) },
      'navigation',
      /at most 12 rows/,
      false,
    )
  })

  it('a 200,000-character site name is refused', async () => {
    await refused(
      'header',
      { siteName: 'x'.repeat(200_000) },
      'siteName',
      /at most 1000 characters/,
    )
  })

  it('a sound draft is saved; a list the admin sends as 0 when emptied is saved as empty', async () => {
    const draft = await saveGlobal('header', {
      siteName: 'Guarded draft',
      navigation: [navRow('https://example.com/a')],
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    expect((await stored('header')).draft).toMatchObject({
      siteName: 'Guarded draft',
      navigation: [{ url: 'https://example.com/a' }],
    })
    const emptied = await saveGlobal('header', { navigation: 0 })
    expect(emptied.status, JSON.stringify(emptied.body)).toBe(200)
    const after = (await stored('header')) as { draft: Header; published: Header }
    expect(after.draft.navigation).toEqual([])
    expect(after.published.siteName).toBe(published.header.siteName)
  })
})

describe('the footer and the other globals', () => {
  it('a javascript: link deep in a footer group is refused, named by its path', async () => {
    await refused(
      'footer',
      { groups: [{ heading: 'More', links: [navRow('/ok'), navRow('javascript:alert(1)')] }] },
      'groups.0.links.1.url',
      /Only http\(s\)/,
    )
  })

  it('agents: an object for the summary does not go live as its JSON text', async () => {
    const before = await payload.findGlobal({ slug: 'agents', depth: 0 })
    await refused('agents', { summary: { x: 1 } }, 'summary', /must be text, not an object/, false)
    expect((await payload.findGlobal({ slug: 'agents', depth: 0 })).summary).toBe(before.summary)
  })

  it('the Local API is held to the same check', async () => {
    const { fields } = await refusal(
      payload.updateGlobal({ slug: 'site', data: { publisher: { name: ['x'] } } as never }),
    )
    expect(fields.map((f) => f.path)).toContain('publisher.name')
  })
})

/** A value of another JSON type than `field` takes. */
function wrongValue(field: FlattenedField): fc.Arbitrary<unknown> {
  const object = fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { minKeys: 1 })
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'select':
    case 'radio':
      return fc.oneof(object, fc.integer(), fc.boolean(), fc.array(fc.string(), { minLength: 1 }))
    case 'array':
      return fc.oneof(object, fc.string(), fc.boolean(), fc.integer({ min: 1 }))
    case 'group':
      return fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer(), { minLength: 1 }))
    case 'relationship':
    case 'upload':
      return fc.oneof(
        object,
        fc.boolean(),
        fc.string({ minLength: 1 }).filter((s) => !/^\d+$/.test(s)),
      )
    default:
      return fc.oneof(object, fc.array(object, { minLength: 1 }))
  }
}

describe('generated bad input, every top-level field of every global', () => {
  it('answers 400 naming the field, and stores nothing', async () => {
    const cases = slugs.flatMap((slug) =>
      payload.globals.config
        .find((global) => global.slug === slug)!
        .flattenedFields.filter(
          (field) => !['updatedAt', 'createdAt', '_status'].includes(field.name),
        )
        .map((field) => ({ slug, field })),
    )
    expect(cases.length).toBeGreaterThan(10)
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...cases)
          .chain(({ slug, field }) =>
            wrongValue(field).map((value) => ({ slug, name: field.name, value })),
          ),
        fc.boolean(),
        async ({ slug, name, value }, draft) => {
          const before = await stored(slug)
          const reply = await saveGlobal(slug, { [name]: value }, draft)
          expect(reply.status, `${slug}.${name} = ${JSON.stringify(value)}`).toBe(400)
          expect(problem(reply).paths.some((path) => path.startsWith(name))).toBe(true)
          expect(await stored(slug)).toEqual(before)
        },
      ),
      { seed: 20, numRuns: 40 },
    )
  })
})
