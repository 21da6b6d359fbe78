import type { UIFieldServerProps } from 'payload'

import { aroundChanges, funnelOf, rankedFrameworks } from '@/lib/analytics/read/guide'
import { livePathOf } from '@/lib/analytics/read/paths'
import { lastDays } from '@/lib/analytics/read/days'
import { topValues } from '@/lib/analytics/read/rollups'

import { ReadersChanges } from './ReadersChanges'
import { ReadersFunnel } from './ReadersFunnel'
import { ReadersOutbound } from './ReadersOutbound'
import { referrerList } from './ReadersSection'
import './Readers.scss'

const REFERRERS_SHOWN = 10

/**
 * A guide's or page's Readers tab: the funnel, outbound clicks per ranked framework, where readers
 * came from, and (guides) the figures around each published change. Read on the server for the
 * signed-in user, from the document as published: drafts have no readers.
 */
export async function ReadersPanel({ id, collectionSlug, payload, req, data }: UIFieldServerProps) {
  const user = req.user
  if (!user) return null
  if (id === undefined || (collectionSlug !== 'guides' && collectionSlug !== 'pages')) {
    return <p className="readers__note">Publish it to count its readers.</p>
  }
  const path = await livePathOf(payload, user, collectionSlug, Number(id))
  if (!path) {
    return (
      <p className="readers__note">Not published yet: nobody can read it, so nothing is counted.</p>
    )
  }
  const guide = collectionSlug === 'guides'
  const [funnel, ranked, changes, referrers] = await Promise.all([
    funnelOf(payload, path),
    guide ? rankedFrameworks(payload, user, (data as { ranking?: unknown }).ranking) : [],
    guide ? aroundChanges(payload, user, Number(id), path) : [],
    topValues(payload, {
      event: 'view',
      dim: 'referrer',
      window: lastDays(30),
      top: REFERRERS_SHOWN,
      path,
    }),
  ])
  return (
    <section className="readers readers__panel" aria-label="Readers" data-path={path}>
      <p className="readers__note">
        Readers of <strong>{path}</strong>, counted without cookies. Days are UTC; today counts so
        far. A unique visitor is counted once a day.
      </p>
      <ReadersFunnel funnel={funnel} guide={guide} />
      {guide ? <ReadersOutbound funnel={funnel} ranked={ranked} /> : null}
      <h2>Top referrers, last 30 days</h2>
      <p data-figure="referrers">
        {referrerList(referrers.map((row) => ({ host: row.value, views: row.count })))}
      </p>
      {guide ? <ReadersChanges changes={changes} /> : null}
    </section>
  )
}
