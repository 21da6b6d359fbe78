import { getSiteSettings } from '@/lib/queries/site'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Says the page shows unpublished drafts and offers the way out. */
export async function PreviewBanner({ path }: { path: string }) {
  const copy = (await getSiteSettings()).previewBanner
  return (
    <aside className="preview-banner" role="status">
      <p>{copy.message}</p>
      <a href={`/exit-preview?path=${encodeURIComponent(path)}`}>{copy.exitLabel}</a>
      <LivePreviewRefresh />
    </aside>
  )
}
