// `npm run export` and `npm run import`, run as the real scripts: the shared test database is the
// source, and each import goes into a throwaway Postgres of its own (the shared one is never wiped).
import config from '@payload-config'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  exportContent,
  importContent,
  importFromFile,
  parseArchive,
  type ContentArchive,
} from '@/lib/archive'
import { COLLECTIONS, VERSIONED } from '@/lib/archive/schema'
import type { Guide } from '@/payload-types'

import { throwawayDataDir } from '../../tooling/throwaway'

import { frameworkData, seededGuide, snapshotContent } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { throwawayDatabase, type Throwaway } from '../helpers/throwawayDatabase'

const SCRIPT_TIMEOUT = 120_000
const suffix = randomBytes(4).toString('hex')
const words = { published: `Published words ${suffix}`, draft: `Draft words ${suffix}` }

let source: Payload
let seeded: Guide
let folder: string
/** What this file adds to the shared database (and deletes at the end). */
const added = { frameworks: 0, criteria: 0, media: 0, 'preview-links': 0 }

/** `npm run <script> -- <file>` against the database at `databaseUrl`: exit code and output. */
async function npmRun(script: 'export' | 'import', file: string, databaseUrl: string) {
  const env = { ...process.env, DATABASE_URL: databaseUrl }
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', script, '--', file], {
      env,
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

/**
 * The app's config on another database: what the scripts get when DATABASE_URL points there.
 * Payload never closes its pool, so stopping that database later logs "connection lost": expected.
 */
async function payloadOn(db: Throwaway): Promise<Payload> {
  const base = await config
  const adapter = postgresAdapter({ pool: { connectionString: db.url }, push: true })
  // Payload pushes the development schema once a process, skipping any later database: force it.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  try {
    return await getPayload({ key: db.url, config: { ...base, db: { ...base.db, ...adapter } } })
  } finally {
    delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
  }
}

/** Documents, versions and site settings of guide content that a database holds. */
async function contentCount(payload: Payload): Promise<number> {
  const counts = await Promise.all([
    ...COLLECTIONS.map((collection) => payload.count({ collection })),
    ...VERSIONED.map((collection) => payload.countVersions({ collection })),
  ])
  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  return counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0) + (site.createdAt ? 1 : 0)
}

