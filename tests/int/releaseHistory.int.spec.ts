import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { frameworkData, seededGuide, signedInAs } from '../helpers/payload'
import { rest, type RestReply } from '../helpers/routes'

// Releases against a model: random sequences of edits, publishes, adds, release publishes and
// reverts, take-newer and deletes, through the REST API as an editor. After every step: no 5xx,
// the answer is the one the model expects, and what readers see and what the editor's working
// copy holds are exactly what the model predicts, so no work vanishes without a 409.

const RUNS = Number(process.env.RELEASE_RUNS ?? 10)
const SEED = Number(process.env.RELEASE_SEED ?? 20261203)
const DOCS = 2
const RELEASES = 2

type Captured = { text: string; seq: number }
type Doc = {
  id: number
  deleted: boolean
  /** What anonymous readers get, or null while unpublished. */
  live: { text: string; seq: number } | null
  /** The newest version: what the editor opens. */
  working: { text: string; seq: number }
}
type Rel = {
  id: number
  status: 'open' | 'published' | 'reverted'
  captured: Map<number, Captured>
  /** For each document, what the release put live and what was live before it. */
  shipped: Map<number, { put: string; before: { text: string; seq: number } | null }>
}

type Op =
  | { op: 'edit'; d: number; text: string }
  | { op: 'publishDoc'; d: number; text: string }
  | { op: 'add'; r: number; d: number }
  | { op: 'takeNewer'; r: number }
  | { op: 'publish'; r: number }
  | { op: 'revert'; r: number }
  | { op: 'delete'; d: number }

const text = fc.constantFrom('alpha', 'bravo', 'charlie')
const d = fc.nat({ max: DOCS - 1 })
const r = fc.nat({ max: RELEASES - 1 })
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), d, text }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('publishDoc' as const), d, text }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add' as const), r, d }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('takeNewer' as const), r }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('publish' as const), r }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('revert' as const), r }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), d }) },
)

const edit = (d: number, text: string): Op => ({ op: 'edit', d, text })
const add = (r: number, d: number): Op => ({ op: 'add', r, d })
const publish = (r: number): Op => ({ op: 'publish', r })
const revert = (r: number): Op => ({ op: 'revert', r })

/** The sequences that lost work before, run first every time (then the generated ones). */
const examples: [Op[]][] = [
  // Reverting out of order: the later release's change is refused, then both revert in turn.
  [
    [
      edit(0, 'alpha'),
      add(0, 0),
      publish(0),
      edit(0, 'bravo'),
      add(1, 0),
      publish(1),
      revert(0),
      revert(1),
      revert(0),
    ],
  ],
  // A revert after a later publish and a newer draft: refused, both kept.
  [
    [
      edit(0, 'alpha'),
      add(0, 0),
      publish(0),
      { op: 'publishDoc', d: 0, text: 'bravo' },
      edit(0, 'charlie'),
      revert(0),
    ],
  ],
  // A newer draft than the release's: published the release's, kept the newer as the working copy.
  [[edit(0, 'alpha'), add(0, 0), edit(0, 'bravo'), publish(0), revert(0)]],
  // A deleted document: the release still reverts the others.
  [
    [
      edit(1, 'alpha'),
      add(0, 0),
      add(0, 1),
      edit(0, 'bravo'),
      add(0, 0),
      publish(0),
      { op: 'delete', d: 1 },
      revert(0),
    ],
  ],
  // Take newer on a published release; deleting a document a pending release holds.
  [[add(0, 0), publish(0), { op: 'takeNewer', r: 0 }, add(1, 1), { op: 'delete', d: 1 }]],
]

let payload: Payload
let token = ''

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  await signedInAs(payload, 'admin', 'history-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'history'))
})

/** The model: what each operation answers, and what it does to the documents and releases. */
class Model {
  seq = 0
  constructor(
    public docs: Doc[],
    public rels: Rel[],
  ) {}

  private pending = (doc: Doc) =>
    this.rels.some((rel) => rel.status === 'open' && rel.captured.has(doc.id))

