import type { GuideView } from '@/lib/content/guide'
import { readableDate } from '@/lib/content/dates'

export function GuideHeader({ guide }: { guide: GuideView }) {
  return (
    <header className="guide-header">
      <p className="updated">
        {guide.updatedLabel}{' '}
        <time dateTime={guide.lastUpdated}>{readableDate(guide.lastUpdated)}</time>
      </p>
      <h1>{guide.title}</h1>
      <p className="dek">{guide.dek}</p>
    </header>
  )
}
