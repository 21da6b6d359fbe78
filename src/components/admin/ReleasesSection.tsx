import type { CollectionSlug, Payload } from 'payload'

import type { User } from '@/payload-types'

import { exactTime, fromNow } from './cockpitTime'

// RELEASES SLOT: the `releases` collection (issue 11, section 1) does not exist yet. Until it does
// this renders nothing; once it does, it lists the newest releases by their admin title. Replace
// the list with the release's own status and schedule when the collection lands.
const RELEASES = 'releases' as CollectionSlug

/** The cockpit's "Releases" section: empty-safe, renders nothing without a `releases` collection. */
export async function ReleasesSection({ payload, user }: { payload: Payload; user: User }) {
  const collection = payload.collections[RELEASES]
  if (!collection) return null
  const title = collection.config.admin.useAsTitle ?? 'id'
  const { docs } = await payload.find({
    collection: RELEASES,
    sort: '-updatedAt',
    limit: 10,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const rows = docs as unknown as (Record<string, unknown> & { id: number; updatedAt: string })[]
  return (
    <section className="cockpit__section" aria-label="Releases">
      <h2>Releases</h2>
      {rows.length === 0 ? <p className="cockpit__empty">No releases yet.</p> : null}
      <ul className="cockpit__list">
        {rows.map((release) => (
          <li key={release.id}>
            <a href={`${payload.config.routes.admin}/collections/${RELEASES}/${release.id}`}>
              {typeof release[title] === 'string' ? release[title] : `Release #${release.id}`}
            </a>
            <span className="cockpit__meta">
              <time dateTime={release.updatedAt} title={exactTime(release.updatedAt)}>
                {fromNow(release.updatedAt)}
              </time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
