import '../helpers/nextRuntime'

import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WhatChanged } from '@/components/WhatChanged'
import { exportContent, importContent, parseArchive, serializeArchive } from '@/lib/archive'
import { getPublishedGuide } from '@/lib/content/guide'
import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'
import { twinMarkdown } from '@/lib/markdown/twin'
import { readScorecard, type StoredScorecard } from '@/lib/scorecard/stored'
import { seed } from '@/lib/seed'
import type { GuideChange } from '@/payload-types'

import { GET as changesFeedRoute } from '../../app/(site)/changes-feed/[slug]/route'
import { withoutDataCache } from '../helpers/nextRuntime'
import { frameworkData, payloadOn, SEEDED_SLUG, seededGuide, signedInAs } from '../helpers/payload'
import { rest } from '../helpers/routes'
import { throwawayDatabase, type Throwaway } from '../helpers/throwawayDatabase'

// A published score or weight is content readers follow: each change is listed under "What
// changed" (page, Atom feed, Markdown twin), published alone or in a release, never from a draft.

const suffix = randomBytes(4).toString('hex')
const slug = `score-changes-${suffix}`
// Markup in a name is text wherever a change is shown.
const forgeName = `Forge <i>x</i> & [y](https://evil.example/) *z* ${suffix}`
let payload: Payload
let token = ''
let restoreCache = () => {}
const ids = { guide: 0, forge: 0, releases: [] as number[] }
/** The guide's criteria and entries in order, named as readers see them. */
let criteria: { id: number; name: string }[] = []
let entries: { id: number; name: string }[] = []
/** The scorecard published when the guide was made. */
let original: StoredScorecard

const idOf = (value: unknown) => (typeof value === 'object' ? (value as { id: number }).id : value)
const clone = (scorecard: StoredScorecard): StoredScorecard => structuredClone(scorecard)
const scoreOf = (card: StoredScorecard, entry: number, criterion: number) =>
  card.entries[String(entry)]!.scores[String(criterion)]!.score!

/** `card` with one score set. */
function withScore(card: StoredScorecard, entry: number, criterion: number, score: number) {
  const next = clone(card)
  next.entries[String(entry)]!.scores[String(criterion)]!.score = score
  return next
}

const save = (scorecard: StoredScorecard, status: 'published' | 'draft') =>
  payload.update({
    collection: 'guides',
    id: ids.guide,
    data: { scorecardSection: { scorecard }, _status: status },
    draft: status === 'draft',
    depth: 0,
  })

const publishedScorecard = async () =>
  readScorecard(
    (await payload.findByID({ collection: 'guides', id: ids.guide, depth: 0, draft: false }))
      .scorecardSection?.scorecard,
  )

/** The guide's entries in "What changed", newest first, as stored. */
const entriesOf = async (): Promise<GuideChange[]> =>
  (
    await payload.find({
      collection: 'guide-changes',
      where: { guide: { equals: ids.guide } },
      sort: '-at',
      depth: 0,
      pagination: false,
    })
  ).docs

/** The newest change as readers get it: the page's section, the Atom feed and the Markdown twin. */
async function readersSee() {
  const guide = await getPublishedGuide(slug)
  if (!guide) throw new Error('fixture: the guide is not published')
  const feed = await changesFeedRoute(new Request(`${env.SITE_URL}/guides/${slug}/changes.xml`), {
    params: Promise.resolve({ slug }),
  })
  return {
    html: renderToStaticMarkup(createElement(WhatChanged, { guide })),
    feed: await feed.text(),
    markdown: (await twinMarkdown({ kind: 'guide', slug }))!,
    newest: guide.changes[0]!,
  }
}

async function release(items: { relationTo: string; value: number }[]) {
  const doc = await payload.create({
    collection: 'releases',
    data: {
      name: `Score release ${suffix} ${ids.releases.length}`,
      items: items.map((doc) => ({ doc })),
    } as never,
  })
  ids.releases.push(doc.id)
  return doc
}

