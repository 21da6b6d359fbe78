import type { FlattenedField } from 'payload'

import { lexicalText } from '@/lib/content/lexicalText'
import { linkKey, targetOf, type LinkTarget } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'
import { pagePath } from '@/lib/content/urls'
import { walkFields } from '@/lib/fields/walk'
import { scorecardView } from '@/lib/scorecard/view'
import type { Framework, Guide, Page } from '@/payload-types'

import { ctaFindings, type CtaInput } from './cta'
import { imageFindings, type ImageUse } from './images'
import { fieldLabel } from './jump'
import { rankedApartFindings } from './rankedApart'
import { PUBLIC_FRAMEWORK_FIELDS, rankingFindings, type PublicField } from './ranking'
import { reachabilityFindings } from './reachable'
import type { SharedReads } from './reads'
import { referencesIn, unpublishedReferences, type Reference } from './references'
import { seoFindings } from './seo'
import { duplicateTitleFindings } from './titles'
import type { DocRef, Finding } from './types'

// Reads what each check needs of one guide or page (as it would go live now: this version of it,
// with what is published of everything it shows) and hands it to the pure checks.

type Related = number | { id: number } | null | undefined
const ids = (values: Related[] | null | undefined) =>
  (values ?? []).flatMap((value) => (value == null ? [] : [relationId<number>(value)]))

const fieldsOf = (reads: SharedReads, collection: 'guides' | 'pages' | 'caveats' | 'frameworks') =>
  reads.req.payload.collections[collection].config.flattenedFields

/** The admin's label of a top-level field (it may be renamed), lower-cased for a sentence. */
function labelOf(fields: FlattenedField[], name: string) {
  const field = fields.find((each) => 'name' in each && each.name === name)
  const label = field && 'label' in field && typeof field.label === 'string' ? field.label : name
  return label.toLowerCase()
}

