import { randomBytes } from 'node:crypto'
import {
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type RequiredDataFromCollectionSlug,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purges } from '@/lib/cache/purge'
import { revalidations } from '@/lib/cache/revalidate'
import { TAGS } from '@/lib/cache/tags'
import { relationId } from '@/lib/content/relationId'
import type { Guide } from '@/payload-types'

import { emitted, frameworkData, SEEDED_SLUG as SEEDED, seededGuide } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { sqlClient } from '../../tooling/throwaway'

// Which cache tags each write expires: the published pages readers get come from Next's data cache,
// so a missing tag is a stale page and an extra one a needless re-render.

const suffix = randomBytes(4).toString('hex')

let payload: Payload
let seeded: Guide
const made = { guides: [] as number[], frameworks: [] as number[] }

async function newFramework(name: string, status: 'draft' | 'published' = 'published') {
  const framework = await payload.create({
    collection: 'frameworks',
    data: frameworkData(`${name} ${suffix}`, { blurb: paragraph(name), _status: status }),
    draft: status === 'draft',
  })
  made.frameworks.push(framework.id)
  return framework
}

async function newGuide(title: string, frameworkIds: number[]) {
  const guide = await payload.create({
    collection: 'guides',
    // The headings and labels the generated type requires all have defaults.
    data: {
      title: `${title} ${suffix}`,
      dek: 'A guide made by the revalidation tests.',
      cta: { heading: 'Try it' },
      ranking: frameworkIds.map((framework) => ({ framework })),
      _status: 'published',
    } as RequiredDataFromCollectionSlug<'guides'>,
  })
  made.guides.push(guide.id)
  return guide
}

const publish = (collection: 'frameworks' | 'criteria' | 'caveats' | 'guides', id: number) =>
  payload.update({ collection, id, data: { _status: 'published' } })

const idOf = relationId<number>

beforeAll(async () => {
  ;({ payload, guide: seeded } = await seededGuide())
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', where: { id: { in: made.guides } } })
  await payload.delete({ collection: 'frameworks', where: { id: { in: made.frameworks } } })
})

describe('revalidation on publish', () => {
  it('publishing a framework the seeded guide ranks expires exactly that guide', async () => {
    const ranked = idOf(seeded.ranking![6]!.framework)
    expect(await emitted(() => publish('frameworks', ranked))).toEqual([[TAGS.guide(SEEDED)]])
  })

  it('publishing a criterion the seeded guide shows expires exactly that guide', async () => {
    const shown = idOf(seeded.criteriaSection.criteria![3]!)
    expect(await emitted(() => publish('criteria', shown))).toEqual([[TAGS.guide(SEEDED)]])
  })

  it('publishing a caveat the seeded guide shows expires exactly that guide', async () => {
    const shown = idOf(seeded.caveatsSection.caveats![1]!)
    expect(await emitted(() => publish('caveats', shown))).toEqual([[TAGS.guide(SEEDED)]])
  })

  it('publishing the guide expires its page and the guide list', async () => {
    expect(await emitted(() => publish('guides', seeded.id))).toEqual([
      [TAGS.guide(SEEDED), TAGS.guides],
    ])
  })

  it('updating the site global expires the site settings, the guide list, links and redirects', async () => {
    const site = await payload.findGlobal({ slug: 'site', depth: 0 })
    const tags = await emitted(() =>
      payload.updateGlobal({ slug: 'site', data: { previewBanner: site.previewBanner } }),
    )
    // The home guide may have moved between / and /guides/<slug>: links and redirects follow.
    expect(tags).toEqual([[TAGS.site, TAGS.guides, TAGS.links, TAGS.redirects]])
  })

  it('expires nothing when a never-published framework is saved as a draft', async () => {
    const tags = await emitted(async () => {
      const draft = await newFramework('Revalidation draft', 'draft')
      await payload.update({
        collection: 'frameworks',
        id: draft.id,
        data: { bestFor: 'Still a draft' },
        draft: true,
      })
    })
    expect(tags).toEqual([])
  })

  it('expires nothing when a framework no guide shows is published (empty lists are not emitted)', async () => {
    expect(await emitted(() => newFramework('Revalidation unlisted'))).toEqual([])
  })

  it('expires nothing for writes made by the seed (context.seeding)', async () => {
    const ranked = idOf(seeded.ranking![5]!.framework)
    const tags = await emitted(() =>
      payload.update({
        collection: 'frameworks',
        id: ranked,
        data: { _status: 'published' },
        context: { seeding: true },
      }),
    )
    expect(tags).toEqual([])
  })
})

