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

// {anonymous, editor, admin} × {REST, GraphQL} × {releases, guide-changes}: no drafts, no public
// side. Signed-in users do everything with them (changelog entries are written only by publishes);
// anonymous readers get nothing, change nothing, and act on no release.

const privateCollections = ['releases', 'guide-changes'] as const
type PrivateCollection = (typeof privateCollections)[number]
const privateShape: Record<PrivateCollection, { type: string; plural: string; select: string }> = {
  releases: { type: 'Release', plural: 'Releases', select: '{ id name note status }' },
  'guide-changes': { type: 'GuideChange', plural: 'GuideChanges', select: '{ id hidden }' },
}
/** What only signed-in users may read: the open release's note and the draft it captured. */
const secrets = {
  note: `matrix release note ${suffix}`,
  name: `matrix release ${suffix}`,
  draft: `matrix release draft ${suffix}`,
}
const privateMade: Record<PrivateCollection, number[]> = { releases: [], 'guide-changes': [] }
const privateFixtures = { release: 0, change: 0, framework: 0, version: 0 }

/** A published framework with a newer draft, and an open release holding that draft. */
async function releaseOfDraft(label: string) {
  const framework = await make('frameworks', `${label} published`, 'published')
  await payload.update({
    collection: 'frameworks',
    id: framework,
    data: { bestFor: `${label} draft` },
    draft: true,
  })
  const release = await payload.create({
    collection: 'releases',
    data: {
      name: label,
      note: `${label} note`,
      items: [{ doc: { relationTo: 'frameworks', value: framework } }],
    },
  })
  privateMade.releases.push(release.id)
  return {
    framework,
    release: release.id,
    published: `${label} published`,
    draft: `${label} draft`,
  }
}

const publishedBestFor = async (id: number) =>
  (await payload.findByID({ collection: 'frameworks', id, depth: 0 })).bestFor

const releaseRow = (id: number) =>
  payload.findByID({ collection: 'releases', id, depth: 0, disableErrors: true })

type PrivateReply = { status: number; text: string; doc: Record<string, unknown> | null }
type PrivateApi = {
  list: (c: PrivateCollection, token?: string) => Promise<PrivateReply>
  read: (c: PrivateCollection, id: number, token?: string) => Promise<PrivateReply>
  create: (
    c: PrivateCollection,
    data: Record<string, unknown>,
    token?: string,
  ) => Promise<PrivateReply>
  update: (
    c: PrivateCollection,
    id: number,
    data: Record<string, unknown>,
    token?: string,
  ) => Promise<PrivateReply>
  remove: (c: PrivateCollection, id: number, token?: string) => Promise<PrivateReply>
}

const fromPrivateRest = (reply: RestReply, inDoc: boolean): PrivateReply => ({
  status: reply.status,
  text: JSON.stringify(reply.body),
  doc:
    reply.status < 300 ? ((inDoc ? reply.body.doc : reply.body) as Record<string, unknown>) : null,
})

const privateRest: PrivateApi = {
  list: async (c, token) =>
    fromPrivateRest(await rest('GET', `${c}?depth=0&limit=0`, { token }), false),
  read: async (c, id, token) =>
    fromPrivateRest(await rest('GET', `${c}/${id}?depth=0`, { token }), false),
  create: async (c, body, token) => fromPrivateRest(await rest('POST', c, { token, body }), true),
  update: async (c, id, body, token) =>
    fromPrivateRest(await rest('PATCH', `${c}/${id}`, { token, body }), true),
  remove: async (c, id, token) =>
    fromPrivateRest(await rest('DELETE', `${c}/${id}`, { token }), true),
}

