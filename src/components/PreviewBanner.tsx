import type { SiteSettings } from '@/lib/content/site'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Says the page shows unpublished drafts and offers the way out. */
export function PreviewBanner({
  path,
  copy,
}: {
  path: string
  copy: SiteSettings['previewBanner']
}) {
  return (
    <aside className="preview-banner" role="status">
      <p>{copy.message}</p>
      <a href={`/exit-preview?path=${encodeURIComponent(path)}`}>{copy.exitLabel}</a>
      <LivePreviewRefresh />
    </aside>
  )
}