describe('revalidation of a guide that ranks a framework', () => {
  it('publishing and unpublishing a framework expires the guide that ranks it', async () => {
    const framework = await newFramework('Revalidation ranked')
    const guide = await newGuide('Revalidation guide', [framework.id])
    const tag = TAGS.guide(guide.slug)

    expect(await emitted(() => publish('frameworks', framework.id)), 'publishing').toEqual([[tag]])
    const unpublish = await emitted(() =>
      payload.update({ collection: 'frameworks', id: framework.id, data: { _status: 'draft' } }),
    )
    expect(unpublish, 'unpublishing').toEqual([[tag]])
    const { totalDocs } = await payload.count({
      collection: 'frameworks',
      where: { id: { equals: framework.id } },
      overrideAccess: false,
    })
    expect(totalDocs, 'readers no longer see the unpublished framework').toBe(0)
  })

  it('changing a guide’s slug expires both slugs, the guide list, the site settings, links and redirects', async () => {
    const guide = await newGuide('Revalidation rename', [(await newFramework('Rename fw')).id])
    const slug = `revalidation-renamed-${suffix}`
    const tags = await emitted(() =>
      payload.update({ collection: 'guides', id: guide.id, data: { slug } }),
    )
    // The redirect from the old address is saved (and expires the redirects), then the guide.
    expect(tags[0]).toEqual([TAGS.redirects])
    expect([...tags[1]!].sort()).toEqual(
      // The site settings cache the home guide's slug, and any guide may be the home guide.
      [
        TAGS.guide(guide.slug),
        TAGS.guide(slug),
        TAGS.guides,
        TAGS.links,
        TAGS.redirects,
        TAGS.site,
      ].sort(),
    )
  })

  it('a framework a guide ranks cannot be deleted, so no guide is left with an empty row', async () => {
    const framework = await newFramework('Revalidation kept')
    await newGuide('Revalidation keeper', [framework.id])
    const tags = await emitted(() =>
      payload.delete({ collection: 'frameworks', id: framework.id }).catch((error: Error) => error),
    )
    expect(tags).toEqual([])
    expect((await payload.findByID({ collection: 'frameworks', id: framework.id })).id).toBe(
      framework.id,
    )
  })

  it('a bulk delete takes the frameworks nothing shows and refuses, by name, the one a guide ranks', async () => {
    const shown = await newFramework('Revalidation bulk shown')
    const guide = await newGuide('Revalidation bulk guide', [shown.id])
    const loose = await newFramework('Revalidation bulk loose')
    const result = await payload.delete({
      collection: 'frameworks',
      where: { id: { in: [shown.id, loose.id] } },
    })
    expect(result.docs.map((doc) => doc.id)).toEqual([loose.id])
    expect(result.errors.map((error) => error.id)).toEqual([shown.id])
    expect(result.errors[0]!.message).toContain(guide.title)
  })

  it('deleting a guide expires its page and the guide list', async () => {
    const guide = await newGuide('Revalidation gone', [(await newFramework('Gone fw')).id])
    const tags = await emitted(() => payload.delete({ collection: 'guides', id: guide.id }))
    expect(tags).toEqual([[TAGS.guide(guide.slug), TAGS.guides, TAGS.links, TAGS.redirects]])
  })
})

describe('expiring and purging after the commit', () => {
  // What a proxy does right after a purge: fetch the page again, on another connection.
  const readBestFor = async (id: number) => {
    const db = sqlClient(process.env.DATABASE_URL!)
    await db.connect()
    try {
      const { rows } = await db.query<{ best_for: string }>(
        'select best_for from frameworks where id = $1',
        [id],
      )
      return rows[0]?.best_for
    } finally {
      await db.end()
    }
  }

  it('a publish is expired and purged only once another connection reads the new content', async () => {
    const ranked = idOf(seeded.ranking![4]!.framework)
    const original = await readBestFor(ranked)
    const bestFor = `After the commit ${suffix} ${Date.now()}`
    const seenAtPurge: Promise<string | undefined>[] = []
    const seenAtExpiry: Promise<string | undefined>[] = []
    // Transactions still open when it happens (this file runs alone: none but the save's own).
    const openAt: number[] = []
    const open = () => Object.keys(payload.db.sessions ?? {}).length
    const onPurge = (tags: string[]) => {
      if (!tags.includes(TAGS.guide(SEEDED))) return
      openAt.push(open())
      seenAtPurge.push(readBestFor(ranked))
    }
    const onExpire = () => {
      openAt.push(open())
      seenAtExpiry.push(readBestFor(ranked))
    }
    purges.on('purge', onPurge)
    revalidations.on('revalidate', onExpire)
    let atExpiry: (string | undefined)[] = []
    let atPurge: (string | undefined)[] = []
    try {
      await payload.update({
        collection: 'frameworks',
        id: ranked,
        data: { bestFor, _status: 'published' },
      })
      // Read before the restore below commits: a slow connection would otherwise see that.
      atExpiry = await Promise.all(seenAtExpiry)
      atPurge = await Promise.all(seenAtPurge)
    } finally {
      purges.off('purge', onPurge)
      revalidations.off('revalidate', onExpire)
      // The seeded guide stays as seeded for the other files.
      await payload.update({
        collection: 'frameworks',
        id: ranked,
        data: { bestFor: original, _status: 'published' },
      })
    }
    expect(openAt, 'open transactions at expiry, then at purge').toEqual([0, 0])
    expect(atExpiry, 'read when expired').toEqual([bestFor])
    expect(atPurge, 'read when purged').toEqual([bestFor])
  })

  it('a save that is rolled back expires and purges nothing', async () => {
    const ranked = idOf(seeded.ranking![3]!.framework)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const tags = await emitted(async () => {
      await payload.update({
        collection: 'frameworks',
        id: ranked,
        data: { bestFor: `Rolled back ${suffix}`, _status: 'published' },
        req,
      })
      await killTransaction(req)
    })
    expect(tags).toEqual([])
    expect(await readBestFor(ranked)).not.toBe(`Rolled back ${suffix}`)
  })
})
