import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/lib/seed'
import type { Caveat, Criterion, Framework, Guide } from '@/payload-types'

import { snapshotContent, testPayload } from '../helpers/payload'
import { sourceLines, sourceTableRows } from '../helpers/sourceCopy'

const users = [
  { email: 'seed-admin@example.com', password: 'seed-admin-pw', role: 'admin' as const },
  { email: 'seed-editor@example.com', password: 'seed-editor-pw', role: 'editor' as const },
]
const quiet = { users, log: () => {} }
const plain = (data: unknown) =>
  convertLexicalToPlaintext({
    data: data as Parameters<typeof convertLexicalToPlaintext>[0]['data'],
  })
const lineStartingWith = (start: string) => sourceLines.find((line) => line.startsWith(start))

let payload: Payload
let guide: Guide

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, quiet)
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: 'backend-frameworks-2026' } },
    depth: 2,
  })
  guide = docs[0]!
})

describe('seed', () => {
  it('ranks the 8 frameworks in the source order, each row matching the source table', () => {
    const rows = (guide.ranking ?? []).map((row, index) => {
      const framework = row.framework as Framework
      const cells = [framework.name, framework.language, framework.buildModel, framework.bestFor]
      return `${index + 1} ${cells.join(' ')}`
    })
    expect(rows).toHaveLength(8)
    expect(rows).toEqual(sourceTableRows)
  })

  it('stores every blurb word for word as rich text, with the declared bias on #1 in bold', () => {
    for (const row of guide.ranking ?? []) {
      const framework = row.framework as Framework
      const bestForLine = sourceLines.indexOf(`Best for: ${framework.bestFor}`)
      expect(bestForLine, framework.name).toBeGreaterThan(0)
      expect(plain(framework.blurb)).toBe(sourceLines[bestForLine + 1])
    }
    const ours = (guide.ranking ?? []).map((row) => row.framework as Framework)
    expect(ours.filter((framework) => framework.declaredBias).map((f) => f.name)).toEqual([
      'jerrycan',
    ])
    const [paragraph] = ours[0]!.blurb.root.children as unknown as { children: unknown[] }[]
    expect(paragraph!.children[0]).toMatchObject({ text: 'Our framework', format: 1 }) // 1 = bold
  })

  it('stores the five criteria with their questions, reading back as the source paragraph', () => {
    const criteria = (guide.criteriaSection.criteria ?? []) as Criterion[]
    expect(criteria.map((c) => c.name)).toEqual([
      'AI-buildability',
      'ownership',
      'batteries',
      'performance',
      'ecosystem maturity',
    ])
    const items = criteria.map((c) => (c.question ? `${c.name} (${c.question})` : c.name))
    const list = `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}.`
    const paragraph = [
      plain(guide.criteriaSection.intro),
      list,
      plain(guide.criteriaSection.outro),
    ].join(' ')
    expect(guide.criteriaSection.heading).toBe('The criteria')
    expect(paragraph).toBe(lineStartingWith('What changed in 2026'))
  })

  it('stores the caveats in order, reading back as the source paragraph', () => {
    const caveats = (guide.caveatsSection.caveats ?? []) as Caveat[]
    expect(guide.caveatsSection.heading).toBe('The honest caveats on #1')
    expect(caveats.map((caveat) => plain(caveat.body)).join(' ')).toBe(
      lineStartingWith('jerrycan is the youngest'),
    )
    expect(caveats.every((caveat) => (caveat.framework as Framework).slug === 'jerrycan')).toBe(
      true,
    )
  })

  it('stores the header, table labels, cross-link and call to action as written', () => {
    const labels = guide.tableLabels
    expect(guide.updatedLabel).toBe(sourceLines[0])
    expect(guide.title).toBe(sourceLines[1])
    expect(guide.dek).toBe(sourceLines[2])
    expect(
      [labels.rank, labels.framework, labels.language, labels.buildModel, labels.bestFor].join(' '),
    ).toBe(lineStartingWith('# Framework'))
    expect(plain(guide.crossLink)).toBe(lineStartingWith('Comparing platforms'))
    expect([guide.cta.heading, guide.cta.text]).toEqual(sourceLines.slice(-2))
  })

  it('makes the frameworks guide the home page', async () => {
    const site = await payload.findGlobal({ slug: 'site', depth: 0 })
    expect(site.homeGuide).toBe(guide.id)
  })

  it('creates the development admin and editor, who can sign in with their passwords', async () => {
    for (const user of users) {
      const { user: signedIn } = await payload.login({
        collection: 'users',
        data: { email: user.email, password: user.password },
      })
      expect(signedIn?.role).toBe(user.role)
    }
  })

  it('changes nothing when run a second time', async () => {
    const before = await snapshotContent(payload)
    const report = await seed(payload, quiet)
    expect(report.created).toEqual([])
    expect(await snapshotContent(payload)).toEqual(before)
  })
})