async function privateGraphql(
  field: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<PrivateReply> {
  const reply = await graphqlRequest({ token, body: { query, variables } })
  const { data, errors }: GraphqlReply = reply.body
  const [error] = errors ?? []
  const status =
    reply.status !== 200 ? reply.status : error ? (error.extensions?.statusCode ?? 400) : 200
  const doc = (data?.[field] ?? null) as PrivateReply['doc']
  return { status, text: JSON.stringify(reply.body), doc: status === 200 ? doc : null }
}

const privateGraphqlApi: PrivateApi = {
  list: (c, token) => {
    const { plural, select } = privateShape[c]
    return privateGraphql(plural, `{ ${plural}(limit: 0) { totalDocs docs ${select} } }`, {}, token)
  },
  read: (c, id, token) => {
    const { type, select } = privateShape[c]
    return privateGraphql(type, `query ($id: Int!) { ${type}(id: $id) ${select} }`, { id }, token)
  },
  create: (c, data, token) => {
    const { type, select } = privateShape[c]
    const query = `mutation ($data: mutation${type}Input!) { create${type}(data: $data) ${select} }`
    return privateGraphql(`create${type}`, query, { data }, token)
  },
  update: (c, id, data, token) => {
    const { type, select } = privateShape[c]
    const input = `mutation${type}UpdateInput!`
    const query = `mutation ($id: Int!, $data: ${input}) { update${type}(id: $id, data: $data) ${select} }`
    return privateGraphql(`update${type}`, query, { id, data }, token)
  },
  remove: (c, id, token) => {
    const { type } = privateShape[c]
    const query = `mutation ($id: Int!) { delete${type}(id: $id) { id } }`
    return privateGraphql(`delete${type}`, query, { id }, token)
  },
}

const privateApis = { REST: privateRest, GraphQL: privateGraphqlApi }

describe('releases and guide changes', () => {
  beforeAll(async () => {
    const { framework, release } = await releaseOfDraft(secrets.name)
    await payload.update({ collection: 'releases', id: release, data: { note: secrets.note } })
    await payload.update({
      collection: 'frameworks',
      id: framework,
      data: { bestFor: secrets.draft },
      draft: true,
    })
    privateFixtures.release = release
    privateFixtures.framework = framework
    privateFixtures.version = Number((await releaseRow(release))?.items?.[0]?.version)
    const change = await payload.create({
      collection: 'guide-changes',
      data: {
        guide: fixtures.guides.shown,
        release,
        kind: 'publish',
        at: new Date().toISOString(),
        hidden: true,
      },
    })
    privateMade['guide-changes'].push(change.id)
    privateFixtures.change = change.id
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'guide-changes',
      where: { id: { in: privateMade['guide-changes'] } },
    })
    await payload.delete({ collection: 'releases', where: { id: { in: privateMade.releases } } })
  })

  for (const role of roles) {
    for (const [apiName, api] of Object.entries(privateApis)) {
      it(`${role} through ${apiName}: releases and guide changes, every operation`, async () => {
        const token = tokens[role]
        const signedIn = role !== 'anonymous'
        const say = (operation: string, reply?: PrivateReply) =>
          `${role} via ${apiName}: ${operation}${reply && reply.status >= 300 ? ` (${reply.text})` : ''}`
        const refused = apiName === 'GraphQL' ? 401 : 403
        const expectRefused = (operation: string, reply: PrivateReply) => {
          expect.soft(reply.status, say(operation, reply)).toBe(refused)
          expect.soft(reply.doc, say(`${operation}: no data`)).toBeNull()
          for (const secret of Object.values(secrets)) {
            expect
              .soft(reply.text, say(`${operation}: nothing of the release`))
              .not.toContain(secret)
          }
        }

        // read
        for (const c of privateCollections) {
          const id = c === 'releases' ? privateFixtures.release : privateFixtures.change
          const list = await api.list(c, token)
          const read = await api.read(c, id, token)
          if (!signedIn) {
            expectRefused(`list ${c}`, list)
            expectRefused(`read ${c}`, read)
          } else {
            expect.soft(list.status, say(`list ${c}`, list)).toBe(200)
            expect.soft(list.doc?.totalDocs, say(`list ${c}`)).toBeGreaterThanOrEqual(1)
            expect.soft(read.status, say(`read ${c}`, read)).toBe(200)
            expect.soft(read.doc?.id, say(`read ${c}`)).toBe(id)
          }
        }
        if (signedIn) {
          const read = await api.read('releases', privateFixtures.release, token)
          expect.soft(read.doc?.note, say('read the release note')).toBe(secrets.note)
        }
        if (apiName === 'REST') {
          // What a release captured is a version of its document: no way around the release.
          const { framework, version } = privateFixtures
          for (const path of [
            `frameworks/versions/${version}?depth=0`,
            `frameworks/versions?depth=0&where[parent][equals]=${framework}`,
          ]) {
            const reply = fromPrivateRest(await rest('GET', path, { token }), false)
            if (signedIn) expect.soft(reply.status, say(path, reply)).toBe(200)
            else expectRefused(path, reply)
          }
        }

        // create: a release by anyone signed in; a changelog entry by nobody
        const name = `matrix ${role} ${apiName} release ${suffix}`
        const created = await api.create('releases', { name }, token)
        const stored = await payload.find({
          collection: 'releases',
          where: { name: { equals: name } },
        })
        privateMade.releases.push(...stored.docs.map((doc) => doc.id))
        if (signedIn) {
          expect.soft(created.status, say('create a release', created)).toBeOneOf([200, 201])
          expect
            .soft(
              stored.docs.map((doc) => doc.status),
              say('create stores it'),
            )
            .toEqual(['open'])
        } else {
          expect.soft(created.status, say('create a release', created)).toBe(refused)
          expect.soft(stored.totalDocs, say('create stores nothing')).toBe(0)
        }
        const before = (await payload.count({ collection: 'guide-changes' })).totalDocs
        const entry = await api.create(
          'guide-changes',
          { guide: fixtures.guides.shown, kind: 'publish', at: new Date().toISOString() },
          token,
        )
        expect
          .soft(entry.status, say('create a guide change', entry))
          .toBe(signedIn ? 403 : refused)
        expect
          .soft((await payload.count({ collection: 'guide-changes' })).totalDocs, say('no entry'))
          .toBe(before)

        // update and delete a release, and a changelog entry, made for this test
        const { release: victim } = await releaseOfDraft(`${name} victim`)
        const renamed = await api.update('releases', victim, { name: `${name} renamed` }, token)
        expect.soft(renamed.status, say('update a release', renamed)).toBe(signedIn ? 200 : refused)
        expect
          .soft((await releaseRow(victim))?.name, say('update stores'))
          .toBe(signedIn ? `${name} renamed` : `${name} victim`)
        const change = await payload.create({
          collection: 'guide-changes',
          data: { guide: fixtures.guides.shown, kind: 'publish', at: new Date().toISOString() },
        })
        privateMade['guide-changes'].push(change.id)
        const hidden = await api.update('guide-changes', change.id, { hidden: true }, token)
        const changeRow = () =>
          payload.findByID({ collection: 'guide-changes', id: change.id, disableErrors: true })
        expect.soft(hidden.status, say('hide a change', hidden)).toBe(signedIn ? 200 : refused)
        expect.soft((await changeRow())?.hidden, say('hide stores')).toBe(signedIn)

        for (const [c, id, row] of [
          ['releases', victim, () => releaseRow(victim)],
          ['guide-changes', change.id, changeRow],
        ] as const) {
          const removed = await api.remove(c, id, token)
          expect.soft(removed.status, say(`delete ${c}`, removed)).toBe(signedIn ? 200 : refused)
          expect.soft((await row()) === null, say(`delete ${c} removes it`)).toBe(signedIn)
        }
      })
    }

    it(`${role}: take newer drafts, publish and revert a release over REST`, async () => {
      const token = tokens[role]
      const signedIn = role !== 'anonymous'
      const say = (operation: string, reply?: RestReply) =>
        `${role}: ${operation}${reply ? ` (${JSON.stringify(reply.body)})` : ''}`
      const fixture = await releaseOfDraft(`matrix ${role} actions ${suffix}`)
      const newer = `${fixture.draft}, newer`
      await payload.update({
        collection: 'frameworks',
        id: fixture.framework,
        data: { bestFor: newer },
        draft: true,
      })
      const versionOf = async () => (await releaseRow(fixture.release))?.items?.[0]?.version
      const captured = await versionOf()

      const taken = await rest('POST', `releases/${fixture.release}/take-newer`, { token })
      expect.soft(taken.status, say('take newer', taken)).toBe(signedIn ? 200 : 401)
      if (signedIn) expect.soft(await versionOf(), say('takes the newer draft')).not.toBe(captured)
      else expect.soft(await versionOf(), say('keeps the captured draft')).toBe(captured)

      const published = await rest('POST', `releases/${fixture.release}/publish`, { token })
      expect.soft(published.status, say('publish', published)).toBe(signedIn ? 200 : 401)
      expect
        .soft(await publishedBestFor(fixture.framework), say('what readers see after publish'))
        .toBe(signedIn ? newer : fixture.published)
      expect
        .soft((await releaseRow(fixture.release))?.status, say('status after publish'))
        .toBe(signedIn ? 'published' : 'open')

      if (!signedIn) {
        // Anonymous revert of a published release: another role's, published for this check.
        const shipped = await releaseOfDraft(`matrix anonymous revert ${suffix}`)
        const admin = await rest('POST', `releases/${shipped.release}/publish`, {
          token: tokens.admin,
        })
        expect(admin.status, JSON.stringify(admin.body)).toBe(200)
        const reverted = await rest('POST', `releases/${shipped.release}/revert`, { token })
        expect.soft(reverted.status, say('revert', reverted)).toBe(401)
        expect
          .soft(await publishedBestFor(shipped.framework), say('revert keeps'))
          .toBe(shipped.draft)
        expect.soft((await releaseRow(shipped.release))?.status, say('revert')).toBe('published')
        return
      }
      const reverted = await rest('POST', `releases/${fixture.release}/revert`, { token })
      expect.soft(reverted.status, say('revert', reverted)).toBe(200)
      expect
        .soft(await publishedBestFor(fixture.framework), say('what readers see after revert'))
        .toBe(fixture.published)
      expect.soft((await releaseRow(fixture.release))?.status, say('status')).toBe('reverted')
    })
  }
})

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

