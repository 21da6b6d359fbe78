import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toSlug } from '@/fields/slug'
import { seed } from '@/lib/seed'

import { testPayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import {
  fillRequiredInput,
  graphqlRequest,
  rest,
  type GraphqlReply,
  type RestReply,
} from '../helpers/routes'

// {anonymous, editor, admin} × {REST, GraphQL} × {guides, frameworks, criteria, caveats}, each
// through Payload's real route handlers. A failure names role, API, collection and operation.

const collections = ['guides', 'frameworks', 'criteria', 'caveats'] as const
type Collection = (typeof collections)[number]
const roles = ['anonymous', 'editor', 'admin'] as const
type Role = (typeof roles)[number]

/** GraphQL type name, and the text field whose value tells published, draft and edits apart. */
const shape: Record<Collection, { type: string; marker: string }> = {
  guides: { type: 'Guide', marker: 'dek' },
  frameworks: { type: 'Framework', marker: 'bestFor' },
  criteria: { type: 'Criterion', marker: 'question' },
  caveats: { type: 'Caveat', marker: 'label' },
}

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let rankedFramework: number
const tokens: Partial<Record<Role, string>> = {}
const userIds: number[] = []
const made: Record<Collection, number[]> = { guides: [], frameworks: [], criteria: [], caveats: [] }
/** Per collection: a doc published as `published` then saved as draft `draft`; one never published. */
const fixtures = {} as Record<
  Collection,
  { shown: number; published: string; draft: string; hidden: number; hiddenValue: string }
>

/** The required fields of a new doc, with `value` in its marker field (and its unique name). */
function dataFor(collection: Collection, value: string): Record<string, unknown> {
  switch (collection) {
    case 'guides':
      return {
        title: value,
        dek: value,
        cta: { heading: value },
        ranking: [{ framework: rankedFramework }],
      }
    case 'frameworks':
      return {
        name: value,
        language: 'Go',
        buildModel: 'Hand-written',
        bestFor: value,
        blurb: paragraph(value),
      }
    case 'criteria':
      return { name: value, question: value }
    case 'caveats':
      return { label: value, body: paragraph(value) }
  }
}

async function make(collection: Collection, value: string, status: 'draft' | 'published') {
  const doc = await payload.create({
    collection,
    data: { ...dataFor(collection, value), _status: status } as never,
    draft: status === 'draft',
  })
  made[collection].push(doc.id)
  return doc.id
}

const valueOf = (doc: object, field: string): unknown => (doc as Record<string, unknown>)[field]

type Reply = { status: number; doc: Record<string, unknown> | null; error?: string }
type Api = {
  read: (c: Collection, id: number, draft: boolean, token?: string) => Promise<Reply>
  create: (c: Collection, data: Record<string, unknown>, token?: string) => Promise<Reply>
  update: (
    c: Collection,
    id: number,
    data: Record<string, unknown>,
    token?: string,
  ) => Promise<Reply>
  remove: (c: Collection, id: number, token?: string) => Promise<Reply>
}

const fromRest = ({ status, body }: RestReply, inDoc: boolean): Reply => {
  if (status >= 300) {
    const [error] = (body.errors ?? []) as { message?: string }[]
    return { status, doc: null, error: error?.message }
  }
  return { status, doc: (inDoc ? body.doc : body) as Reply['doc'] }
}

const restApi: Api = {
  read: async (c, id, draft, token) =>
    fromRest(await rest('GET', `${c}/${id}${draft ? '?draft=true' : ''}`, { token }), false),
  create: async (c, body, token) => fromRest(await rest('POST', c, { token, body }), true),
  update: async (c, id, body, token) =>
    fromRest(await rest('PATCH', `${c}/${id}`, { token, body }), true),
  remove: async (c, id, token) => fromRest(await rest('DELETE', `${c}/${id}`, { token }), true),
}

async function viaGraphql(
  field: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Reply> {
  const reply = await graphqlRequest({ token, body: { query, variables } })
  const { data, errors }: GraphqlReply = reply.body
  const [error] = errors ?? []
  // Refused before GraphQL ran (anonymous: 401): the HTTP status says so.
  if (reply.status !== 200) return { status: reply.status, doc: null, error: error?.message }
  // No statusCode: the schema refused the request before Payload ran.
  const status = error ? (error.extensions?.statusCode ?? 400) : 200
  return { status, doc: (data?.[field] ?? null) as Reply['doc'], error: error?.message }
}

const referenceDoc = async (c: Collection, id: number) =>
  (await payload.findByID({ collection: c, id, depth: 0, draft: true })) as unknown as Record<
    string,
    unknown
  >

const selection = (c: Collection) => `{ id _status ${shape[c].marker} }`
const graphqlApi: Api = {
  read: (c, id, draft, token) => {
    const { type } = shape[c]
    const query = `query ($id: Int!, $draft: Boolean) { ${type}(id: $id, draft: $draft) ${selection(c)} }`
    return viaGraphql(type, query, { id, draft }, token)
  },
  create: async (c, data, token) => {
    const field = `create${shape[c].type}`
    const query = `mutation ($data: mutation${shape[c].type}Input!) { ${field}(data: $data) ${selection(c)} }`
    // A fresh slug where the schema demands one: the reference doc's is taken.
    const source = data.name ?? data.title
    const slug = typeof source === 'string' ? toSlug(source) : undefined
    const reference = { ...(await referenceDoc(c, fixtures[c].shown)), slug }
    const input = await fillRequiredInput(`mutation${shape[c].type}Input`, data, reference)
    return viaGraphql(field, query, { data: input }, token)
  },
  update: async (c, id, data, token) => {
    const field = `update${shape[c].type}`
    const type = `mutation${shape[c].type}UpdateInput!`
    const query = `mutation ($id: Int!, $data: ${type}) { ${field}(id: $id, data: $data) ${selection(c)} }`
    const input = await fillRequiredInput(
      `mutation${shape[c].type}UpdateInput`,
      data,
      await referenceDoc(c, id),
    )
    return viaGraphql(field, query, { id, data: input }, token)
  },
  remove: (c, id, token) => {
    const field = `delete${shape[c].type}`
    return viaGraphql(field, `mutation ($id: Int!) { ${field}(id: $id) { id } }`, { id }, token)
  },
}

const apis = { REST: restApi, GraphQL: graphqlApi }

async function signIn(role: Exclude<Role, 'anonymous'>) {
  const email = `matrix-${role}-${suffix}@example.com`
  const password = `${role}-password-${suffix}`
  const user = await payload.create({ collection: 'users', data: { email, password, role } })
  userIds.push(user.id)
  if (user.role !== role) throw new Error(`fixture: ${email} was stored as ${user.role}`)
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  tokens[role] = token
  return user
}

let editorId: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { log: () => {} })
  // The admin first: the very first user of an empty site always becomes admin (collections/Users).
  await signIn('admin')
  editorId = (await signIn('editor')).id
  for (const collection of ['frameworks', 'guides', 'criteria', 'caveats'] as const) {
    const published = `matrix ${collection} published ${suffix}`
    const draft = `matrix ${collection} draft ${suffix}`
    const hiddenValue = `matrix ${collection} never published ${suffix}`
    const shown = await make(collection, published, 'published')
    if (collection === 'frameworks') rankedFramework = shown
    await payload.update({
      collection,
      id: shown,
      data: { [shape[collection].marker]: draft },
      draft: true,
    })
    const hidden = await make(collection, hiddenValue, 'draft')
    fixtures[collection] = { shown, published, draft, hidden, hiddenValue }
  }
})

