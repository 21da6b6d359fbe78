import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { entryAnchor } from '@/lib/review/placeAnchors'
import type { ReviewerView } from '@/lib/review/reviewerView'
import type { Framework } from '@/payload-types'

import { CopyLink } from './CopyLink'
import { RankedApart } from './RankedApart'
import { RichText } from './RichText'
import { ReviewCorner } from './review/ReviewCorner'
import { ReviewPlace } from './review/ReviewPlace'

type Props = {
  framework: Framework
  rank: number
  guide: GuideView
  labels: SiteSettings['labels']
  /** Whether the reader's script may move it: it then carries its id and a rank to rewrite. */
  movable?: boolean
  /** Our note when we rank it apart from its weighted score; null when we do not. */
  apart?: { note: string } | null
  /** A share link's review: the entry and its blurb then carry their comments. */
  review?: ReviewerView
}

export function FrameworkEntry({ framework, rank, guide, labels, movable, apart, review }: Props) {
  const ours = Boolean(framework.declaredBias)
  return (
    <section
      className={ours ? 'entry entry-ours' : 'entry'}
      id={framework.slug}
      aria-labelledby={`${framework.slug}-name`}
      data-entry={movable ? framework.id : undefined}
      // A link out of the site from the entry counts as an outbound click on this framework.
      data-beacon-target={framework.slug}
      data-review-field={review ? entryAnchor(framework.id) : undefined}
    >
      {ours ? <p className="bias-badge">{guide.declaredBiasLabel}</p> : null}
      <p className="entry-rank">
        {guide.tableLabels.rank}
        <span data-rank={movable ? '' : undefined}>{rank}</span>
      </p>
      {apart ? (
        <p className="entry-apart">
          <RankedApart label={guide.scorecardSection.differenceLabel} note={apart.note} />
        </p>
      ) : null}
      <div className="entry-title">
        <h2 id={`${framework.slug}-name`}>{framework.name}</h2>
        <CopyLink
          anchor={framework.slug}
          label={labels.copyLink}
          copiedLabel={labels.linkCopied}
          name={framework.name}
        />
      </div>
      <p className="entry-meta">
        {framework.language} · {framework.buildModel}
      </p>
      <p className="entry-best-for">
        <strong>{guide.tableLabels.bestFor}:</strong> {framework.bestFor}
      </p>
      <ReviewPlace review={review} field={entryAnchor(framework.id, 'blurb')}>
        <RichText data={framework.blurb} className="prose" />
      </ReviewPlace>
      {review ? <ReviewCorner review={review} field={entryAnchor(framework.id)} /> : null}
    </section>
  )
}
