import type { Framework, Guide } from '@/payload-types'

import { RichText } from './RichText'

type Props = {
  framework: Framework
  rank: number
  labels: Guide['tableLabels']
}

export function FrameworkEntry({ framework, rank, labels }: Props) {
  const className = framework.declaredBias ? 'entry entry-ours' : 'entry'
  return (
    <section className={className} id={framework.slug} aria-labelledby={`${framework.slug}-name`}>
      <p className="entry-rank">
        {labels.rank}
        {rank}
      </p>
      <h2 id={`${framework.slug}-name`}>{framework.name}</h2>
      <p className="entry-meta">
        {framework.language} · {framework.buildModel}
      </p>
      <p className="entry-best-for">
        <strong>{labels.bestFor}:</strong> {framework.bestFor}
      </p>
      <RichText data={framework.blurb} className="prose" />
    </section>
  )
}