afterAll(async () => {
  // Guides first: they rank the frameworks.
  for (const collection of collections) {
    await payload.delete({ collection, where: { id: { in: made[collection] } } })
  }
  await payload.delete({ collection: 'users', where: { id: { in: userIds } } })
})

for (const role of roles) {
  for (const [apiName, api] of Object.entries(apis)) {
    describe(`${role} through ${apiName}`, () => {
      for (const collection of collections) {
        it(`${collection}: read draft, read published, create, update, delete`, async () => {
          const token = tokens[role]
          const signedIn = role !== 'anonymous'
          const say = (operation: string, reply?: Reply) =>
            `${role} via ${apiName}, ${collection}: ${operation}${reply?.error ? ` (${reply.error})` : ''}`
          const { marker } = shape[collection]
          const fixture = fixtures[collection]
          const markerOf = (reply: Reply) => reply.doc?.[marker]

          if (!signedIn && apiName === 'GraphQL') {
            // GraphQL is for signed-in users: every anonymous request is 401, nothing is stored.
            const value = `matrix anonymous GraphQL ${collection} ${suffix}`
            const replies = [
              await api.read(collection, fixture.shown, false, token),
              await api.read(collection, fixture.hidden, true, token),
              await api.create(
                collection,
                { ...dataFor(collection, value), _status: 'published' },
                token,
              ),
              await api.update(collection, fixture.shown, { [marker]: value }, token),
              await api.remove(collection, fixture.shown, token),
            ]
            expect
              .soft(
                replies.map((r) => r.status),
                say('every request'),
              )
              .toEqual([401, 401, 401, 401, 401])
            expect
              .soft(
                replies.map((r) => r.doc),
                say('no data'),
              )
              .toEqual([null, null, null, null, null])
            const after = await payload.findByID({
              collection,
              id: fixture.shown,
              depth: 0,
              draft: true,
            })
            expect.soft(valueOf(after, marker), say('nothing stored')).toBe(fixture.draft)
            return
          }

          // read published: the published values, for everyone
          const published = await api.read(collection, fixture.shown, false, token)
          expect.soft(markerOf(published), say('read published', published)).toBe(fixture.published)

          // read draft: the newer draft for editors and admins, still the published doc for anonymous
          const draft = await api.read(collection, fixture.shown, true, token)
          expect
            .soft(markerOf(draft), say('read draft of a published doc', draft))
            .toBe(signedIn ? fixture.draft : fixture.published)
          const hidden = await api.read(collection, fixture.hidden, true, token)
          if (signedIn) {
            expect
              .soft(markerOf(hidden), say('read never-published draft', hidden))
              .toBe(fixture.hiddenValue)
          } else {
            expect.soft(hidden.status, say('read never-published draft', hidden)).toBe(404)
            const plain = await api.read(collection, fixture.hidden, false, token)
            expect.soft(plain.status, say('read never-published doc', plain)).toBe(404)
          }

          // create
          const value = `matrix ${role} ${apiName} ${collection} ${suffix}`
          const created = await api.create(
            collection,
            { ...dataFor(collection, value), _status: 'published' },
            token,
          )
          const stored = await payload.find({
            collection,
            where: { [marker]: { equals: value } },
            draft: true,
            depth: 0,
          })
          made[collection].push(...stored.docs.map((doc) => doc.id))
          if (signedIn) {
            expect.soft(created.status, say('create', created)).toBeOneOf([200, 201])
            expect
              .soft(
                stored.docs.map((doc) => doc._status),
                say('create stores a published doc'),
              )
              .toEqual(['published'])
          } else {
            expect.soft(created.status, say('create', created)).toBe(403)
            expect.soft(stored.totalDocs, say('create stores nothing')).toBe(0)
          }

          // update, then delete, a published doc made for this test
          const victim = await make(collection, `${value} victim`, 'published')
          const updated = await api.update(
            collection,
            victim,
            { [marker]: `${value} updated` },
            token,
          )
          const afterUpdate = await payload.findByID({ collection, id: victim, depth: 0 })
          expect.soft(updated.status, say('update', updated)).toBe(signedIn ? 200 : 403)
          expect
            .soft(valueOf(afterUpdate, marker), say('update stores'))
            .toBe(signedIn ? `${value} updated` : `${value} victim`)

          const removed = await api.remove(collection, victim, token)
          const afterDelete = await payload.findByID({
            collection,
            id: victim,
            depth: 0,
            disableErrors: true,
          })
          expect.soft(removed.status, say('delete', removed)).toBe(signedIn ? 200 : 403)
          expect
            .soft(afterDelete === null, say(signedIn ? 'delete removes it' : 'delete keeps it'))
            .toBe(signedIn)
        })
      }
    })
  }
}

