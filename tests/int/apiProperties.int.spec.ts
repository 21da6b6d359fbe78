import fc from 'fast-check'
import type { FlattenedField, Payload } from 'payload'
import { validOperators } from 'payload/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SHAPE_LIMITS } from '@/lib/api/inputShape'

import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { graphqlRequest, rest } from '../helpers/routes'

// A generated hunt for the next 5xx. For every collection and every field it sends wrong types,
// oversized values, text with control characters, unknown keys, missing required fields, bad ids,
// upload file names and bodies with the wrong content type, through REST and GraphQL; for every
// global, text with control characters, drafts included; and for reads, every `where` operator
// Payload has with generated text, and generated page/limit/depth/sort. As an anonymous user, an
// editor and an admin. Whatever arrives: never a 5xx, and a refused request leaves the stored
// document exactly as it was.
// PROPERTY_RUNS (default 300) and PROPERTY_SEED pick the run; a nightly run sets e.g. 20000.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)
const SEED = Number(process.env.PROPERTY_SEED ?? 20261124)

const COLLECTIONS = {
  guides: 'Guide',
  frameworks: 'Framework',
  criteria: 'Criterion',
  caveats: 'Caveat',
  'preview-links': 'PreviewLink',
  releases: 'Release',
  'guide-changes': 'GuideChange',
  media: 'Media',
  users: 'User',
} as const
type Collection = keyof typeof COLLECTIONS
const GLOBALS = { site: 'Site', header: 'Header', footer: 'Footer', agents: 'Agents' } as const
type Global = keyof typeof GLOBALS
const ROLES = ['anonymous', 'editor', 'admin'] as const
type Role = (typeof ROLES)[number]

let payload: Payload
const tokens: Partial<Record<Role, string>> = {}
const targets = {} as Record<Collection, number>
const cleanup: { collection: Collection; id: number }[] = []
let png: Buffer

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  tokens.admin = (await signedInAs(payload, 'admin', 'property-admin')).token
  tokens.editor = (await signedInAs(payload, 'editor', 'property-editor')).token
  const keep = <T extends { id: number }>(collection: Collection, doc: T) => {
    cleanup.push({ collection, id: doc.id })
    targets[collection] = doc.id
    return doc
  }
  const framework = keep(
    'frameworks',
    await payload.create({ collection: 'frameworks', data: frameworkData('Property target') }),
  )
  keep(
    'criteria',
    await payload.create({
      collection: 'criteria',
      data: { name: 'Property criterion', _status: 'published' },
    }),
  )
  keep(
    'caveats',
    await payload.create({
      collection: 'caveats',
      data: { label: 'Property caveat', body: paragraph('x'), _status: 'published' },
    }),
  )
  const guide = keep(
    'guides',
    await payload.create({
      collection: 'guides',
      data: {
        title: 'Property guide',
        dek: 'x',
        cta: { heading: 'x' },
        ranking: [{ framework: framework.id }],
        _status: 'published',
      } as never,
    }),
  )
  keep(
    'preview-links',
    await payload.create({ collection: 'preview-links', data: { guide: guide.id } as never }),
  )
  const release = keep(
    'releases',
    await payload.create({
      collection: 'releases',
      data: {
        name: 'Property release',
        items: [{ doc: { relationTo: 'frameworks', value: framework.id } }],
      } as never,
    }),
  )
  keep(
    'guide-changes',
    await payload.create({
      collection: 'guide-changes',
      data: { guide: guide.id, release: release.id, at: new Date().toISOString() } as never,
    }),
  )
  png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
    .png()
    .toBuffer()
  keep(
    'media',
    await payload.create({
      collection: 'media',
      data: { alt: 'Property image' },
      file: { data: png, mimetype: 'image/png', name: 'property.png', size: png.byteLength },
    }),
  )
  keep('users', { id: (await signedInAs(payload, 'editor', 'property-target')).id })
  console.log(`[properties] seed ${SEED}, ${RUNS} runs per property (PROPERTY_SEED, PROPERTY_RUNS)`)
})

afterAll(async () => {
  for (const { collection, id } of cleanup.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => null)
  }
})

/** Both faces of a document, as Postgres holds them: the published row and the newest version. */
async function snapshot(collection: Collection, id: number) {
  const read = (draft: boolean) =>
    payload.findByID({ collection, id, depth: 0, draft, overrideAccess: true, disableErrors: true })
  return JSON.stringify([await read(false), await read(true)])
}

