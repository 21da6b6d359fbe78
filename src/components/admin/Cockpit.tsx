import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { cockpitChecks, refusedSchedules } from '@/lib/checks/cockpit'
import { liveDocuments, pendingChanges } from '@/lib/cockpit/changes'
import { openShareLinks, scheduledPublishes } from '@/lib/cockpit/upcoming'

import { exactTime, fromNow } from './cockpitTime'
import { FindingsList } from './FindingsList'
import { ReleasesSection } from './ReleasesSection'
import { ReadersSection } from './ReadersSection'
import { ReviewSection } from './review/ReviewSection'
import './cockpit.scss'
import './checks.scss'

const NAMES: Record<string, string> = {
  guides: 'Guide',
  pages: 'Page',
  frameworks: 'Framework',
  criteria: 'Criterion',
  caveats: 'Caveat',
  releases: 'Release',
}

function When({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={exactTime(iso)}>
      {fromNow(iso)}
    </time>
  )
}

function Section({
  title,
  empty,
  children,
}: {
  title: string
  empty?: string
  children: ReactNode
}) {
  return (
    <section className="cockpit__section" aria-label={title}>
      <h2>{title}</h2>
      {empty ? <p className="cockpit__empty">{empty}</p> : children}
    </section>
  )
}

/**
 * The dashboard's "what is going on?": unpublished changes, what is scheduled, open share links,
 * what reviewers said (src/components/admin/review), what is live, and what its checks found in what is live or scheduled (src/lib/checks). Read on the server with the signed-in user's access (Local API); no client script.
 */
export async function Cockpit({ payload, user }: ServerProps) {
  if (!user) return null
  const me = user
  const [changes, scheduled, links, live] = await Promise.all([
    pendingChanges(payload, me),
    scheduledPublishes(payload, me),
    openShareLinks(payload, me),
    liveDocuments(payload, me),
  ])
  const [checked, refused] = await Promise.all([
    cockpitChecks(payload, me, live, scheduled),
    refusedSchedules(payload),
  ])
  const admin = payload.config.routes.admin
  const edit = (collection: string, id: number | undefined) =>
    id === undefined ? undefined : `${admin}/collections/${collection}/${id}`

  return (
    <div className="cockpit">
      <Section
        title="Unpublished changes"
        empty={changes.length === 0 ? 'None: every draft is published.' : undefined}
      >
        <ul className="cockpit__list">
          {changes.map((change) => (
            <li key={`${change.collection}-${change.id}`}>
              <a href={edit(change.collection, change.id)}>{change.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[change.collection]}</span>
              <span className={change.live ? 'cockpit__tag' : 'cockpit__tag cockpit__tag--new'}>
                {change.live ? 'changes to live' : 'never published'}
              </span>
              <span className="cockpit__meta">
                saved {change.by ? `by ${change.by} ` : ''}
                <When iso={change.at} />
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <ReviewSection payload={payload} user={me} />

      <Section title="Scheduled" empty={scheduled.length === 0 ? 'Nothing scheduled.' : undefined}>
        <ul className="cockpit__list">
          {scheduled.map((job) => (
            <li key={job.id}>
              <span className="cockpit__tag">{job.action}</span>{' '}
              <a href={edit(job.collection, job.docId)}>{job.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[job.collection] ?? job.collection}</span>
              <span className="cockpit__meta">
                {/* A schedule is about the exact minute, not only "tomorrow". */}
                <When iso={job.at} />, {exactTime(job.at)}
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <ReleasesSection payload={payload} user={me} />

      <Section
        title="Checks"
        empty={
          checked.length + refused.length === 0
            ? 'Nothing live or scheduled trips a check.'
            : undefined
        }
      >
        <ul className="cockpit__list cockpit__checks">
          {refused.map((doc) => (
            <li key={`refused-${doc.collection}-${doc.id}-${doc.at}`}>
              <a href={edit(doc.collection, doc.id)}>{doc.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[doc.collection]}</span>
              <span className="cockpit__tag cockpit__tag--soon">scheduled publish refused</span>
              <span className="cockpit__meta">
                <When iso={doc.at} />: {doc.message}
              </span>
            </li>
          ))}
          {checked.map((doc) => (
            <li key={`${doc.collection}-${doc.id}-${doc.state}`}>
              <a href={edit(doc.collection, doc.id)}>{doc.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[doc.collection]}</span>
              <span className="cockpit__tag">{doc.state}</span>
              <div className="checks">
                <FindingsList payload={payload} checked={doc} />
              </div>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        title="Open share links"
        empty={links.length === 0 ? 'No share link is open.' : undefined}
      >
        <ul className="cockpit__list">
          {links.map((link) => (
            <li key={link.id}>
              <a href={edit('preview-links', link.id)}>{link.note || 'Share link'}</a>
              {link.document ? (
                <span className="cockpit__kind">
                  {NAMES[link.document.collection]}: {link.document.title}
                </span>
              ) : null}
              {link.expiresSoon ? (
                <span className="cockpit__tag cockpit__tag--soon">expires within 48 h</span>
              ) : null}
              <span className="cockpit__meta">
                {link.by ? `${link.by}, ` : ''}expires <When iso={link.expiresAt} />
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Live" empty={live.length === 0 ? 'Nothing is published.' : undefined}>
        <ul className="cockpit__list">
          {live.map((doc) => (
            <li key={`${doc.collection}-${doc.id}`}>
              <a href={edit(doc.collection, doc.id)}>{doc.title}</a>{' '}
              <span className="cockpit__kind">{NAMES[doc.collection]}</span>
              <a className="cockpit__view" href={doc.path}>
                View live<span className="cockpit__path"> {doc.path}</span>
              </a>
              <span className="cockpit__meta">
                published {doc.by ? `by ${doc.by} ` : ''}
                <When iso={doc.publishedAt} />
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <ReadersSection payload={payload} live={live} />
    </div>
  )
}
