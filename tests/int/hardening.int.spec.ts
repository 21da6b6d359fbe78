import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Framework, Guide } from '@/payload-types'

import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { graphql, graphqlRequest, rest, type RestReply } from '../helpers/routes'

// Issue 13, through Payload's route handlers with the guards app/(payload)/api puts in front of
// them, on real Postgres: saves that must not unpublish, concurrent edits that must both survive,
// and bad input that must get a 4xx naming the field and the reason, with nothing stored.

let payload: Payload
let guide: Guide
let editor: { id: number; token: string }
let admin: { id: number; token: string }
const made: number[] = []

beforeAll(async () => {
  ;({ payload, guide } = await seededGuide())
  // The admin first: the very first account of an empty site always becomes admin.
  admin = await signedInAs(payload, 'admin', 'hardening-admin')
  editor = await signedInAs(payload, 'editor', 'hardening-editor')
})

afterAll(async () => {
  for (const id of made) await payload.delete({ collection: 'frameworks', id }).catch(() => null)
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id })
  }
})

/** PATCH /api/frameworks/<id> as `as` (the editor by default), with `query` and `headers`. */
const saveFramework = (
  id: number | string,
  body: unknown,
  {
    as = editor,
    query = '',
    headers,
  }: { as?: { token: string }; query?: string; headers?: Record<string, string> } = {},
) => rest('PATCH', `frameworks/${id}${query}`, { token: as.token, body, headers })

async function newFramework(name: string): Promise<Framework> {
  const doc = await payload.create({ collection: 'frameworks', data: frameworkData(name) })
  made.push(doc.id)
  return doc
}

const stored = (id: number, draft = true) =>
  payload.findByID({ collection: 'frameworks', id, depth: 0, draft })