beforeAll(async () => {
  ;({ payload: source, guide: seeded } = await seededGuide())
  folder = throwawayDataDir('archive-files')

  // A published framework with a newer draft, a criterion never published, an image, a share link.
  const framework = await source.create({
    collection: 'frameworks',
    data: frameworkData(`Archive check ${suffix}`, {
      bestFor: words.published,
      blurb: paragraph(`Blurb ${suffix}`),
    }),
  })
  await source.update({
    collection: 'frameworks',
    id: framework.id,
    data: { bestFor: words.draft },
    draft: true,
  })
  const criterion = await source.create({
    collection: 'criteria',
    data: { name: `Unpublished criterion ${suffix}` },
    draft: true,
  })
  const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#08f' } })
    .png()
    .toBuffer()
  const media = await source.create({
    collection: 'media',
    data: { alt: `A blue box ${suffix}` },
    file: { data: png, mimetype: 'image/png', name: `box-${suffix}.png`, size: png.length },
  })
  const link = await source.create({
    collection: 'preview-links',
    data: {
      guide: seeded.id,
      note: `Archive review ${suffix}`,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  })
  Object.assign(added, {
    frameworks: framework.id,
    criteria: criterion.id,
    media: media.id,
    'preview-links': link.id,
  })
})

afterAll(async () => {
  for (const [collection, id] of Object.entries(added) as [keyof typeof added, number][]) {
    if (id) await source.delete({ collection, id })
  }
  rmSync(folder, { recursive: true, force: true })
})

describe('npm run export, then npm run import into an empty database', () => {
  let target: Throwaway
  let restored: Payload
  let exported: string
  let archive: ContentArchive

  beforeAll(async () => {
    target = await throwawayDatabase('archive-restored')
    const first = path.join(folder, 'first.json')
    const exportRun = await npmRun('export', first, process.env.DATABASE_URL!)
    expect(exportRun.code, exportRun.output).toBe(0)
    expect(exportRun.output).toContain(`wrote ${first}`)
    exported = readFileSync(first, 'utf8')
    archive = parseArchive(exported)

    const importRun = await npmRun('import', first, target.url)
    expect(importRun.code, importRun.output).toBe(0)
    expect(importRun.output).toMatch(/import: frameworks: \d+ \(\d+ published, 1 with a draft\)/)
    restored = await payloadOn(target)
  }, SCRIPT_TIMEOUT)

  afterAll(async () => {
    await target?.stop()
  })

  it(
    'exports the restored database to the very same file, byte for byte',
    async () => {
      const second = path.join(folder, 'second.json')
      const { code, output } = await npmRun('export', second, target.url)
      expect(code, output).toBe(0)
      expect(readFileSync(second, 'utf8')).toBe(exported)
    },
    SCRIPT_TIMEOUT,
  )

  it('carries drafts, media records and share links, and no accounts', () => {
    const framework = archive.frameworks.find((doc) => doc.id === added.frameworks)
    expect(framework?.published?.bestFor).toBe(words.published)
    expect(framework?.draft?.bestFor).toBe(words.draft)
    const criterion = archive.criteria.find((doc) => doc.id === added.criteria)
    expect(criterion?.published).toBeNull()
    expect(criterion?.draft?.name).toBe(`Unpublished criterion ${suffix}`)
    expect(archive.media.map((doc) => doc.alt)).toContain(`A blue box ${suffix}`)
    expect(archive['preview-links'].map((doc) => doc.note)).toContain(`Archive review ${suffix}`)
    expect(exported).not.toMatch(/"(users|email|hash|salt|createdBy)"/)
  })

  it('keeps what readers see apart from what editors see', async () => {
    // As a reader (anonymous, published only) or as an editor (latest draft) reads it.
    const read = (draft: boolean) =>
      restored.findByID({
        collection: 'frameworks',
        id: added.frameworks,
        draft,
        overrideAccess: draft,
      })
    expect((await read(false)).bestFor, 'published read').toBe(words.published)
    expect((await read(true)).bestFor, 'draft read').toBe(words.draft)
    const unpublished = await restored.find({
      collection: 'criteria',
      where: { id: { equals: added.criteria } },
      overrideAccess: false,
    })
    expect(unpublished.docs, 'a never-published criterion, read anonymously').toEqual([])
  })

  it('keeps ids, the ranking order, rich text and timestamps', async () => {
    const copy = await restored.findByID({ collection: 'guides', id: seeded.id, depth: 0 })
    const original = await source.findByID({ collection: 'guides', id: seeded.id, depth: 0 })
    expect(copy.ranking).toEqual(original.ranking)
    expect(copy.criteriaSection).toEqual(original.criteriaSection)
    expect(copy.crossLink).toEqual(original.crossLink)
    expect([copy.createdAt, copy.updatedAt]).toEqual([original.createdAt, original.updatedAt])
    const site = await restored.findGlobal({ slug: 'site', depth: 0 })
    expect(site.homeGuide).toBe(seeded.id)
  })

  it('gives the next document created a fresh id', async () => {
    const highest = Math.max(...archive.frameworks.map((doc) => doc.id))
    const created = await restored.create({
      collection: 'frameworks',
      data: frameworkData(`After import ${suffix}`, {
        bestFor: 'Checking ids',
        blurb: paragraph('New.'),
      }),
      context: { seeding: true },
    })
    expect(created.id).toBeGreaterThan(highest)
  })
})

describe('refused files', () => {
  let target: Throwaway
  let empty: Payload
  let base: ContentArchive
  let guideIndex: number

  beforeAll(async () => {
    target = await throwawayDatabase('archive-empty')
    empty = await payloadOn(target)
    base = await exportContent(source)
    guideIndex = base.guides.findIndex((doc) => doc.id === seeded.id)
  }, SCRIPT_TIMEOUT)

  afterAll(async () => {
    await target?.stop()
  })

  /** The export with one change made by `edit`, as a file's text. */
  const edited = (edit: (data: ContentArchive) => void) => {
    const data = structuredClone(base)
    edit(data)
    return JSON.stringify(data)
  }
  /** The third row of the seeded guide's published ranking, open to any value. */
  const thirdRank = (data: ContentArchive) =>
    data.guides[guideIndex]!.published!.ranking![2] as { framework: unknown }

  it.each([
    ['invalid JSON', () => '{"format": "guide-content",', /not valid JSON/],
    [
      'an unknown format version',
      () => edited((data) => Object.assign(data, { version: 2 })),
      /format version 2 is unknown; this app reads version 1/,
    ],
    [
      'a missing collection',
      () => edited((data) => delete (data as Partial<ContentArchive>).frameworks),
      /- frameworks: missing/,
    ],
    [
      'a relationship to a document not in the file',
      () => edited((data) => (thirdRank(data).framework = 999_999)),
      /guides\[\d+\]\.published\.ranking\[2\]\.framework: frameworks 999999 is not in the file/,
    ],
    [
      'a wrongly typed field',
      () => edited((data) => (thirdRank(data).framework = 'fastapi')),
      /guides\[\d+\]\.published\.ranking\[2\]\.framework: Invalid input: expected number, received string/,
    ],
  ])('refuses %s, naming the problem, and writes nothing', async (_, text, message) => {
    // Through the import's own entry, as `npm run import` calls it: the file is read, checked,
    // and only then restored.
    const file = path.join(folder, 'refused.json')
    writeFileSync(file, text())
    await expect(importFromFile(empty, file, () => {})).rejects.toThrow(message)
    expect(await contentCount(empty)).toBe(0)
  })

  it('rolls back an import the database refuses midway', async () => {
    const twoSlugs = edited((data) => {
      const [first, second] = data.frameworks
      second!.published!.slug = first!.published!.slug
    })
    await expect(importContent(empty, parseArchive(twoSlugs))).rejects.toThrow(
      /nothing was written: frameworks\[1\] \(id \d+\) was refused by the database: slug/,
    )
    expect(await contentCount(empty)).toBe(0)
  })

  it(
    'stops npm run import on a bad file, before opening the database',
    async () => {
      const file = path.join(folder, 'broken.json')
      writeFileSync(
        file,
        edited((data) => Object.assign(data, { version: 'two' })),
      )
      const { code, output } = await npmRun('import', file, target.url)
      expect(code).toBe(1)
      expect(output).toContain(`${file} was refused: format version "two" is unknown`)
      expect(output).not.toContain('using the Postgres')
    },
    SCRIPT_TIMEOUT,
  )
})

describe('import into a database that holds content', () => {
  it(
    'is refused, and changes nothing',
    async () => {
      const file = path.join(folder, 'current.json')
      writeFileSync(file, JSON.stringify(await exportContent(source)))
      const before = await snapshotContent(source)
      const { code, output } = await npmRun('import', file, process.env.DATABASE_URL!)
      expect(code).toBe(1)
      expect(output).toMatch(
        /Import refused: this database already holds guide content \(.*guides: \d+/,
      )
      expect(await snapshotContent(source)).toEqual(before)
    },
    SCRIPT_TIMEOUT,
  )
})
