import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { exactTime, fromNow } from './cockpitTime'

/**
 * The cockpit's "Releases": the ones whose scheduled publish failed first, with the reason, then
 * the open and scheduled ones, soonest schedule first, with how many documents each holds. Read
 * with the signed-in user's access.
 */
export async function ReleasesSection({ payload, user }: { payload: Payload; user: User }) {
  const { docs } = await payload.find({
    collection: 'releases',
    where: { status: { in: ['failed', 'open', 'scheduled'] } },
    sort: ['publishAt', '-updatedAt'],
    limit: 20,
    depth: 0,
    select: {
      name: true,
      status: true,
      publishAt: true,
      items: true,
      globals: true,
      updatedAt: true,
      failure: true,
    },
    user,
    overrideAccess: false,
  })
  const failedFirst = [...docs].sort(
    (a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'),
  )
  return (
    <section className="cockpit__section" aria-label="Releases">
      <h2>Releases</h2>
      {docs.length === 0 ? <p className="cockpit__empty">No open release.</p> : null}
      <ul className="cockpit__list">
        {failedFirst.map((release) => {
          const at = release.status === 'scheduled' ? release.publishAt : null
          const count = release.items?.length ?? 0
          const globals = (release.globals ?? []).map((row) => row.global)
          return (
            <li key={release.id}>
              <a href={`${payload.config.routes.admin}/collections/releases/${release.id}`}>
                {release.name}
              </a>{' '}
              <span className="cockpit__kind">
                {count} {count === 1 ? 'document' : 'documents'}
                {globals.length > 0 ? `, the ${globals.join(' and the ')}` : null}
              </span>
              <span
                className={
                  release.status === 'failed' ? 'cockpit__tag cockpit__tag--failed' : 'cockpit__tag'
                }
              >
                {release.status === 'failed' ? 'schedule failed' : at ? 'scheduled' : 'open'}
              </span>
              <span className="cockpit__meta">
                {release.status === 'failed' ? (
                  <span className="cockpit__failure">{release.failure}</span>
                ) : at ? (
                  <>
                    publishes{' '}
                    <time dateTime={at} title={exactTime(at)}>
                      {fromNow(at)}
                    </time>
                    , {exactTime(at)}
                  </>
                ) : (
                  <>
                    changed{' '}
                    <time dateTime={release.updatedAt} title={exactTime(release.updatedAt)}>
                      {fromNow(release.updatedAt)}
                    </time>
                  </>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
