import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TAGS } from '@/lib/cache/tags'
import { relationId } from '@/lib/content/relationId'
import type { Framework, Guide } from '@/payload-types'

import {
  emitted,
  frameworkData,
  refusal,
  SEEDED_SLUG as SEEDED,
  seededGuide,
} from '../helpers/payload'
import { paragraph, paragraphWithLink } from '../helpers/richText'

let payload: Payload
let guideId: number
let original: number[]
let swapped: number[]

const idOf = relationId<number>
const order = (guide: Guide) => (guide.ranking ?? []).map((row) => idOf(row.framework))

/** The ranking as a reader (no user, published only) or an editor (latest draft) sees it. */
async function rankingFor(reader: 'reader' | 'editor'): Promise<number[]> {
  const guide = await payload.findByID({
    collection: 'guides',
    id: guideId,
    depth: 0,
    draft: reader === 'editor',
    overrideAccess: reader === 'editor',
  })
  return order(guide)
}

const setRanking = (ids: number[], extra: { draft?: boolean } = {}) =>
  payload.update({
    collection: 'guides',
    id: guideId,
    data: { ranking: ids.map((framework) => ({ framework })) },
    ...extra,
  })

async function frameworkId(slug: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'frameworks',
    where: { slug: { equals: slug } },
    depth: 0,
  })
  return docs[0]!.id
}

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  guideId = seeded.guide.id
  original = order(seeded.guide)
  const [fastapi, django] = [await frameworkId('fastapi'), await frameworkId('django')]
  swapped = original.map((id) => (id === fastapi ? django : id === django ? fastapi : id))
})

afterAll(async () => {
  // Other test files read the seeded ranking: leave it as found, published.
  if ((await rankingFor('editor')).join() !== original.join()) await setRanking(original)
})

describe('drafts and versions of the ranking', () => {
  it('keeps a reordered draft from readers until published, and restoring brings the old order back', async () => {
    const { docs } = await payload.findVersions({
      collection: 'guides',
      where: {
        and: [{ parent: { equals: guideId } }, { 'version._status': { equals: 'published' } }],
      },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
    const publishedVersion = docs[0]!
    expect(order(publishedVersion.version), 'the latest published version').toEqual(original)
    expect(swapped).not.toEqual(original)

    await setRanking(swapped, { draft: true })
    expect(await rankingFor('reader'), 'draft saved: published read').toEqual(original)
    expect(await rankingFor('editor'), 'draft saved: draft read').toEqual(swapped)
    const anonymousDraft = await payload.findByID({
      collection: 'guides',
      id: guideId,
      depth: 0,
      draft: true,
      overrideAccess: false,
    })
    expect(order(anonymousDraft), 'draft saved: anonymous read asking for drafts').toEqual(original)

    // Only the status, as the scheduled-publish job sends it: the latest draft is what goes live.
    await payload.update({ collection: 'guides', id: guideId, data: { _status: 'published' } })
    expect(await rankingFor('reader'), 'published: published read').toEqual(swapped)

    const tags = await emitted(() =>
      payload.restoreVersion({ collection: 'guides', id: String(publishedVersion.id) }),
    )
    expect(await rankingFor('reader'), 'restored: published read').toEqual(original)
    expect(await rankingFor('editor'), 'restored: draft read').toEqual(original)
    expect(tags.flat(), 'restored: the guide page expires').toContain(TAGS.guide(SEEDED))
  })
})

describe('links in rich text', () => {
  const suffix = randomBytes(4).toString('hex')
  let framework: Framework

  const saveBlurbLink = (url: string) =>
    payload.update({
      collection: 'frameworks',
      id: framework.id,
      data: { blurb: paragraphWithLink('Read ', url, 'more') },
    })

  beforeAll(async () => {
    framework = await payload.create({
      collection: 'frameworks',
      data: frameworkData(`Link check ${suffix}`, {
        bestFor: 'Link checks',
        blurb: paragraph('No links yet.'),
      }),
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'frameworks', id: framework.id })
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    '//evil.example',
  ])(
    'refuses a blurb link to %j, naming the blurb, and keeps the stored framework',
    async (url) => {
      const before = await payload.findByID({
        collection: 'frameworks',
        id: framework.id,
        draft: true,
      })
      const { fields } = await refusal(saveBlurbLink(url))
      expect(fields.map((e) => e.path)).toEqual(['blurb'])
      expect(fields[0]?.message).toMatch(/url/)
      const after = await payload.findByID({
        collection: 'frameworks',
        id: framework.id,
        draft: true,
      })
      expect(after).toEqual(before)
    },
  )

  it.each(['https://example.com/docs', 'http://example.com', '/guides/x', '#fastapi'])(
    'accepts a blurb link to %j',
    async (url) => {
      await saveBlurbLink(url)
      const stored = await payload.findByID({ collection: 'frameworks', id: framework.id })
      const [block] = stored.blurb.root.children as unknown as { children: unknown[] }[]
      expect(block?.children[1]).toMatchObject({ type: 'link', fields: { url } })
    },
  )
})
