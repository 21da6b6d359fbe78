import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'


import * as copy from './content'
import { linkPhrase } from './links'
import { seedScorecard } from './scorecard'
import { seedUsers, type SeedUser } from './users'

export type SeedOptions = {
  /** Development only: accounts with known passwords. */
  users?: SeedUser[]
  log?: (line: string) => void
}

export type SeedReport = { created: string[] }

// Seeded documents are published at once, and hooks learn not to revalidate: there is no Next server.
const writeOptions = { draft: false, context: { seeding: true } } as const

/**
 * Creates whatever part of the seed content is missing, matching documents by their natural key.
 * Existing documents are never touched, so a second run changes nothing and marketers' edits stay.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const created: string[] = []
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const rich = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const ensure = async <T extends { id: number }>(
    label: string,
    find: () => Promise<T | undefined>,
    create: () => Promise<T>,
  ): Promise<T> => {
    const existing = await find()
    if (existing) return existing
    const doc = await create()
    created.push(label)
    log(`seed: created ${label}`)
    return doc
  }

  // Drafts with a title only: the copy names them, a marketer writes them.
  const references = new Map<string, { id: number }>()
  for (const item of copy.references) {
    const doc = await ensure(
      `draft page "${item.title}"`,
      async () => (await findBy(payload, 'pages', 'slug', item.slug)) as { id: number },
      () =>
        payload.create({
          collection: 'pages',
          data: { title: item.title, slug: item.slug, _status: 'draft' },
          draft: true,
          context: writeOptions.context,
        }),
    )
    references.set(item.in, doc)
  }
  /** Rich text from Markdown, with the phrases that name a reference linked to it. */
  const richLinked = (markdown: string, field: string) => {
    const reference = copy.references.find((item) => item.in === field)
    const page = references.get(field)
    const state = rich(markdown)
    return reference && page
      ? linkPhrase(state, reference.phrase, { relationTo: 'pages', value: page.id })
      : state
  }

  const criteria: { id: number }[] = []
  for (const item of copy.criteria) {
    criteria.push(
      await ensure(
        `criterion "${item.name}"`,
        async () => (await findBy(payload, 'criteria', 'name', item.name)) as { id: number },
        () =>
          payload.create({
            collection: 'criteria',
            data: {
              name: item.name,
              question: 'question' in item ? item.question : undefined,
              _status: 'published',
            },
            ...writeOptions,
          }),
      ),
    )
  }

  const frameworks = new Map<string, { id: number }>()
  for (const item of copy.frameworks) {
    const doc = await ensure(
      `framework "${item.name}"`,
      async () => (await findBy(payload, 'frameworks', 'slug', item.slug)) as { id: number },
      () =>
        payload.create({
          collection: 'frameworks',
          data: { ...item, blurb: rich(item.blurb), _status: 'published' },
          ...writeOptions,
        }),
    )
    frameworks.set(item.slug, doc)
  }

  const caveats: { id: number }[] = []
  for (const item of copy.caveats) {
    caveats.push(
      await ensure(
        `caveat "${item.label}"`,
        async () => (await findBy(payload, 'caveats', 'label', item.label)) as { id: number },
        () =>
          payload.create({
            collection: 'caveats',
            data: {
              label: item.label,
              body: richLinked(item.body, item.label),
              framework: frameworks.get(item.framework)?.id,
              _status: 'published',
            },
            ...writeOptions,
          }),
      ),
    )
  }

  const { guide } = copy
  const home = await ensure(
    `guide "${guide.title}"`,
    async () => (await findBy(payload, 'guides', 'slug', guide.slug)) as { id: number },
    () =>
      payload.create({
        collection: 'guides',
        data: {
          title: guide.title,
          slug: guide.slug,
          updatedLabel: guide.updatedLabel,
          dek: guide.dek,
          criteriaSection: {
            heading: guide.criteriaSection.heading,
            intro: rich(guide.criteriaSection.intro),
            criteria: criteria.map((doc) => doc.id),
            outro: rich(guide.criteriaSection.outro),
          },
          ranking: copy.frameworks.map((item) => ({ framework: frameworks.get(item.slug)!.id })),
          scorecardSection: {
            ...guide.scorecardSection,
            scorecard: seedScorecard(
              new Map(copy.criteria.map((item, index) => [item.name, criteria[index]!.id])),
              frameworks,
            ),
          },
          tableLabels: { ...guide.tableLabels },
          declaredBiasLabel: guide.declaredBiasLabel,
          crossLink: richLinked(guide.crossLink, 'crossLink'),
          caveatsSection: { heading: guide.caveatsHeading, caveats: caveats.map((doc) => doc.id) },
          changesSection: { ...guide.changesSection },
          cta: { ...guide.cta },
          _status: 'published',
        },
        ...writeOptions,
      }),
  )

  const site = await payload.findGlobal({ slug: 'site', depth: 0 })
  if (!site.homeGuide) {
    await payload.updateGlobal({
      slug: 'site',
      data: { homeGuide: home.id },
      context: writeOptions.context,
    })
    created.push('home page setting')
    log('seed: set the home page to the frameworks guide')
  }

  const header = await payload.findGlobal({ slug: 'header', depth: 0 })
  if (!header.navigation?.length) {
    await payload.updateGlobal({
      slug: 'header',
      // Published: the header has drafts, and readers see only what is published.
      data: {
        navigation: [{ label: 'Guides', linkType: 'custom', url: '/guides' }],
        _status: 'published',
      },
      context: writeOptions.context,
    })
    created.push('navigation')
    log('seed: added the guides index to the navigation')
  }

  const agents = await payload.findGlobal({ slug: 'agents', depth: 0 })
  if (!agents.summary) {
    await payload.updateGlobal({
      slug: 'agents',
      data: { ...copy.agents },
      context: writeOptions.context,
    })
    created.push('llms.txt copy')
    log('seed: wrote the copy of /llms.txt')
  }

  if (options.users) created.push(...(await seedUsers(payload, options.users, log)))
  if (created.length === 0) log('seed: nothing to do, all seed content is present')
  return { created }
}

type Keyed = 'criteria' | 'frameworks' | 'caveats' | 'guides' | 'pages'

async function findBy(payload: Payload, collection: Keyed, field: string, value: string) {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  return docs[0]
}

/** True when no guide exists yet: the trigger for seeding at start-up. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'guides' })
  return totalDocs === 0
}
