import { createLocalReq, type Payload } from 'payload'

import type { LiveDocument } from '@/lib/cockpit/changes'
import type { Scheduled } from '@/lib/cockpit/upcoming'
import { heldBy } from '@/lib/releases/items'
import type { User } from '@/payload-types'

import { checkStored, type Checkable, type CheckedDocument } from './document'
import { sharedReads } from './reads'

// The cockpit's Checks: every guide and page that is live (checked as readers see it now) or
// scheduled to go live, alone or in a release (checked as its newest draft, what will go live).

export type CockpitCheck = CheckedDocument & { state: 'live' | 'scheduled' }

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
  const seen = new Set<string>()
  const targets = [
    ...live.map((doc) => ({ collection: doc.collection, id: doc.id, state: 'live' as const })),
    ...upcoming.map((doc) => ({ ...doc, state: 'scheduled' as const })),
  ].filter(({ collection, id, state }) => {
    const key = `${collection}:${id}:${state}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const checked: CockpitCheck[] = []
  // One at a time: they share the reads, and the dashboard is not worth a burst of queries.
  for (const { collection, id, state } of targets) {
    const result = await checkStored(reads, collection, id, { draft: state === 'scheduled' })
    if (result && result.findings.length > 0) checked.push({ ...result, state })
  }
  const warnings = (doc: CockpitCheck) => doc.findings.filter((f) => f.level === 'warning').length
  return checked.sort((a, b) => warnings(b) - warnings(a))
}