// {anonymous, editor, admin} × {REST, GraphQL} × review-comments: what reviewers said through
// share links is never public. Anonymous callers list, read, write and delete nothing and learn
// nothing of a comment's words; signed-in users read, reply and resolve; only an admin deletes.

describe('review comments', () => {
  const said = `matrix reviewer said ${suffix}`
  let comment = 0

  const commentRow = (id: number) =>
    payload.findByID({ collection: 'review-comments', id, depth: 0, disableErrors: true })
  const stored = async (body: string) =>
    (await payload.count({ collection: 'review-comments', where: { body: { equals: body } } }))
      .totalDocs
  const newComment = async (body: string) =>
    (
      await payload.create({
        collection: 'review-comments',
        data: {
          document: { relationTo: 'guides', value: fixtures.guides.shown },
          field: 'dek',
          quote: `matrix quote ${suffix}`,
          body,
          reviewerName: `matrix reviewer ${suffix}`,
          kind: 'comment',
          state: 'open',
        },
      })
    ).id

  const select = '{ id body quote reviewerName state }'
  const api = {
    REST: {
      list: async (token?: string) =>
        fromPrivateRest(await rest('GET', 'review-comments?depth=0&limit=0', { token }), false),
      read: async (id: number, token?: string) =>
        fromPrivateRest(await rest('GET', `review-comments/${id}?depth=0`, { token }), false),
      create: async (body: Record<string, unknown>, token?: string) =>
        fromPrivateRest(await rest('POST', 'review-comments', { token, body }), true),
      update: async (id: number, body: Record<string, unknown>, token?: string) =>
        fromPrivateRest(await rest('PATCH', `review-comments/${id}`, { token, body }), true),
      remove: async (id: number, token?: string) =>
        fromPrivateRest(await rest('DELETE', `review-comments/${id}`, { token }), true),
    },
    GraphQL: {
      list: (token?: string) =>
        privateGraphql(
          'ReviewComments',
          `{ ReviewComments(limit: 0) { totalDocs docs ${select} } }`,
          {},
          token,
        ),
      read: (id: number, token?: string) =>
        privateGraphql(
          'ReviewComment',
          `query ($id: Int!) { ReviewComment(id: $id) ${select} }`,
          { id },
          token,
        ),
      create: (data: Record<string, unknown>, token?: string) =>
        privateGraphql(
          'createReviewComment',
          `mutation ($data: mutationReviewCommentInput!) { createReviewComment(data: $data) ${select} }`,
          { data },
          token,
        ),
      update: (id: number, data: Record<string, unknown>, token?: string) =>
        privateGraphql(
          'updateReviewComment',
          `mutation ($id: Int!, $data: mutationReviewCommentUpdateInput!) { updateReviewComment(id: $id, data: $data) ${select} }`,
          { id, data },
          token,
        ),
      remove: (id: number, token?: string) =>
        privateGraphql(
          'deleteReviewComment',
          'mutation ($id: Int!) { deleteReviewComment(id: $id) { id } }',
          { id },
          token,
        ),
    },
  }

  beforeAll(async () => {
    comment = await newComment(said)
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'review-comments',
      where: { body: { like: suffix } },
    })
  })

  for (const role of roles) {
    for (const [apiName, calls] of Object.entries(api)) {
      it(`${role} through ${apiName}: list, read, create, update, delete`, async () => {
        const token = tokens[role]
        const signedIn = role !== 'anonymous'
        const refused = apiName === 'GraphQL' && !signedIn ? 401 : 403
        const say = (operation: string, reply?: PrivateReply) =>
          `${role} via ${apiName}, review-comments: ${operation}${reply && reply.status >= 300 ? ` (${reply.text})` : ''}`
        const expectRefused = (operation: string, reply: PrivateReply) => {
          expect.soft(reply.status, say(operation, reply)).toBe(refused)
          expect.soft(reply.doc, say(`${operation}: no data`)).toBeNull()
          expect.soft(reply.text, say(`${operation}: nothing of the comment`)).not.toContain(said)
          expect
            .soft(reply.text, say(`${operation}: nothing of its quote`))
            .not.toContain(`matrix quote ${suffix}`)
        }

        const list = await calls.list(token)
        const read = await calls.read(comment, token)
        if (signedIn) {
          expect.soft(list.status, say('list', list)).toBe(200)
          expect.soft(list.text, say('list shows the comment')).toContain(said)
          expect.soft(read.status, say('read', read)).toBe(200)
          expect.soft(read.doc?.body, say('read')).toBe(said)
        } else {
          expectRefused('list', list)
          expectRefused('read', read)
        }

        const body = `matrix ${role} ${apiName} reply ${suffix}`
        const created = await calls.create(
          {
            document: { relationTo: 'guides', value: fixtures.guides.shown },
            field: 'dek',
            body,
            kind: 'comment',
            state: 'open',
          },
          token,
        )
        if (signedIn) {
          expect.soft(created.status, say('create', created)).toBeOneOf([200, 201])
          expect.soft(await stored(body), say('create stores it')).toBe(1)
        } else {
          expectRefused('create', created)
          expect.soft(await stored(body), say('create stores nothing')).toBe(0)
        }

        const victim = await newComment(`matrix ${role} ${apiName} victim ${suffix}`)
        const resolved = await calls.update(victim, { state: 'resolved' }, token)
        if (signedIn) expect.soft(resolved.status, say('update', resolved)).toBe(200)
        else expectRefused('update', resolved)
        expect
          .soft((await commentRow(victim))?.state, say('update stores'))
          .toBe(signedIn ? 'resolved' : 'open')

        const removed = await calls.remove(victim, token)
        if (role === 'admin') expect.soft(removed.status, say('delete', removed)).toBe(200)
        else expectRefused('delete', removed)
        expect
          .soft((await commentRow(victim)) === null, say('only an admin deletes'))
          .toBe(role === 'admin')
      })
    }
  }
})