/** The first error's message and the fields it names, from a REST reply. */
function problem({ body }: RestReply) {
  const [first] = (body.errors ?? []) as {
    message: string
    field?: string
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return {
    message: first?.message ?? '',
    fields: [
      ...(first?.field ? [first.field] : []),
      ...(first?.data?.errors ?? []).map((e) => e.path),
    ],
  }
}

describe('a save that does not say _status never unpublishes', () => {
  async function publishedWithPendingDraft(name: string) {
    const framework = await newFramework(name)
    const draft = await saveFramework(
      framework.id,
      { bestFor: 'A pending draft' },
      { query: '?draft=true' },
    )
    expect(draft.status).toBe(200)
    return framework
  }

  it('REST: refused with 400 naming _status and both ways out; published stays published', async () => {
    const framework = await publishedWithPendingDraft('Unpublish REST')
    const reply = await saveFramework(framework.id, { language: 'Zig' })
    expect(reply.status).toBe(400)
    const { message, fields } = problem(reply)
    expect(fields).toContain('_status')
    expect(message).toMatch(/_status: "published"/)
    expect(message).toMatch(/draft=true/)
    const published = await stored(framework.id, false)
    expect(published._status).toBe('published')
    expect(published.language).toBe('Go')
    const anonymous = await rest('GET', `frameworks/${framework.id}`)
    expect(anonymous.status).toBe(200)
  })

  it('GraphQL and the Local API refuse it the same way', async () => {
    const framework = await publishedWithPendingDraft('Unpublish GraphQL')
    const { errors } = await graphql(
      'mutation ($id: Int!) { updateFramework(id: $id, data: { language: "Zig" }) { _status } }',
      { id: framework.id },
      editor.token,
    )
    expect(errors?.[0]?.message).toMatch(/_status/)
    await expect(
      payload.update({ collection: 'frameworks', id: framework.id, data: { language: 'Zig' } }),
    ).rejects.toThrow(/_status/)
    expect((await stored(framework.id, false))._status).toBe('published')
  })

  it('saying which works: ?draft=true edits the draft, _status published publishes both', async () => {
    const framework = await publishedWithPendingDraft('Unpublish choices')
    const intoDraft = await saveFramework(
      framework.id,
      { language: 'Zig' },
      { query: '?draft=true' },
    )
    expect(intoDraft.status).toBe(200)
    expect((await stored(framework.id, false)).language).toBe('Go')
    const publish = await saveFramework(framework.id, { language: 'Odin', _status: 'published' })
    expect(publish.status).toBe(200)
    const published = await stored(framework.id, false)
    expect(published).toMatchObject({
      _status: 'published',
      language: 'Odin',
      bestFor: 'A pending draft',
    })
  })

  it('a published document without a pending draft still takes a plain edit, and stays published', async () => {
    const framework = await newFramework('Plain edit')
    const reply = await saveFramework(framework.id, { language: 'Zig' })
    expect(reply.status).toBe(200)
    expect(await stored(framework.id, false)).toMatchObject({
      _status: 'published',
      language: 'Zig',
    })
  })
})

describe('concurrent saves', () => {
  it('two PATCHes of different fields at the same moment both survive, 20 rounds out of 20', async () => {
    const framework = await newFramework('Concurrent fields')
    const lost: string[] = []
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all([
        saveFramework(framework.id, { language: `lang-${round}` }),
        saveFramework(framework.id, { bestFor: `best-${round}` }, { as: admin }),
      ])
      expect([a.status, b.status]).toEqual([200, 200])
      const doc = await stored(framework.id)
      if (doc.language !== `lang-${round}` || doc.bestFor !== `best-${round}`) {
        lost.push(`round ${round}: ${doc.language} / ${doc.bestFor}`)
      }
    }
    expect(lost).toEqual([])
  })

  it('If-Match with the updatedAt a client read: 200 while current, 409 once someone saved', async () => {
    const framework = await newFramework('If-Match')
    const read = await rest('GET', `frameworks/${framework.id}?draft=true`, { token: editor.token })
    const seen = read.body.updatedAt as string
    const first = await saveFramework(
      framework.id,
      { bestFor: 'First writer' },
      { headers: { 'If-Match': `"${seen}"` } },
    )
    expect(first.status).toBe(200)
    const second = await saveFramework(
      framework.id,
      { bestFor: 'Second writer, from a stale read' },
      { as: admin, headers: { 'If-Match': `"${seen}"` } },
    )
    expect(second.status).toBe(409)
    expect(problem(second).message).toMatch(/changed since you read it/)
    expect((await stored(framework.id)).bestFor).toBe('First writer')
  })

  it('two writers with the same If-Match at the same moment: exactly one wins', async () => {
    const framework = await newFramework('If-Match race')
    const seen = framework.updatedAt
    const replies = await Promise.all(
      ['Writer A', 'Writer B'].map((bestFor) =>
        saveFramework(framework.id, { bestFor }, { headers: { 'If-Match': seen } }),
      ),
    )
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409])
  })

  it('If-Match holds for a document never published, whose drafts leave the main row as it was', async () => {
    const created = await rest('POST', 'frameworks?draft=true', {
      token: editor.token,
      body: { ...frameworkData('If-Match draft'), _status: 'draft' },
    })
    const draft = created.body.doc as Framework
    expect((await stored(draft.id, false))._status).toBe('draft')
    made.push(draft.id)
    const autosaved = await saveFramework(
      draft.id,
      { bestFor: 'An editor’s autosave' },
      { as: admin, query: '?draft=true&autosave=true' },
    )
    expect(autosaved.status).toBe(200)
    const stale = await saveFramework(
      draft.id,
      { bestFor: 'From the first read' },
      { query: '?draft=true', headers: { 'If-Match': draft.updatedAt } },
    )
    expect(stale.status).toBe(409)
    expect((await stored(draft.id)).bestFor).toBe('An editor’s autosave')
  })

  it('anonymous saves are refused by access control before any lock or state is told', async () => {
    const framework = await newFramework('If-Match anonymous')
    const reply = await rest('PATCH', `frameworks/${framework.id}`, {
      body: { bestFor: 'x' },
      headers: { 'If-Match': '"1970-01-01T00:00:00.000Z"' },
    })
    expect(reply.status).toBe(403)
  })

  it('a bulk update must say _status: none is taken offline by accident', async () => {
    const framework = await newFramework('Bulk target')
    const reply = await rest('PATCH', `frameworks?where[id][equals]=${framework.id}`, {
      token: editor.token,
      body: { bestFor: 'Bulk' },
    })
    expect(reply.status).toBe(400)
    expect(problem(reply).fields).toContain('_status')
    expect((await stored(framework.id, false)).bestFor).toBe('Tests')
  })

  it('an If-Match that is not a date is a 400 naming the header', async () => {
    const framework = await newFramework('If-Match garbage')
    const reply = await saveFramework(
      framework.id,
      { bestFor: 'x' },
      { headers: { 'If-Match': 'yesterday-ish' } },
    )
    expect(reply.status).toBe(400)
    expect(problem(reply).fields).toContain('If-Match')
  })
})