  /** The status the API should answer, applying the operation when it succeeds. */
  apply(step: Op): number {
    if (step.op === 'edit' || step.op === 'publishDoc' || step.op === 'delete') {
      const doc = this.docs[step.d]!
      if (doc.deleted) return 404
      if (step.op === 'delete') {
        if (this.pending(doc)) return 409
        doc.deleted = true
        return 200
      }
      doc.working = { text: step.text, seq: ++this.seq }
      if (step.op === 'publishDoc') doc.live = { ...doc.working }
      return 200
    }
    const rel = this.rels[step.r]!
    if (step.op === 'add') {
      const doc = this.docs[step.d]!
      if (rel.status !== 'open') return 409
      if (doc.deleted) return 400
      rel.captured.set(doc.id, { ...doc.working })
      return 200
    }
    if (step.op === 'takeNewer') {
      if (rel.status !== 'open') return 409
      for (const id of rel.captured.keys()) rel.captured.set(id, { ...this.byId(id).working })
      return 200
    }
    if (step.op === 'publish') return this.publish(rel)
    return this.revert(rel)
  }

  private byId = (id: number) => this.docs.find((doc) => doc.id === id)!

  private publish(rel: Rel): number {
    if (rel.status !== 'open') return 409
    if (rel.captured.size === 0) return 400
    for (const [id, captured] of rel.captured) {
      const doc = this.byId(id)
      if (doc.deleted) return 409
      // A later publish the release would take off the site.
      if (doc.live && doc.live.text !== captured.text && doc.live.seq > captured.seq) return 409
    }
    for (const [id, captured] of rel.captured) {
      const doc = this.byId(id)
      rel.shipped.set(id, { put: captured.text, before: doc.live })
      doc.live = { text: captured.text, seq: ++this.seq }
      // A newer draft stays the working copy.
      if (doc.working.text === captured.text) doc.working = { ...doc.live }
      else doc.working = { text: doc.working.text, seq: ++this.seq }
    }
    rel.status = 'published'
    return 200
  }

  private revert(rel: Rel): number {
    if (rel.status !== 'published') return 409
    for (const [id, shipped] of rel.shipped) {
      const doc = this.byId(id)
      if (doc.deleted) continue
      if (!doc.live || doc.live.text !== shipped.put) return 409
    }
    for (const [id, shipped] of rel.shipped) {
      const doc = this.byId(id)
      if (doc.deleted) continue
      const keep = doc.working.text !== shipped.put
      doc.live = shipped.before ? { text: shipped.before.text, seq: ++this.seq } : null
      if (keep) doc.working = { text: doc.working.text, seq: ++this.seq }
      else doc.working = { text: shipped.before?.text ?? shipped.put, seq: ++this.seq }
    }
    rel.status = 'reverted'
    return 200
  }
}

/** The REST call an operation makes, as the editor. */
function call(model: Model, step: Op): Promise<RestReply> {
  if (step.op === 'edit' || step.op === 'publishDoc' || step.op === 'delete') {
    const { id } = model.docs[step.d]!
    if (step.op === 'delete') return rest('DELETE', `frameworks/${id}`, { token })
    const published = step.op === 'publishDoc'
    return rest('PATCH', `frameworks/${id}${published ? '' : '?draft=true'}`, {
      token,
      body: { bestFor: step.text, ...(published ? { _status: 'published' } : {}) },
    })
  }
  const { id } = model.rels[step.r]!
  if (step.op === 'add') {
    const body = { collection: 'frameworks', id: model.docs[step.d]!.id }
    return rest('POST', `releases/${id}/add`, { token, body })
  }
  const action = step.op === 'takeNewer' ? 'take-newer' : step.op
  return rest('POST', `releases/${id}/${action}`, { token })
}

