import type { GuideView } from '@/lib/content/guide'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

export function GuideHeader({ guide }: { guide: GuideView }) {
  return (
    <header className="guide-header">
      <p className="updated">
        {guide.updatedLabel}{' '}
        <time dateTime={guide.lastUpdated}>{dateFormat.format(new Date(guide.lastUpdated))}</time>
      </p>
      <h1>{guide.title}</h1>
      <p className="dek">{guide.dek}</p>
    </header>
  )
}