type Leaf = { path: (string | number)[]; field: FlattenedField }

/** Every field a client can write, with the path that reaches it (rows via their first row). */
function leaves(fields: FlattenedField[], prefix: (string | number)[] = []): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    if (!('name' in field) || field.type === 'join') return []
    const path = [...prefix, field.name]
    const self = { path, field }
    if (field.type === 'group' || field.type === 'tab')
      return [self, ...leaves(field.flattenedFields, path)]
    if (field.type === 'array') return [self, ...leaves(field.flattenedFields, [...path, 0])]
    return [self]
  })
}

const nest = (path: (string | number)[], value: unknown): unknown => {
  if (path.length === 0) return value
  const [head, ...rest] = path
  return typeof head === 'number' ? [nest(rest, value)] : { [head!]: nest(rest, value) }
}

/** The C0 characters every text refuses: all but tab, line feed and carriage return. */
const REFUSED = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter(
  (char) => !'\t\n\r'.includes(char),
)
// eslint-disable-next-line no-control-regex -- the characters under test
const HAS_REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/

/** Text with at least one refused control character somewhere in it. */
const controlText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...REFUSED), fc.string({ maxLength: 8 }))
  .map(([before, char, after]) => `${before}${char}${after}`)

/** Text a query or argument might carry: plain, unicode, control characters, numbers, lists. */
const queryText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  controlText,
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom('1,2', 'true', '', '2026-01-01', 'null', '[]', '{}', '%'),
)

/** Values a field must refuse: another type, more than its limit, or control characters. */
function badValue(field: FlattenedField): fc.Arbitrary<unknown> {
  const object = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), {
    minKeys: 1,
    maxKeys: 3,
  })
  const notText = fc.oneof(
    object,
    fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    fc.integer(),
    fc.boolean(),
  )
  const tooLong = (max: number) =>
    fc.integer({ min: max + 1, max: max + 50 }).map((n) => 'x'.repeat(n))
  switch (field.type) {
    case 'text':
      return fc.oneof(notText, tooLong(field.maxLength ?? SHAPE_LIMITS.textChars), controlText)
    case 'textarea':
      return fc.oneof(notText, tooLong(field.maxLength ?? SHAPE_LIMITS.textareaChars), controlText)
    case 'email':
    case 'code':
      return fc.oneof(notText, tooLong(SHAPE_LIMITS.textChars), controlText)
    case 'number':
      return fc.oneof(fc.string(), object, fc.boolean())
    case 'checkbox':
      return fc.oneof(fc.constantFrom('true', 'yes', ''), fc.integer(), object)
    case 'select':
    case 'radio': {
      const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      return fc.oneof(
        fc.string().filter((s) => !allowed.includes(s)),
        fc.integer(),
        object,
      )
    }
    case 'date':
      return fc.oneof(
        fc.constantFrom('not a date', '2026-13-45', 'x'.repeat(100)),
        object,
        fc.boolean(),
      )
    case 'relationship':
    case 'upload': {
      const badId = fc.oneof(
        fc.stringMatching(/^[a-z]{1,8}$/),
        fc.integer({ min: -1000, max: 0 }),
        fc.constantFrom(2 ** 40, 1.5, 987_654, 2_147_483_647),
        object,
        fc.boolean(),
      )
      return field.hasMany
        ? fc.oneof(
            badId.map((id) => [id]),
            object,
          )
        : badId
    }
    case 'richText':
      return fc.oneof(
        controlText.map((text) => paragraph(text)),
        fc.string(),
        fc.integer(),
        fc.constant({ root: 'x' }),
        fc.constant(paragraph('y'.repeat(SHAPE_LIMITS.richTextBytes))),
      )
    case 'array':
      return fc.oneof(
        object,
        fc.string(),
        fc.constant(
          Array.from({ length: (field.maxRows ?? SHAPE_LIMITS.arrayRows) + 1 }, () => ({})),
        ),
      )
    case 'group':
    case 'tab':
      return fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1 }), fc.integer())
    default:
      return fc.constant({ unexpected: field.type })
  }
}

type Case =
  | { kind: 'bad field'; collection: Collection; path: string; data: unknown; draft: boolean }
  | { kind: 'bad status'; collection: Collection; data: unknown; draft: boolean }
  | { kind: 'content type'; collection: Collection; contentType: string }
  | { kind: 'bad id'; collection: Collection; id: string }
  | { kind: 'missing required'; collection: Collection; data: Record<string, unknown> }
  | { kind: 'unknown key'; collection: Collection; key: string; value: unknown }
  | { kind: 'file name'; collection: Collection; filename: string }