/** What readers and the editor get now, against the model. */
async function expectMatches(model: Model, after: string) {
  for (const doc of model.docs) {
    const anonymous = await rest('GET', `frameworks/${doc.id}?depth=0`)
    const editor = await rest('GET', `frameworks/${doc.id}?depth=0&draft=true`, { token })
    if (doc.deleted) {
      expect(editor.status, `${after}: doc ${doc.id} deleted`).toBe(404)
      continue
    }
    expect(editor.body.bestFor, `${after}: working copy of doc ${doc.id}`).toBe(doc.working.text)
    if (doc.live) {
      expect(anonymous.status, `${after}: doc ${doc.id} live`).toBe(200)
      expect(anonymous.body.bestFor, `${after}: live text of doc ${doc.id}`).toBe(doc.live.text)
    } else {
      expect(anonymous.status, `${after}: doc ${doc.id} unpublished`).toBe(404)
    }
  }
  for (const rel of model.rels) {
    const { body } = await rest('GET', `releases/${rel.id}?depth=0`, { token })
    expect(body.status, `${after}: release ${rel.id}`).toBe(rel.status)
  }
}

async function freshModel(): Promise<Model> {
  const tag = randomBytes(3).toString('hex')
  const docs: Doc[] = []
  for (let i = 0; i < DOCS; i++) {
    const doc = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`History ${tag} ${i}`, { bestFor: 'origin' }),
    })
    docs.push({
      id: doc.id,
      deleted: false,
      live: { text: 'origin', seq: 0 },
      working: { text: 'origin', seq: 0 },
    })
  }
  const rels: Rel[] = []
  for (let i = 0; i < RELEASES; i++) {
    const created = await rest('POST', 'releases', { token, body: { name: `History ${tag} ${i}` } })
    const id = (created.body.doc as { id: number }).id
    rels.push({ id, status: 'open', captured: new Map(), shipped: new Map() })
  }
  return new Model(docs, rels)
}

describe('releases against a model of what they should do', () => {
  it('answer as the model does and leave readers and editors the content it predicts', async () => {
    console.log(`[releases] seed ${SEED}, ${RUNS} runs (RELEASE_SEED, RELEASE_RUNS)`)
    const property = fc.asyncProperty(
      fc.array(op, { minLength: 4, maxLength: 14 }),
      async (ops) => {
        const model = await freshModel()
        const done: string[] = []
        for (const step of ops) {
          const expected = model.apply(step)
          const reply = await call(model, step)
          done.push(JSON.stringify(step))
          const after = `after ${done.join(' → ')}`
          expect(
            reply.status,
            `${after}: ${JSON.stringify(reply.body).slice(0, 400)}`,
          ).toBeLessThan(500)
          expect(reply.status, `${after}: ${JSON.stringify(reply.body).slice(0, 400)}`).toBe(
            expected,
          )
          await expectMatches(model, after)
        }
      },
    )
    await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true, examples })
  }, 600_000)
})

describe('two releases holding the same documents', () => {
  it('publish one after the other when sent at once: the second sees the first and is refused', async () => {
    const tag = randomBytes(3).toString('hex')
    const ids: number[] = []
    for (const name of ['a', 'b']) {
      const doc = await payload.create({
        collection: 'frameworks',
        data: frameworkData(`Race ${tag} ${name}`, { bestFor: 'origin' }),
      })
      ids.push(doc.id)
    }
    const releases: number[] = []
    // Opposite orders: the locks are taken in one order whatever the rows say, so no deadlock.
    for (const [index, order] of [ids, [...ids].reverse()].entries()) {
      for (const id of order) {
        await rest('PATCH', `frameworks/${id}?draft=true`, {
          token,
          body: { bestFor: `release ${index}` },
        })
      }
      const created = await rest('POST', 'releases', {
        token,
        body: {
          name: `Race ${tag} ${index}`,
          items: order.map((value) => ({ doc: { relationTo: 'frameworks', value } })),
        },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      releases.push((created.body.doc as { id: number }).id)
    }

    const replies = await Promise.all(
      releases.map((id) => rest('POST', `releases/${id}/publish`, { token })),
    )

    const statuses = replies.map((reply) => reply.status).sort()
    // The second one captured its drafts before the first went live: publishing it would take
    // the first release's change off the site without a word.
    expect(statuses).toEqual([200, 409])
    const winner = replies.findIndex((reply) => reply.status === 200)
    const refused = replies[1 - winner]!
    expect(JSON.stringify(refused.body)).toContain('a later change was published')
    for (const id of ids) {
      const live = await rest('GET', `frameworks/${id}?depth=0`)
      expect(live.body.bestFor).toBe(`release ${winner}`)
    }
  })
})
