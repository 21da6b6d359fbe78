import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import type { Framework } from '@/payload-types'

import { CopyLink } from './CopyLink'
import { RichText } from './RichText'

type Props = {
  framework: Framework
  rank: number
  guide: GuideView
  labels: SiteSettings['labels']
}

export function FrameworkEntry({ framework, rank, guide, labels }: Props) {
  const ours = Boolean(framework.declaredBias)
  return (
    <section
      className={ours ? 'entry entry-ours' : 'entry'}
      id={framework.slug}
      aria-labelledby={`${framework.slug}-name`}
    >
      {ours ? <p className="bias-badge">{guide.declaredBiasLabel}</p> : null}
      <p className="entry-rank">
        {guide.tableLabels.rank}
        {rank}
      </p>
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