describe('users through REST', () => {
  it('refuses an editor creating a user with 403, and stores no account', async () => {
    const email = `matrix-invitee-${suffix}@example.com`
    const reply = await rest('POST', 'users', {
      token: tokens.editor,
      body: { email, password: 'invitee-password', role: 'editor' },
    })
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(reply.status).toBe(403)
    expect(totalDocs).toBe(0)
  })

  it('does not let an editor raise their own role to admin', async () => {
    const reply = await rest('PATCH', `users/${editorId}`, {
      token: tokens.editor,
      body: { role: 'admin' },
    })
    const stored = await payload.findByID({ collection: 'users', id: editorId, depth: 0 })
    expect((reply.body.doc as { role?: string } | undefined)?.role).not.toBe('admin')
    expect(stored.role).toBe('editor')
    const { user } = await payload.login({
      collection: 'users',
      data: { email: stored.email, password: `editor-password-${suffix}` },
    })
    expect(user?.role).toBe('editor')
  })

  it('lets an admin create an admin, who can then sign in as admin', async () => {
    const email = `matrix-new-admin-${suffix}@example.com`
    const password = 'new-admin-password'
    const reply = await rest('POST', 'users', {
      token: tokens.admin,
      body: { email, password, role: 'admin' },
    })
    const id = (reply.body.doc as { id?: number } | undefined)?.id
    if (id) userIds.push(id)
    expect(reply.status).toBe(201)
    const { user } = await payload.login({ collection: 'users', data: { email, password } })
    expect(user?.role).toBe('admin')
  })
})
