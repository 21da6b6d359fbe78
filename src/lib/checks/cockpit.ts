import { createLocalReq, type Payload } from 'payload'

import type { LiveDocument } from '@/lib/cockpit/changes'
import type { Scheduled } from '@/lib/cockpit/upcoming'
import { heldBy } from '@/lib/releases/items'
import type { User } from '@/payload-types'

import { checkStored, type Checkable, type CheckedDocument } from './document'
import { sharedReads } from './reads'
import type { Finding } from './types'

// The cockpit's Checks: every guide and page that is live (checked as readers see it now) or
// scheduled to go live, alone or in a release (checked as its newest draft, what will go live).

/** One row a document: checked as it is live, as it is scheduled to go live, or both. */
export type CockpitCheck = CheckedDocument & { state: 'live' | 'scheduled' | 'live and scheduled' }

/** A scheduled publish of a guide or page that did not happen: a required check refused it. */
export type RefusedSchedule = {
  collection: Checkable
  id: number
  title: string
  at: string
  message: string
}

const WEEK = 7 * 24 * 60 * 60 * 1000

const checkable = (slug: string): slug is Checkable => slug === 'guides' || slug === 'pages'

/** Guides and pages in releases scheduled to publish. */
async function inScheduledReleases(payload: Payload, user: User) {
  const { docs } = await payload.find({
    collection: 'releases',
    where: { status: { equals: 'scheduled' } },
    depth: 0,
    limit: 50,
    select: { items: true },
    user,
    overrideAccess: false,
  })
  return docs.flatMap((release) =>
    (release.items ?? []).flatMap((item) => {
      const held = heldBy(item)
      return held && !held.deleted && checkable(held.collection)
        ? [{ collection: held.collection, id: held.id }]
        : []
    }),
  )
}

type Target = { collection: Checkable; id: number; live: boolean; scheduled: boolean }

const sameFinding = (a: Finding, b: Finding) =>
  a.check === b.check &&
  a.level === b.level &&
  a.message === b.message &&
  a.field === b.field &&
  a.sentence === b.sentence &&
  a.in?.collection === b.in?.collection &&
  a.in?.id === b.in?.id

/**
 * One row for a document that is live and also scheduled: what both versions trip on once, and
 * what only one of them does marked with that version (a fix waiting in the schedule, or a
 * problem it brings).
 */
function merged(live: CheckedDocument, scheduled: CheckedDocument): Finding[] {
  const inBoth = live.findings.filter((f) => scheduled.findings.some((g) => sameFinding(f, g)))
  const only = (from: CheckedDocument, other: CheckedDocument, version: Finding['version']) =>
    from.findings
      .filter((f) => !other.findings.some((g) => sameFinding(f, g)))
      .map((f) => ({ ...f, version }))
  return [...inBoth, ...only(live, scheduled, 'live'), ...only(scheduled, live, 'scheduled')]
}

export async function cockpitChecks(
  payload: Payload,
  user: User,
  live: LiveDocument[],
  scheduled: Scheduled[],
): Promise<CockpitCheck[]> {
  const reads = sharedReads(await createLocalReq({ user }, payload))
  const upcoming = [
    ...scheduled.flatMap((job) =>
      job.action === 'publish' && job.docId !== undefined && checkable(job.collection)
        ? [{ collection: job.collection, id: job.docId }]
        : [],
    ),
    ...(await inScheduledReleases(payload, user)),
  ]
  const targets = new Map<string, Target>()
  const target = (collection: Checkable, id: number) => {
    const key = `${collection}:${id}`
    const found = targets.get(key) ?? { collection, id, live: false, scheduled: false }
    targets.set(key, found)
    return found
  }
  for (const doc of live) target(doc.collection, doc.id).live = true
  for (const doc of upcoming) target(doc.collection, doc.id).scheduled = true

  const checked: CockpitCheck[] = []
  // One at a time: they share the reads, and the dashboard is not worth a burst of queries.
  for (const { collection, id, live: isLive, scheduled: isScheduled } of targets.values()) {
    const now = isLive ? await checkStored(reads, collection, id, { draft: false }) : undefined
    const next = isScheduled ? await checkStored(reads, collection, id, { draft: true }) : undefined
    const shown = now ?? next
    if (!shown) continue
    const findings = now && next ? merged(now, next) : shown.findings
    const state = now && next ? 'live and scheduled' : now ? 'live' : 'scheduled'
    if (findings.length > 0) checked.push({ ...shown, findings, state })
  }
  const warnings = (doc: CockpitCheck) => doc.findings.filter((f) => f.level === 'warning').length
  return checked.sort((a, b) => warnings(b) - warnings(a))
}

/**
 * Scheduled publishes of the last week that failed (a required check's 409, say), whose document
 * is still not live: the schedule is used up, and only this says it did not happen.
 */
export async function refusedSchedules(payload: Payload): Promise<RefusedSchedule[]> {
  // payload-jobs is closed to every user; the cockpit's "Scheduled" reads it the same way.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'schedulePublish' },
      hasError: { equals: true },
      updatedAt: { greater_than: new Date(Date.now() - WEEK).toISOString() },
    },
    sort: '-updatedAt',
    depth: 0,
    limit: 20,
  })
  const refused: RefusedSchedule[] = []
  for (const job of docs) {
    const input = (job.input ?? {}) as {
      type?: string
      doc?: { relationTo?: string; value?: unknown }
    }
    const collection = input.doc?.relationTo ?? ''
    const id = Number(input.doc?.value)
    if (input.type === 'unpublish' || !checkable(collection) || !Number.isInteger(id)) continue
    const live = await payload.count({
      collection,
      where: {
        id: { equals: id },
        _status: { equals: 'published' },
        updatedAt: { greater_than: job.updatedAt },
      },
    })
    if (live.totalDocs > 0) continue
    const error = job.error as { message?: unknown } | null | undefined
    const message = typeof error?.message === 'string' ? error.message : 'The publish failed.'
    const { docs: found } = await payload.find({
      collection,
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
      limit: 1,
      select: { title: true },
    })
    if (!found[0]) continue
    refused.push({ collection, id, title: found[0].title, at: job.updatedAt, message })
  }
  return refused
}