beforeAll(async () => {
  const { payload: seededPayload, guide: seeded } = await seededGuide()
  payload = seededPayload
  restoreCache = withoutDataCache()
  // On an empty database the first account is made an admin: the editor comes second.
  await signedInAs(payload, 'admin', 'score-changes-admin')
  ;({ token } = await signedInAs(payload, 'editor', 'score-changes'))
  ids.forge = (
    await payload.create({ collection: 'frameworks', data: frameworkData(forgeName) })
  ).id

  const criterionIds = (seeded.criteriaSection.criteria ?? []).map(idOf) as number[]
  const rankingIds = [...(seeded.ranking ?? []).map((row) => idOf(row.framework)), ids.forge]
  const [named, frameworks] = await Promise.all([
    payload.find({ collection: 'criteria', where: { id: { in: criterionIds } }, depth: 0 }),
    payload.find({ collection: 'frameworks', where: { id: { in: rankingIds } }, depth: 0 }),
  ])
  const nameOf = (docs: { id: number; name: string }[], id: number) =>
    docs.find((doc) => doc.id === id)!.name
  criteria = criterionIds.map((id) => ({ id, name: nameOf(named.docs, id) }))
  entries = (rankingIds as number[]).map((id) => ({ id, name: nameOf(frameworks.docs, id) }))

  // A copy of the seeded guide, with one more entry that scores 0 everywhere (ranked last).
  original = clone(readScorecard(seeded.scorecardSection?.scorecard))
  original.entries[String(ids.forge)] = {
    scores: Object.fromEntries(criterionIds.map((id) => [String(id), { score: 0, rationale: '' }])),
    reviewed: null,
    note: '',
  }
  const guide = await payload.create({
    collection: 'guides',
    data: {
      title: `Score changes ${suffix}`,
      slug,
      dek: seeded.dek,
      criteriaSection: { heading: seeded.criteriaSection.heading, criteria: criterionIds },
      ranking: rankingIds.map((framework) => ({ framework })),
      scorecardSection: { ...seeded.scorecardSection, scorecard: original },
      cta: { heading: seeded.cta.heading },
      _status: 'published',
    } as never,
    depth: 0,
  })
  ids.guide = guide.id
})

afterAll(async () => {
  restoreCache()
  if (ids.releases.length > 0) {
    await payload.delete({ collection: 'releases', where: { id: { in: ids.releases } } })
  }
  if (ids.guide) {
    await payload.delete({ collection: 'guide-changes', where: { guide: { equals: ids.guide } } })
    await payload.delete({ collection: 'guides', id: ids.guide })
  }
  if (ids.forge) await payload.delete({ collection: 'frameworks', id: ids.forge })
})

