import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readScorecard, type StoredScorecard } from '@/lib/scorecard/stored'
import { rankBy } from '@/lib/scorecard/rank'
import { scoredEntries } from '@/lib/scorecard/frame'
import type { Guide } from '@/payload-types'

import { seededGuide, signedInAs } from '../helpers/payload'
import { rest } from '../helpers/routes'

let payload: Payload
let seeded: Guide
let editor: { id: number; token: string }
let admin: { id: number; token: string }
let names: { criteria: Map<number, string>; frameworks: Map<number, string> }
let trial: Guide

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map(
    (value) => (typeof value === 'object' ? (value as { id: number }).id : value) as number,
  )

const rankingIds = (guide: Guide) => (guide.ranking ?? []).map((row) => row.framework as number)

const frameOf = (guide: Guide) => ({
  criteria: ids(guide.criteriaSection?.criteria).map((id) => ({
    id: String(id),
    name: names.criteria.get(id)!,
  })),
  entries: rankingIds(guide).map((id) => ({ id: String(id), name: names.frameworks.get(id)! })),
})

const errorsOf = (body: Record<string, unknown>) =>
  (
    (body.errors ?? []) as {
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }[]
  ).flatMap((error) => error.data?.errors ?? [{ path: '', message: error.message }])

beforeAll(async () => {
  ;({ payload, guide: seeded } = await seededGuide())
  // The first account of a database becomes an admin: the editor comes second.
  admin = await signedInAs(payload, 'admin', 'scorecard-admin')
  editor = await signedInAs(payload, 'editor', 'scorecard-editor')
  const [criteria, frameworks] = await Promise.all([
    payload.find({ collection: 'criteria', depth: 0, pagination: false }),
    payload.find({ collection: 'frameworks', depth: 0, pagination: false }),
  ])
  names = {
    criteria: new Map(criteria.docs.map((doc) => [doc.id, doc.name])),
    frameworks: new Map(frameworks.docs.map((doc) => [doc.id, doc.name])),
  }
  // A copy of the seeded guide to change: the seeded one stays as the other suites expect it.
  trial = await payload.create({
    collection: 'guides',
    data: {
      title: 'Scorecard trial',
      slug: `scorecard-trial-${Date.now()}`,
      dek: seeded.dek,
      criteriaSection: {
        heading: seeded.criteriaSection.heading,
        criteria: ids(seeded.criteriaSection?.criteria),
      },
      ranking: rankingIds(seeded).map((framework) => ({ framework })),
      scorecardSection: { ...seeded.scorecardSection },
      cta: { heading: seeded.cta.heading },
      _status: 'draft',
    },
    draft: true,
    depth: 0,
  })
})

afterAll(async () => {
  if (trial) await payload.delete({ collection: 'guides', id: trial.id })
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id })
  }
})

describe('the seeded scorecard', () => {
  it('every criterion has a slug readers can put in ?w=', async () => {
    const { docs } = await payload.find({ collection: 'criteria', depth: 0, pagination: false })
    expect(docs.map((doc) => doc.slug).sort()).toEqual(
      ['ai-buildability', 'batteries', 'ecosystem-maturity', 'ownership', 'performance'].sort(),
    )
  })

  it('scores every entry on every criterion, and its weights reproduce the seeded ranking exactly, without ties', () => {
    const scorecard = readScorecard(seeded.scorecardSection?.scorecard)
    const ranked = rankBy(...scoredEntries(scorecard, frameOf(seeded)))
    expect(ranked.map((entry) => entry.name)).toEqual(
      rankingIds(seeded).map((id) => names.frameworks.get(id)),
    )
    expect(ranked.every((entry) => entry.tiedWith.length === 0)).toBe(true)
    for (const entry of frameOf(seeded).entries) {
      for (const criterion of frameOf(seeded).criteria) {
        const cell = scorecard.entries[entry.id]?.scores[criterion.id]
        expect(cell?.score, `${entry.name} · ${criterion.name}`).toBeTypeOf('number')
        expect(cell?.rationale.length, `${entry.name} · ${criterion.name}`).toBeGreaterThan(10)
      }
    }
  })

  it('lets AI-buildability and ownership dominate, as the caveat says', () => {
    const scorecard = readScorecard(seeded.scorecardSection?.scorecard)
    const byName = new Map<string, number>(
      Object.entries(scorecard.weights).map(([id, weight]) => [
        names.criteria.get(Number(id)) ?? id,
        weight,
      ]),
    )
    const weight = (name: string) => byName.get(name) ?? -1
    const others = ['batteries', 'performance', 'ecosystem maturity'].map(weight)
    expect(Math.min(weight('AI-buildability'), weight('ownership'))).toBeGreaterThan(
      Math.max(...others),
    )
  })
})