function casesFor(collection: Collection, api: 'REST' | 'GraphQL'): fc.Arbitrary<Case> {
  const fields = payload.collections[collection].config.flattenedFields
  const checked = [
    'text',
    'textarea',
    'email',
    'code',
    'number',
    'checkbox',
    'select',
    'radio',
    'date',
    'relationship',
    'upload',
    'richText',
    'array',
    'group',
    'tab',
  ]
  // An upload's file facts (filename, sizes, …) are Payload's: it drops them from every request.
  const upload = Boolean(payload.collections[collection].config.upload)
  const managed = (name: string | number) => {
    const top = fields.find((f) => 'name' in f && f.name === name)
    const admin = top?.admin
    return upload && (admin?.readOnly === true || admin?.hidden === true || top?.type === 'group')
  }
  const writable = leaves(fields).filter(
    ({ path, field }) =>
      checked.includes(field.type) && path.join('.') !== '_status' && !managed(path[0]!),
  )
  const knownKeys = new Set(fields.map((f) => ('name' in f ? f.name : '')))
  const required = fields.filter(
    (f): f is FlattenedField & { name: string } =>
      'name' in f && 'required' in f && f.required === true,
  )
  const badField = fc.constantFrom(...writable).chain(({ path, field }) =>
    fc.record({
      kind: fc.constant('bad field' as const),
      collection: fc.constant(collection),
      path: fc.constant(path.join('.')),
      data: badValue(field).map((v) => nest(path, v)),
      draft: fc.boolean(),
    }),
  )
  const arbitraries: fc.Arbitrary<Case>[] = [
    badField,
    fc.record({
      kind: fc.constant('content type' as const),
      collection: fc.constant(collection),
      contentType: fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'text/html; charset=utf-8',
        'application/octet-stream',
      ),
    }),
    fc.record({
      kind: fc.constant('bad id' as const),
      collection: fc.constant(collection),
      id: fc.oneof(
        fc.stringMatching(/^[a-z%.~-]{1,12}$/),
        fc.constantFrom('0', '-5', '1.5', '99999999999', '1e3', '0x10'),
      ),
    }),
    fc.record({
      kind: fc.constant('unknown key' as const),
      collection: fc.constant(collection),
      key: fc
        .stringMatching(/^[a-zA-Z_]{1,12}$/)
        .filter((k) => !knownKeys.has(k) && !['id', 'password', 'file'].includes(k)),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  ]
  if (fields.some((f) => 'name' in f && f.name === '_status')) {
    arbitraries.push(
      fc.record({
        kind: fc.constant('bad status' as const),
        collection: fc.constant(collection),
        data: fc
          .oneof(fc.string(), fc.integer(), fc.constant(null))
          .filter((s) => s !== 'draft' && s !== 'published' && s !== null)
          .map((s) => ({ _status: s })),
        draft: fc.boolean(),
      }),
    )
  }
  // Uploads come through REST only, as multipart: the file's own name is text too.
  if (upload && api === 'REST') {
    arbitraries.push(
      fc.record({
        kind: fc.constant('file name' as const),
        collection: fc.constant(collection),
        filename: controlText.map((name) => `${name.replace(/["\\/]/g, '')}.png`),
      }),
    )
  }
  if (required.length > 0 && collection !== 'media' && collection !== 'users') {
    arbitraries.push(
      fc.record({
        kind: fc.constant('missing required' as const),
        collection: fc.constant(collection),
        data: fc.constantFrom(...required).map((missing) => ({
          ...Object.fromEntries(required.filter((f) => f !== missing).map((f) => [f.name, 'x'])),
          _status: 'published',
        })),
      }),
    )
  }
  return fc.oneof(...arbitraries)
}

type Sent = { status: number; graphqlStatus?: number; body?: unknown }

/** Whether any string in `value` holds a refused control character. */
const holdsRefused = (value: unknown): boolean =>
  typeof value === 'string'
    ? HAS_REFUSED.test(value)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, inner]) => HAS_REFUSED.test(key) || holdsRefused(inner))
      : false