describe('bad input gets a 4xx naming the field and the reason; nothing is stored', () => {
  let framework: Framework
  beforeAll(async () => {
    framework = await newFramework('Bad input target')
  })

  async function refused(reply: Promise<RestReply>, status: number, field: string, reason: RegExp) {
    const before = await stored(framework.id)
    const result = await reply
    expect(result.status, JSON.stringify(result.body)).toBe(status)
    const { message, fields } = problem(result)
    expect(fields).toContain(field)
    expect(message).toMatch(reason)
    expect(await stored(framework.id)).toEqual(before)
  }

  const patch = (body: unknown, query = '') => saveFramework(framework.id, body, { query })

  it('a body sent as text/plain: 415', () =>
    refused(
      rest('PATCH', `frameworks/${framework.id}`, {
        token: editor.token,
        raw: JSON.stringify({ bestFor: 'plain' }),
        contentType: 'text/plain',
      }),
      415,
      'Content-Type',
      /must be application\/json or multipart\/form-data, not text\/plain/,
    ))

  it('malformed JSON: 400 saying where it breaks', () =>
    refused(
      rest('PATCH', `frameworks/${framework.id}`, {
        token: editor.token,
        raw: '{"bestFor": "unterminated',
        contentType: 'application/json',
      }),
      400,
      'body',
      /not valid JSON: .*(Unterminated|position)/i,
    ))

  it('_status "bogus": 400', () =>
    refused(patch({ _status: 'bogus' }), 400, '_status', /must be one of: draft, published/))

  it('an object where text goes is refused, not saved as {"a":1}', () =>
    refused(
      patch({ bestFor: { a: 1 }, _status: 'published' }),
      400,
      'bestFor',
      /must be text, not an object/,
    ))

  it('size limits hold for drafts too', () =>
    refused(
      patch({ bestFor: 'x'.repeat(5_000) }, '?draft=true'),
      400,
      'bestFor',
      /at most 200 characters/,
    ))

  it('a 5 MB draft body: 413', () =>
    refused(
      patch({ bestFor: 'x'.repeat(5 * 2 ** 20) }, '?draft=true'),
      413,
      'body',
      /larger than 2 MiB/,
    ))

  it('a 30 MB upload: 413, before it is read', async () => {
    const reply = await rest('POST', 'media', {
      token: editor.token,
      raw: new Uint8Array(30 * 2 ** 20),
      contentType: 'multipart/form-data; boundary=x',
    })
    expect(reply.status).toBe(413)
    expect(problem(reply).message).toMatch(/larger than 20 MiB/)
  })

  it('a ranking entry pointing at a framework that does not exist: 400 naming the row', async () => {
    const ranking = guide.ranking!.map((row) => ({ framework: row.framework }))
    ranking[0] = { framework: 987_654 }
    const reply = await rest('PATCH', `guides/${guide.id}?draft=true`, {
      token: editor.token,
      body: { ranking },
    })
    expect(reply.status).toBe(400)
    expect(problem(reply).fields).toContain('ranking.0.framework')
    expect(problem(reply).message).toMatch(/frameworks 987654, which does not exist/)
  })

  it('a criterion id that does not exist, or is not an id at all: 400 naming it', async () => {
    for (const bad of [987_654, 'abc', 2 ** 40]) {
      const reply = await rest('PATCH', `guides/${guide.id}?draft=true`, {
        token: editor.token,
        body: { criteriaSection: { criteria: [bad] } },
      })
      expect(reply.status, String(bad)).toBe(400)
      expect(problem(reply).fields).toContain('criteriaSection.criteria.0')
    }
  })

  it('a call to action "/\\evil.example" is not a path on this site', async () => {
    const reply = await rest('PATCH', `guides/${guide.id}?draft=true`, {
      token: editor.token,
      body: { cta: { ...guide.cta, url: '/\\evil.example' } },
    })
    expect(reply.status).toBe(400)
    expect(problem(reply).fields).toContain('cta.url')
  })

  it('production-style messages carry the reason, not only the field', async () => {
    const reply = await patch({ bestFor: 'y'.repeat(300), _status: 'published' })
    expect(problem(reply).message).toMatch(/bestFor: must be at most 200 characters long/)
  })

  it('an id that cannot be a document is 404, not a database error', async () => {
    for (const id of ['abc', '99999999999', '-1']) {
      const reply = await saveFramework(id, { bestFor: 'x' })
      expect(reply.status, id).toBe(404)
      expect((await rest('GET', `frameworks/${id}`, { token: editor.token })).status, id).toBe(404)
    }
  })
})

