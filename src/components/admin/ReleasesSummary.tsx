import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * Releases that are open or scheduled, soonest first, each linked to its page in the admin: for
 * the dashboard. Server component; signed-in CMS users only ever see the dashboard.
 */
export async function ReleasesSummary() {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'releases',
    where: { status: { in: ['open', 'scheduled'] } },
    sort: 'publishAt',
    depth: 0,
    limit: 20,
    select: { name: true, status: true, publishAt: true, items: true },
  })
  if (docs.length === 0) return <p>No open releases.</p>
  return (
    <ul>
      {docs.map((release) => (
        <li key={release.id}>
          <a href={`/admin/collections/releases/${release.id}`}>{release.name}</a>:{' '}
          {release.items?.length ?? 0} documents,{' '}
          {release.status === 'scheduled' && release.publishAt
            ? `scheduled for ${new Date(release.publishAt).toUTCString()}`
            : 'open'}
        </li>
      ))}
    </ul>
  )
}
