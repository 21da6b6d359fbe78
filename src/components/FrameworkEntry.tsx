import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import type { Framework } from '@/payload-types'

import { CopyLink } from './CopyLink'
import { RankedApart } from './RankedApart'
import { RichText } from './RichText'

type Props = {
  framework: Framework
  rank: number
  guide: GuideView
  labels: SiteSettings['labels']
  /** Whether the reader's script may move it: it then carries its id and a rank to rewrite. */
  movable?: boolean
  /** Our note when we rank it apart from its weighted score; null when we do not. */
  apart?: { note: string } | null
}

export function FrameworkEntry({ framework, rank, guide, labels, movable, apart }: Props) {
  const ours = Boolean(framework.declaredBias)
  return (
    <section
      className={ours ? 'entry entry-ours' : 'entry'}
      id={framework.slug}
      aria-labelledby={`${framework.slug}-name`}
      data-entry={movable ? framework.id : undefined}
      // A link out of the site from the entry counts as an outbound click on this framework.
      data-beacon-target={framework.slug}
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
      <RichText data={framework.blurb} className="prose" />
    </section>
  )
}