async function sendRest(c: Case, token: string | undefined): Promise<Sent> {
  const id = targets[c.collection]
  switch (c.kind) {
    case 'bad field':
    case 'bad status':
      return rest('PATCH', `${c.collection}/${id}${c.draft ? '?draft=true' : ''}`, {
        token,
        body: c.data,
      })
    case 'content type':
      return rest('PATCH', `${c.collection}/${id}`, {
        token,
        raw: '{"x":1}',
        contentType: c.contentType,
      })
    case 'bad id':
      return rest('PATCH', `${c.collection}/${encodeURIComponent(c.id)}`, { token, body: {} })
    case 'missing required':
      return rest('POST', c.collection, { token, body: c.data })
    case 'unknown key':
      return rest('PATCH', `${c.collection}/${id}?draft=true`, {
        token,
        body: { [c.key]: c.value },
      })
    case 'file name':
      return rest('POST', c.collection, {
        token,
        raw: multipartUpload(c.filename, { alt: 'Property upload' }),
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      })
  }
}

const BOUNDARY = 'property-boundary'

/** An upload as the admin sends it: the file, and the document as JSON in `_payload`. */
function multipartUpload(filename: string, data: unknown): Uint8Array {
  const part = (headers: string, body: string | Buffer) =>
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`),
      Buffer.from(body),
      Buffer.from('\r\n'),
    ])
  return Buffer.concat([
    part(
      `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png`,
      png,
    ),
    part('Content-Disposition: form-data; name="_payload"', JSON.stringify(data)),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ])
}

async function sendGraphql(c: Case, token: string | undefined): Promise<Sent> {
  const type = COLLECTIONS[c.collection]
  const id = c.kind === 'bad id' ? c.id : targets[c.collection]
  const data = 'data' in c ? c.data : c.kind === 'unknown key' ? { [c.key]: c.value } : {}
  const mutation =
    c.kind === 'missing required'
      ? `mutation ($data: mutation${type}Input!) { create${type}(data: $data) { id } }`
      : `mutation ($id: Int!, $data: mutation${type}UpdateInput!, $draft: Boolean) { update${type}(id: $id, data: $data, draft: $draft) { id } }`
  const body = { query: mutation, variables: { id, data, draft: 'draft' in c ? c.draft : false } }
  const reply =
    c.kind === 'content type'
      ? await graphqlRequest({ token, raw: JSON.stringify(body), contentType: c.contentType })
      : await graphqlRequest({ token, body })
  const codes = (reply.body.errors ?? []).map((e) => e.extensions?.statusCode ?? 400)
  return { status: reply.status, graphqlStatus: Math.max(0, ...codes) }
}

describe('generated bad requests: never a 5xx, and nothing stored when refused', () => {
  for (const api of ['REST', 'GraphQL'] as const) {
    it(`${api}, every collection, field and role`, async () => {
      const property = fc.asyncProperty(
        fc
          .constantFrom(...(Object.keys(COLLECTIONS) as Collection[]))
          .chain((collection) => casesFor(collection, api)),
        fc.constantFrom(...ROLES),
        async (c, role) => {
          const before = await snapshot(c.collection, targets[c.collection])
          const count = async () =>
            (await payload.count({ collection: c.collection, overrideAccess: true })).totalDocs
          const countBefore = await count()
          const sent = await (api === 'REST' ? sendRest : sendGraphql)(c, tokens[role])
          const label = `${api} ${role} ${JSON.stringify(c).slice(0, 300)} → ${JSON.stringify(sent)}`
          expect(sent.status, label).toBeLessThan(500)
          expect(sent.graphqlStatus ?? 0, label).toBeLessThan(500)
          const refused = sent.status >= 400 || (sent.graphqlStatus ?? 0) >= 400
          if (c.kind === 'unknown key') {
            const stored = await payload.findByID({
              collection: c.collection,
              id: targets[c.collection],
              depth: 0,
              draft: true,
              overrideAccess: true,
            })
            expect(Object.hasOwn(stored, c.key), label).toBe(false)
            if (!refused) return
          } else {
            expect(refused, `${label}: must be refused`).toBe(true)
          }
          if (c.kind === 'bad field' && api === 'REST' && holdsRefused(c.data)) {
            expect(JSON.stringify(sent.body), `${label}: names the field`).toContain(c.path)
          }
          expect(
            await snapshot(c.collection, targets[c.collection]),
            `${label}: stored document changed`,
          ).toBe(before)
          expect(await count(), `${label}: a document was created`).toBe(countBefore)
        },
      )
      await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
    }, 600_000)
  }
})

/** The first error's `field`, as the request guard names what it refused. */
const refusedField = (body: unknown) =>
  ((body as { errors?: { field?: string }[] }).errors ?? [])[0]?.field

/** Operators Payload lists that this database cannot run: refused with a 400 naming them. */
const UNRUNNABLE: string[] = ['near', 'within', 'intersects', 'all']

/** Fields a `where` can name in this collection: its top-level fields, and `id`. */
function wherePaths(collection: Collection): string[] {
  const fields = payload.collections[collection].config.flattenedFields
  return ['id', ...fields.flatMap((f) => ('name' in f && f.type !== 'join' ? [f.name] : []))]
}

describe('generated queries: every where operator, page, limit, depth and sort; never a 5xx', () => {
  it('REST reads of every collection, every operator and role', async () => {
    const query = fc
      .constantFrom(...(Object.keys(COLLECTIONS) as Collection[]))
      .chain((collection) =>
        fc.record({
          collection: fc.constant(collection),
          path: fc.constantFrom(...wherePaths(collection)),
          operator: fc.constantFrom(...validOperators),
          value: queryText,
          extra: fc.option(
            fc.tuple(fc.constantFrom('page', 'limit', 'depth', 'sort', 'draft'), queryText),
            { nil: undefined },
          ),
        }),
      )
    const property = fc.asyncProperty(query, fc.constantFrom(...ROLES), async (q, role) => {
      const params = new URLSearchParams([[`where[${q.path}][${q.operator}]`, q.value]])
      if (q.extra) params.append(...q.extra)
      const sent = await rest('GET', `${q.collection}?${params}`, { token: tokens[role] })
      const label = `REST GET ${role} /api/${q.collection}?${params} → ${sent.status} ${JSON.stringify(sent.body).slice(0, 300)}`
      expect(sent.status, label).toBeLessThan(500)
      const where = `where[${q.path}][${q.operator}]`
      if (HAS_REFUSED.test(q.value)) {
        expect(sent.status, label).toBe(400)
        expect(refusedField(sent.body), label).toBe(where)
      } else if (UNRUNNABLE.includes(q.operator)) {
        expect(sent.status, label).toBe(400)
        expect(refusedField(sent.body), label).toBe(where)
      }
    })
    await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
  }, 600_000)

  it('GraphQL reads with generated where text, page and limit, inline and as variables', async () => {
    // Each collection's list query and a text field of it.
    const LISTS = {
      guides: ['Guides', 'title'],
      frameworks: ['Frameworks', 'name'],
      criteria: ['Criteria', 'name'],
      caveats: ['Caveats', 'label'],
    } as const
    const textOperators = ['equals', 'not_equals', 'like', 'contains', 'in', 'not_in', 'all']
    const query = fc.record({
      collection: fc.constantFrom(...(Object.keys(LISTS) as (keyof typeof LISTS)[])),
      operator: fc.constantFrom(...textOperators),
      value: queryText,
      inline: fc.boolean(),
      page: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
      limit: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
    })
    const property = fc.asyncProperty(
      query,
      fc.constantFrom('editor', 'admin'),
      async (q, role) => {
        const [type, field] = LISTS[q.collection]
        const list = ['in', 'not_in', 'all'].includes(q.operator)
        const value = q.inline ? JSON.stringify(list ? [q.value] : q.value) : '$v'
        const args = [
          `where: { ${field}: { ${q.operator}: ${value} } }`,
          ...(q.page === undefined ? [] : [`page: ${q.page}`]),
          ...(q.limit === undefined ? [] : [`limit: ${q.limit}`]),
        ].join(', ')
        const variableType = list ? '[String]' : 'String'
        const text = q.inline
          ? `{ ${type}(${args}) { totalDocs } }`
          : `query ($v: ${variableType}) { ${type}(${args}) { totalDocs } }`
        const variables = q.inline ? {} : { v: list ? [q.value] : q.value }
        const reply = await graphqlRequest({
          token: tokens[role],
          body: { query: text, variables },
        })
        const codes = (reply.body.errors ?? []).map((e) => e.extensions?.statusCode ?? 400)
        const label = `GraphQL ${role} ${text} ${JSON.stringify(variables)} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`
        expect(reply.status, label).toBeLessThan(500)
        expect(Math.max(0, ...codes), label).toBeLessThan(500)
        const badNumber =
          (q.page !== undefined && q.page < 1) || (q.limit !== undefined && q.limit < 0)
        if (HAS_REFUSED.test(q.value) || badNumber || UNRUNNABLE.includes(q.operator)) {
          expect(reply.status, label).toBe(400)
          expect(refusedField(reply.body), label).toMatch(new RegExp(`^(variables\\.v|${type}\\()`))
        }
      },
    )
    await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
  }, 600_000)
})

type GlobalLeaf = { global: Global; path: (string | number)[]; field: FlattenedField }

/** Every text-carrying field of every global, with the path that reaches it. */
function globalTextLeaves(): GlobalLeaf[] {
  const text = ['text', 'textarea', 'email', 'code', 'richText']
  return (Object.keys(GLOBALS) as Global[]).flatMap((global) => {
    const config = payload.globals.config.find((g) => g.slug === global)!
    return leaves(config.flattenedFields)
      .filter(({ field }) => text.includes(field.type))
      .map(({ path, field }) => ({ global, path, field }))
  })
}

/** A global as Postgres holds it: published and newest draft. */
async function globalSnapshot(global: Global) {
  const read = (draft: boolean) =>
    payload.findGlobal({ slug: global, depth: 0, draft, overrideAccess: true })
  return JSON.stringify([await read(false), await read(true)])
}

describe('globals: generated reads and writes with control characters; never a 5xx', () => {
  for (const api of ['REST', 'GraphQL'] as const) {
    it(`${api} writes to every text field of every global, drafts included, are refused`, async () => {
      const write = fc.record({
        leaf: fc.constantFrom(...globalTextLeaves()),
        text: controlText,
        draft: fc.boolean(),
      })
      const property = fc.asyncProperty(write, fc.constantFrom(...ROLES), async (w, role) => {
        const { global, path, field } = w.leaf
        const data = nest(path, field.type === 'richText' ? paragraph(w.text) : w.text)
        const before = await globalSnapshot(global)
        let sent: Sent
        if (api === 'REST') {
          sent = await rest('POST', `globals/${global}${w.draft ? '?draft=true' : ''}`, {
            token: tokens[role],
            body: data,
          })
        } else {
          const type = GLOBALS[global]
          const reply = await graphqlRequest({
            token: tokens[role],
            body: {
              query: `mutation ($data: mutation${type}Input!, $draft: Boolean) { update${type}(data: $data, draft: $draft) { updatedAt } }`,
              variables: { data, draft: w.draft },
            },
          })
          const codes = (reply.body.errors ?? []).map((e) => e.extensions?.statusCode ?? 400)
          sent = { status: reply.status, graphqlStatus: Math.max(0, ...codes), body: reply.body }
        }
        const label = `${api} ${role} ${global} ${JSON.stringify(data).slice(0, 200)} draft=${w.draft} → ${sent.status} ${JSON.stringify(sent.body).slice(0, 300)}`
        expect(sent.status, label).toBeLessThan(500)
        expect(sent.graphqlStatus ?? 0, label).toBeLessThan(500)
        expect(
          sent.status >= 400 || (sent.graphqlStatus ?? 0) >= 400,
          `${label}: must be refused`,
        ).toBe(true)
        expect(await globalSnapshot(global), `${label}: stored global changed`).toBe(before)
        if (role !== 'anonymous' && api === 'REST') {
          expect(sent.status, label).toBe(400)
          expect(refusedField(sent.body), label).toContain(path.join('.'))
        }
      })
      await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
    }, 600_000)
  }

  it('REST reads of every global, drafts included, with generated query parameters', async () => {
    const read = fc.record({
      global: fc.constantFrom(...(Object.keys(GLOBALS) as Global[])),
      key: fc.oneof(
        fc.constantFrom('depth', 'draft', 'locale', 'select[title]', 'where[x][equals]'),
        queryText,
      ),
      value: queryText,
      draft: fc.boolean(),
    })
    const property = fc.asyncProperty(read, fc.constantFrom(...ROLES), async (r, role) => {
      const params = new URLSearchParams([[r.key, r.value]])
      if (r.draft) params.append('draft', 'true')
      const sent = await rest('GET', `globals/${r.global}?${params}`, { token: tokens[role] })
      const label = `REST GET ${role} /api/globals/${r.global}?${params} → ${sent.status} ${JSON.stringify(sent.body).slice(0, 300)}`
      expect(sent.status, label).toBeLessThan(500)
      if (HAS_REFUSED.test(r.key) || HAS_REFUSED.test(r.value)) {
        expect(sent.status, label).toBe(400)
        expect(refusedField(sent.body), label).toBe(r.key)
      }
    })
    await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
  }, 600_000)
})
