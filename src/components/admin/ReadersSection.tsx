import type { Payload } from 'payload'

import { percent } from '@/lib/analytics/read/figures'
import { readersByPath, type PathReaders } from '@/lib/analytics/read/dashboard'
import type { LiveDocument } from '@/lib/cockpit/changes'

import { ReadersDaily } from './ReadersDaily'
import { ReadersExport } from './ReadersExport'
import { ReadersSparkline } from './ReadersSparkline'
import './Readers.scss'

const KIND = { guides: 'Guide', pages: 'Page' } as const

/** "news.ycombinator.com 12, direct 3": a referrer of '' is a visit with none (or from the site). */
export const referrerList = (referrers: { host: string; views: number }[]) =>
  referrers.length === 0
    ? 'none yet'
    : referrers.map(({ host, views }) => `${host || 'direct'} ${views}`).join(', ')

function Figures({ title, readers }: { title: string; readers: PathReaders }) {
  return (
    <table className="readers__table">
      <caption className="readers__hidden">Readers of {title}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Views</th>
          <th scope="col">Views a day</th>
          <th scope="col">Unique visitors</th>
          <th scope="col">CTA clicks</th>
          <th scope="col">Click-through</th>
          <th scope="col">Top referrers</th>
        </tr>
      </thead>
      <tbody>
        {readers.periods.map((period) => (
          <tr key={period.days} data-days={period.days}>
            <th scope="row">Last {period.days} days</th>
            <td data-figure="views">{period.totals.view}</td>
            <td>
              <ReadersSparkline
                values={readers.daily.slice(-period.days).map((day) => day.views)}
                from={period.window.from}
                to={period.window.to}
              />
            </td>
            <td data-figure="visitors">{period.totals.visitor}</td>
            <td data-figure="cta">{period.totals.cta}</td>
            <td data-figure="ctr">{percent(period.ctr)}</td>
            <td data-figure="referrers">{referrerList(period.referrers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The cockpit's Readers: for each live guide and page, the last 7 and 30 days of views (with a
 * sparkline and its table of days), unique visitors, CTA click-through and top referrers. Read
 * on the server, like the rest of the cockpit, which shows it to signed-in users only.
 */
export async function ReadersSection({
  payload,
  live,
}: {
  payload: Payload
  live: LiveDocument[]
}) {
  const readers = await readersByPath(
    payload,
    live.map((doc) => doc.path),
  )
  const admin = payload.config.routes.admin
  return (
    <section className="cockpit__section readers" aria-label="Readers">
      <h2>Readers</h2>
      <p className="readers__note">
        Counted without cookies; readers who ask not to be tracked, bots and signed-in editors are
        not counted. A unique visitor is counted once a day per page. Days are UTC; today counts so
        far.
      </p>
      <ReadersExport api={payload.config.routes.api} />
      {live.length === 0 ? (
        <p className="cockpit__empty">Nothing is published, so nothing is read.</p>
      ) : (
        <ul className="readers__list">
          {live.map((doc, i) => (
            <li key={`${doc.collection}-${doc.id}`} className="readers__item" data-path={doc.path}>
              <h3 className="readers__title">
                <a href={`${admin}/collections/${doc.collection}/${doc.id}`}>{doc.title}</a>{' '}
                <span className="cockpit__kind">{KIND[doc.collection]}</span>{' '}
                <span className="readers__path">{doc.path}</span>
              </h3>
              <Figures title={doc.title} readers={readers[i]!} />
              <ReadersDaily title={doc.title} days={readers[i]!.daily} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