describe('access and deletes', () => {
  it('an editor cannot unlock an account; an admin can', async () => {
    const locked = await signedInAs(payload, 'admin', 'locked-admin')
    const email = (await payload.findByID({ collection: 'users', id: locked.id })).email
    const byEditor = await rest('POST', 'users/unlock', { token: editor.token, body: { email } })
    expect(byEditor.status).toBe(403)
    const byAdmin = await rest('POST', 'users/unlock', { token: admin.token, body: { email } })
    expect(byAdmin.status).toBe(200)
    await payload.delete({ collection: 'users', id: locked.id })
  })

  it('deleting a framework a published guide ranks is refused, naming the guide; nothing changes', async () => {
    const ranked = guide.ranking![1]!.framework as number
    const reply = await rest('DELETE', `frameworks/${ranked}`, { token: editor.token })
    expect(reply.status).toBe(409)
    expect(problem(reply).message).toMatch(
      new RegExp(`guides "${guide.title}" \\(ranking.framework, published\\)`),
    )
    expect((await stored(ranked)).id).toBe(ranked)
    const after = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(after.ranking).toEqual(guide.ranking)
  })

  it('a framework only a draft ranks is refused too: the next publish would fail', async () => {
    const framework = await newFramework('Only in a draft')
    const ranking = [
      ...guide.ranking!.map((row) => ({ framework: row.framework })),
      { framework: framework.id },
    ]
    await payload.update({ collection: 'guides', id: guide.id, data: { ranking }, draft: true })
    const reply = await rest('DELETE', `frameworks/${framework.id}`, { token: editor.token })
    expect(reply.status).toBe(409)
    expect(problem(reply).message).toMatch(/its draft/)
    // Published again, not only drafted back: a pending draft would make the next spec's saves
    // of this guide ask for `_status` (guardWrites), whichever spec runs next.
    await payload.update({
      collection: 'guides',
      id: guide.id,
      data: {
        ranking: guide.ranking!.map((row) => ({ framework: row.framework })),
        _status: 'published',
      },
    })
  })

  it('once nothing shows it, the delete goes through', async () => {
    const framework = await newFramework('Deletable')
    const reply = await rest('DELETE', `frameworks/${framework.id}`, { token: editor.token })
    expect(reply.status).toBe(200)
  })
})

describe('the admin’s relationship pickers', () => {
  it('read through POST with X-Payload-HTTP-Method-Override: GET and a form-encoded query', async () => {
    const reply = await rest('POST', 'frameworks', {
      token: editor.token,
      raw: 'limit=2&depth=0&where[slug][equals]=fastapi',
      contentType: 'application/x-www-form-urlencoded',
      headers: { 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect((reply.body.docs as { slug: string }[]).map((doc) => doc.slug)).toEqual(['fastapi'])
  })
})

describe('GraphQL is for signed-in users, and bounded before it runs', () => {
  it('anonymous requests get 401 before anything is parsed', async () => {
    const { status } = await graphqlRequest({ body: { query: '{ Frameworks { docs { name } } }' } })
    expect(status).toBe(401)
  })

  it('a body that is not JSON, or not a query, is a 4xx', async () => {
    const plain = await graphqlRequest({
      token: editor.token,
      raw: '{ x }',
      contentType: 'text/plain',
    })
    expect(plain.status).toBe(415)
    const noQuery = await graphqlRequest({ token: editor.token, body: { query: 42 } })
    expect(noQuery.status).toBe(400)
  })

  it('signed-in users still query normally', async () => {
    const { data, errors } = await graphql(
      '{ Frameworks(limit: 2) { docs { name } } }',
      {},
      editor.token,
    )
    expect(errors).toBeUndefined()
    expect((data?.Frameworks as { docs: unknown[] }).docs).toHaveLength(2)
  })
})