describe('saving scores: refused with a 400 naming the entry and the criterion, nothing stored', () => {
  const cellPatch = (guide: Guide, entryId: number, criterionId: number, score: unknown) => {
    const scorecard: StoredScorecard = structuredClone(
      readScorecard(guide.scorecardSection?.scorecard),
    )
    const entry = (scorecard.entries[String(entryId)] ??= { scores: {}, reviewed: null, note: '' })
    entry.scores[String(criterionId)] = { score: score as number, rationale: '' }
    return scorecard
  }
  const stored = async () =>
    readScorecard(
      (await payload.findByID({ collection: 'guides', id: trial.id, depth: 0, draft: true }))
        .scorecardSection?.scorecard,
    )

  it.each([
    [11, /FastAPI · ownership: score must be 10 or less/],
    [-1, /FastAPI · ownership: score must be 0 or more/],
    [6.5, /FastAPI · ownership: score must be a whole number/],
    ['7', /FastAPI · ownership: score must be a number/],
  ])('a score of %j, even in a draft', async (score, message) => {
    const before = await stored()
    const fastapi = rankingIds(trial)[1]!
    const ownership = ids(trial.criteriaSection?.criteria)[1]!
    const reply = await rest('PATCH', `guides/${trial.id}?draft=true`, {
      token: editor.token,
      body: { scorecardSection: { scorecard: cellPatch(trial, fastapi, ownership, score) } },
    })
    expect(reply.status).toBe(400)
    expect(
      errorsOf(reply.body)
        .map((e) => e.message)
        .join(' '),
    ).toMatch(message)
    expect(await stored()).toEqual(before)
  })

  it('a criterion that is not in the guide', async () => {
    const outsider = await payload.create({
      collection: 'criteria',
      data: { name: `Outsider ${Date.now()}`, _status: 'published' },
    })
    try {
      const reply = await rest('PATCH', `guides/${trial.id}?draft=true`, {
        token: editor.token,
        body: {
          scorecardSection: { scorecard: cellPatch(trial, rankingIds(trial)[0]!, outsider.id, 5) },
        },
      })
      expect(reply.status).toBe(400)
      expect(
        errorsOf(reply.body)
          .map((e) => e.message)
          .join(' '),
      ).toMatch(
        new RegExp(
          `jerrycan · ${outsider.name}: ${outsider.name} is not one of this guide's criteria`,
        ),
      )
    } finally {
      await payload.delete({ collection: 'criteria', id: outsider.id })
    }
  })

  it('a missing score: fine in a draft, refused on publish', async () => {
    const django = rankingIds(trial)[2]!
    const batteries = ids(trial.criteriaSection?.criteria)[2]!
    const scorecard = cellPatch(trial, django, batteries, null)
    const draft = await rest('PATCH', `guides/${trial.id}?draft=true`, {
      token: editor.token,
      body: { scorecardSection: { scorecard } },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const publish = await rest('PATCH', `guides/${trial.id}`, {
      token: editor.token,
      body: { scorecardSection: { scorecard }, _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(
      errorsOf(publish.body)
        .map((e) => e.message)
        .join(' '),
    ).toMatch(/Django · batteries: publishing needs a score \(0–10\)/)
  })
})

describe('what a save takes out of the guide goes with its scores', () => {
  it('a ranking row removed in a draft drops that entry’s scores; the rest stay', async () => {
    const guide = await payload.findByID({
      collection: 'guides',
      id: trial.id,
      depth: 0,
      draft: true,
    })
    const [first, ...others] = rankingIds(guide)
    const reply = await rest('PATCH', `guides/${trial.id}?draft=true`, {
      token: editor.token,
      body: { ranking: others.map((framework) => ({ framework })) },
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const after = readScorecard(
      (await payload.findByID({ collection: 'guides', id: trial.id, depth: 0, draft: true }))
        .scorecardSection?.scorecard,
    )
    expect(Object.keys(after.entries)).not.toContain(String(first))
    expect(Object.keys(after.entries).sort()).toEqual(others.map(String).sort())
  })
})