async function publishedOf<C extends 'caveats' | 'criteria' | 'frameworks'>(
  reads: SharedReads,
  collection: C,
  list: number[],
) {
  if (list.length === 0) return []
  const { docs } = await reads.req.payload.find({
    collection,
    where: { id: { in: list }, _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: reads.req,
  })
  return docs
}

/** The titles of link targets that are not published (the drafts' own titles), by key. */
async function titlesOf(reads: SharedReads) {
  const titles = new Map(
    (await reads.titles()).map((doc) => [linkKey(doc.collection, doc.id), doc.title]),
  )
  return (target: LinkTarget) => titles.get(linkKey(target.relationTo, target.value))
}

async function referenceFindings(
  reads: SharedReads,
  found: { references: Reference[]; in?: DocRef }[],
) {
  const addresses = await reads.addresses()
  const titleOf = await titlesOf(reads)
  const isPublished = (target: LinkTarget) => linkKey(target.relationTo, target.value) in addresses
  return found.flatMap((each) =>
    unpublishedReferences(each.references, isPublished, titleOf, each.in),
  )
}

async function imagesIn(
  reads: SharedReads,
  fields: FlattenedField[],
  data: unknown,
): Promise<ImageUse[]> {
  const uses: { field: string; id: number }[] = []
  walkFields(fields, data, {
    field: ({ field, path, value }) => {
      if (field.type === 'upload' && field.relationTo === 'media' && value != null) {
        const label = fieldLabel(fields, path)
        uses.push({ field: label, id: relationId<number>(value as number | { id: number }) })
      }
    },
  })
  if (uses.length === 0) return []
  const { docs } = await reads.req.payload.find({
    collection: 'media',
    where: { id: { in: uses.map((use) => use.id) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: reads.req,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return uses.map(({ field, id }) => ({ field, media: byId.get(id) ?? null }))
}

const others = async (reads: SharedReads, collection: string, id: number | undefined) =>
  (await reads.titles()).filter((doc) => !(doc.collection === collection && doc.id === id))

async function liveTitle(reads: SharedReads, doc: unknown) {
  const target = targetOf(doc)
  return target
    ? (await reads.addresses())[linkKey(target.relationTo, target.value)]?.title
    : undefined
}

/**
 * The entries the page marks as ranked apart from their score: the scorecard as readers see it
 * (published criteria and frameworks, in the guide's order), under the guide's own weights.
 */
async function rankedApart(reads: SharedReads, guide: Partial<Guide>, frameworks: Framework[]) {
  const criteria = await publishedOf(reads, 'criteria', ids(guide.criteriaSection?.criteria))
  const byId = new Map(criteria.map((doc) => [doc.id, doc]))
  const live = new Map(frameworks.map((doc) => [doc.id, doc]))
  const rows = (guide.ranking ?? []).flatMap((row, index) => {
    const framework =
      row.framework == null ? undefined : live.get(relationId<number>(row.framework))
    return framework ? [{ framework, index }] : []
  })
  const view = scorecardView({
    criteriaSection: {
      criteria: ids(guide.criteriaSection?.criteria).flatMap((id) => {
        const doc = byId.get(id)
        return doc ? [doc] : []
      }),
    },
    ranking: rows.map((row) => row.framework),
    scorecardSection: guide.scorecardSection,
  })
  if (!view) return []
  const rowOf = new Map(rows.map((row) => [row.framework.id, row.index]))
  return rankedApartFindings(
    view.entries.map((entry) => ({
      row: rowOf.get(entry.framework.id) ?? 0,
      name: entry.framework.name,
      rank: entry.rank,
      scoreRank: entry.scoreRank,
      note: entry.note,
    })),
    guide.scorecardSection?.differenceLabel || 'Ranked apart from its score',
  )
}

/** What a reader would trip on in `guide` (its fields as saved, or about to be). */
export async function checkGuide(reads: SharedReads, guide: Partial<Guide>): Promise<Finding[]> {
  const fields = fieldsOf(reads, 'guides')
  const frameworkIds = ids((guide.ranking ?? []).map((row) => row.framework))
  const caveatIds = ids(guide.caveatsSection?.caveats)
  const [frameworks, caveats, drafts] = await Promise.all([
    publishedOf(reads, 'frameworks', frameworkIds),
    publishedOf(reads, 'caveats', caveatIds),
    reads.req.payload.find({
      collection: 'frameworks',
      where: { id: { in: frameworkIds } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: reads.req,
      select: { name: true },
    }),
  ])
  const live = new Map(frameworks.map((doc) => [doc.id, doc]))
  const names = new Map(drafts.docs.map((doc) => [doc.id, doc.name]))
  const anchors = new Map<string, string>([
    ['caveats', 'the caveats'],
    ...frameworks.map((doc) => [doc.slug, `${doc.name}’s entry`] as [string, string]),
  ])
  const ranked = frameworkIds.map((id) => {
    const doc = live.get(id)
    const text = (name: PublicField) =>
      name === 'blurb' ? lexicalText(doc?.blurb) : String(doc?.[name] ?? '')
    return {
      framework: { id, title: doc?.name ?? names.get(id) ?? `#${id}` },
      live: doc
        ? (Object.fromEntries(
            (Object.keys(PUBLIC_FRAMEWORK_FIELDS) as PublicField[]).map((name) => [
              name,
              text(name),
            ]),
          ) as Record<PublicField, string>)
        : null,
    }
  })
  const references = await referenceFindings(reads, [
    { references: referencesIn(fields, guide) },
    ...frameworks.map((doc) => ({
      references: referencesIn(fieldsOf(reads, 'frameworks'), doc),
      in: { collection: 'frameworks', id: doc.id, title: doc.name },
    })),
    ...caveats.map((doc) => ({
      references: referencesIn(fieldsOf(reads, 'caveats'), doc),
      in: { collection: 'caveats', id: doc.id, title: doc.label },
    })),
  ])
  const cta = (guide.cta ?? {}) as CtaInput
  return [
    ...ctaFindings(cta, { field: 'cta', liveTarget: await liveTitle(reads, cta.doc), anchors }),
    ...references,
    ...imageFindings(await imagesIn(reads, fields, guide)),
    ...seoFindings({
      description: guide.meta?.description,
      fallback: guide.dek,
      fallbackName: labelOf(fields, 'dek'),
    }),
    ...duplicateTitleFindings(guide.title, await others(reads, 'guides', guide.id)),
    ...rankingFindings(ranked),
    ...(await rankedApart(reads, guide, frameworks)),
  ]
}

/** Whether the header or footer links to the page, by reference or by its path. */
const inFrame = (links: unknown[], id: number | undefined, slug: string | null | undefined) =>
  links.some((link) => {
    const { linkType, doc, url } = (link ?? {}) as {
      linkType?: string
      doc?: unknown
      url?: string
    }
    if (linkType === 'internal') {
      const target = targetOf(doc)
      return target?.relationTo === 'pages' && target.value === id
    }
    return (
      Boolean(slug) && typeof url === 'string' && url.trim().replace(/\/$/, '') === pagePath(slug!)
    )
  })

/** What a reader would trip on in `page` (its fields as saved, or about to be). */
export async function checkPage(reads: SharedReads, page: Partial<Page>): Promise<Finding[]> {
  const fields = fieldsOf(reads, 'pages')
  const ctas = await Promise.all(
    (page.layout ?? []).map(async (block, index) =>
      block.blockType === 'cta'
        ? ctaFindings(block as CtaInput, {
            field: `layout.${index}`,
            liveTarget: await liveTitle(reads, (block as CtaInput).doc),
          })
        : [],
    ),
  )
  const linkedFrom = page.id ? await reads.linkedFrom({ relationTo: 'pages', value: page.id }) : []
  return [
    ...ctas.flat(),
    ...(await referenceFindings(reads, [{ references: referencesIn(fields, page) }])),
    ...imageFindings(await imagesIn(reads, fields, page)),
    ...seoFindings({
      description: page.meta?.description,
      fallback: page.dek,
      fallbackName: labelOf(fields, 'dek'),
    }),
    ...duplicateTitleFindings(page.title, await others(reads, 'pages', page.id)),
    ...reachabilityFindings({
      inFrame: inFrame(await reads.frameLinks(), page.id, page.slug),
      linkedFrom: linkedFrom.map((doc) => doc.title),
    }),
  ]
}