describe('a published score change', () => {
  it('is recorded and listed by name on the page, in its feed and in its Markdown', async () => {
    const top = entries[0]!
    // The top entry gains a point where it can (it stays on top); the last one gains one too.
    const raised = criteria.find((c) => scoreOf(original, top.id, c.id) < 10)!
    const last = criteria.at(-1)!
    const from = scoreOf(original, top.id, raised.id)
    const card = withScore(withScore(original, top.id, raised.id, from + 1), ids.forge, last.id, 1)
    const before = (await entriesOf()).length

    await save(card, 'published')

    const recorded = await entriesOf()
    expect(recorded).toHaveLength(before + 1)
    expect(recorded[0]).toMatchObject({
      kind: 'publish',
      moves: [],
      scoreChanges: [
        { framework: top.id, criterion: raised.id, from, to: from + 1 },
        { framework: ids.forge, criterion: last.id, from: 0, to: 1 },
      ],
    })
    const lines = [
      `${top.name} · ${raised.name} ${from} → ${from + 1}`,
      `${forgeName} · ${last.name} 0 → 1`,
    ]
    const seen = await readersSee()
    expect(
      seen.newest.scores.map((s) => `${s.entry} · ${s.criterion} ${s.from} → ${s.to}`),
    ).toEqual(lines)
    const escapedHtml = (text: string) =>
      text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    for (const line of lines) expect(seen.html).toContain(`<li>${escapedHtml(line)}</li>`)
    expect(seen.html).not.toContain('<i>')
    expect(seen.feed).toContain(escapedHtml(lines[0]!))
    expect(seen.feed).toContain(`Forge &lt;i&gt;x&lt;/i&gt; &amp; [y]`)
    expect(seen.markdown).toContain(`  - ${lines[0]}`)
    // In the twin the name's link and emphasis are escaped: text, not a link to evil.example.
    const forgeLine = seen.markdown
      .split('\n')
      .find((line) => line.includes(`${suffix}`) && line.includes('0 → 1'))
    expect(forgeLine).toBeDefined()
    expect(forgeLine).not.toContain('[y](https://evil.example/)')
  })

  it('records a weight change as a weight, before the scores', async () => {
    const current = await publishedScorecard()
    const criterion = criteria[0]!
    const from = current.weights[String(criterion.id)]!
    const to = from === 5 ? 4 : from + 1
    const card = clone(current)
    card.weights[String(criterion.id)] = to
    const top = entries[0]!
    const scoreFrom = scoreOf(current, top.id, criterion.id)
    const scoreTo = scoreFrom === 10 ? 9 : scoreFrom + 1

    await save(withScore(card, top.id, criterion.id, scoreTo), 'published')

    const [newest] = await entriesOf()
    expect(newest!.scoreChanges).toMatchObject([
      { framework: null, criterion: criterion.id, from, to },
      { framework: top.id, criterion: criterion.id, from: scoreFrom, to: scoreTo },
    ])
    const seen = await readersSee()
    expect(seen.newest.scores[0]).toEqual({ entry: null, criterion: criterion.name, from, to })
    const line = `Weight · ${criterion.name.replaceAll('&', '&amp;')} ${from} → ${to}`
    expect(seen.html).toContain(`<li>${line}</li>`)
    expect(seen.feed).toContain(line)
  })

  it('cannot be edited over the API, only hidden: a 4xx naming scoreChanges', async () => {
    const [entry] = await entriesOf()
    const path = `guide-changes/${entry!.id}`
    const forged = entry!.scoreChanges!.map((change) => ({ ...change, to: 10 - (change.to ?? 0) }))

    const refused = await rest('PATCH', path, { token, body: { scoreChanges: forged } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('scoreChanges: is written by the publish')
    const [after] = await entriesOf()
    expect(after).toEqual(entry)

    // As the admin's form sends it: every field, the relationships as documents.
    const { body: asRead } = await rest('GET', `${path}?depth=1`, { token })
    const hidden = await rest('PATCH', path, { token, body: { ...asRead, hidden: true } })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    const shown = await rest('PATCH', path, { token, body: { hidden: false } })
    expect(shown.status).toBe(200)
    const [again] = await entriesOf()
    expect({ ...again, updatedAt: entry!.updatedAt }).toEqual(entry)
  })

  it('records nothing for a draft, autosaved or not, nor for a publish that changes no score', async () => {
    const current = await publishedScorecard()
    const before = await entriesOf()
    const top = entries[0]!
    const criterion = criteria[1]!
    const changed = withScore(
      current,
      top.id,
      criterion.id,
      scoreOf(current, top.id, criterion.id) === 0 ? 1 : 0,
    )

    await save(changed, 'draft')
    await payload.update({
      collection: 'guides',
      id: ids.guide,
      data: { scorecardSection: { scorecard: changed } },
      draft: true,
      autosave: true,
      depth: 0,
    })
    expect(await entriesOf()).toEqual(before)
    expect(await publishedScorecard()).toEqual(current)

    // Publishing the scorecard as it is published already: no change to record.
    await save(current, 'published')
    expect(await entriesOf()).toEqual(before)
  })
})

describe('a release holding score changes', () => {
  it('publishes them with its other documents or not at all, and records them once', async () => {
    const current = await publishedScorecard()
    const top = entries[0]!
    const criterion = criteria[2]!
    const from = scoreOf(current, top.id, criterion.id)
    const to = from === 10 ? 9 : from + 1
    const bestFor = (await payload.findByID({ collection: 'frameworks', id: ids.forge })).bestFor
    const publishedBestFor = async () =>
      (await payload.findByID({ collection: 'frameworks', id: ids.forge, draft: false })).bestFor
    const before = await entriesOf()

    await save(withScore(current, top.id, criterion.id, to), 'draft')
    // Drafts may be incomplete; publishing may not: the framework cannot go out, so nothing does.
    await payload.update({
      collection: 'frameworks',
      id: ids.forge,
      data: { bestFor: '' },
      draft: true,
    })
    // The guide first: its publish runs (and notes its changes) before the framework fails.
    const failing = await release([
      { relationTo: 'guides', value: ids.guide },
      { relationTo: 'frameworks', value: ids.forge },
    ])
    const refused = await rest('POST', `releases/${failing.id}/publish`, { token })
    expect(refused.status).toBe(400)
    expect(await publishedScorecard()).toEqual(current)
    expect(await publishedBestFor()).toBe(bestFor)
    expect(await entriesOf()).toEqual(before)

    await payload.update({
      collection: 'frameworks',
      id: ids.forge,
      data: { bestFor: `Released ${suffix}` },
      draft: true,
    })
    const shipped = await release([
      { relationTo: 'guides', value: ids.guide },
      { relationTo: 'frameworks', value: ids.forge },
    ])
    const reply = await rest('POST', `releases/${shipped.id}/publish`, { token })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(scoreOf(await publishedScorecard(), top.id, criterion.id)).toBe(to)
    expect(await publishedBestFor()).toBe(`Released ${suffix}`)

    // The guide is in the release and shows the framework: still one entry, the release's.
    const after = await entriesOf()
    expect(after).toHaveLength(before.length + 1)
    expect(after[0]).toMatchObject({
      kind: 'publish',
      release: shipped.id,
      moves: [],
      scoreChanges: [{ framework: top.id, criterion: criterion.id, from, to }],
    })
    const seen = await readersSee()
    expect(seen.newest.scores).toEqual([{ entry: top.name, criterion: criterion.name, from, to }])

    // Reverting puts the score back, and says so.
    const reverted = await rest('POST', `releases/${shipped.id}/revert`, { token })
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200)
    expect(await publishedScorecard()).toEqual(current)
    const [undone] = await entriesOf()
    expect(undone).toMatchObject({
      kind: 'revert',
      scoreChanges: [{ framework: top.id, criterion: criterion.id, from: to, to: from }],
    })
  })
})

describe('the archive', () => {
  // Its own seeded source database: an export covers every document, and the shared test
  // database holds whatever the other files left in it (a CI run found a share link there with
  // neither guide nor page, which an export refuses).
  const throwaways: Throwaway[] = []
  afterAll(async () => {
    for (const db of throwaways) await db.stop()
  })

  it('carries the published and the draft scorecard through export and import, unchanged', async () => {
    const source = await throwawayDatabase('score-changes-source')
    throwaways.push(source)
    const from = await payloadOn(source)
    await seed(from, { log: () => {} })
    const guide = (
      await from.find({ collection: 'guides', where: { slug: { equals: SEEDED_SLUG } }, depth: 0 })
    ).docs[0]!
    const published = readScorecard(guide.scorecardSection?.scorecard)
    const top = String(relationId(guide.ranking![0]!.framework))
    const criterion = String(relationId(guide.criteriaSection.criteria![0]!))
    const draft = clone(published)
    const cell = draft.entries[top]!.scores[criterion]!
    cell.score = cell.score === 3 ? 4 : 3
    draft.weights[criterion] = published.weights[criterion] === 0 ? 1 : 0
    await from.update({
      collection: 'guides',
      id: guide.id,
      data: { scorecardSection: { ...guide.scorecardSection, scorecard: draft } },
      draft: true,
      depth: 0,
    })

    const file = serializeArchive(await exportContent(from))
    const target = await throwawayDatabase('score-changes-archive')
    throwaways.push(target)
    const restored = await payloadOn(target)
    await importContent(restored, parseArchive(file))

    expect(serializeArchive(await exportContent(restored))).toBe(file)
    const scorecardIn = async (db: Payload, isDraft: boolean) =>
      readScorecard(
        (await db.findByID({ collection: 'guides', id: guide.id, depth: 0, draft: isDraft }))
          .scorecardSection?.scorecard,
      )
    expect(await scorecardIn(restored, false)).toEqual(published)
    expect(await scorecardIn(restored, true)).toEqual(draft)
    // The keys still name the same criteria and entries: the ids came back as they were.
    const names = async (db: Payload) =>
      Promise.all([
        db.findByID({ collection: 'criteria', id: Number(criterion), depth: 0 }),
        db.findByID({ collection: 'frameworks', id: Number(top), depth: 0 }),
      ]).then((docs) => docs.map((doc) => doc.name))
    expect(await names(restored)).toEqual(await names(from))
  }, 240_000)
})
