import type { SiteSettings } from '@/lib/content/site'
import { previewSession } from '@/lib/preview/access'
import { expiryInWords } from '@/lib/preview/linkState'

import { LivePreviewRefresh } from './LivePreviewRefresh'
import { ShareAddress } from './ShareAddress'

/**
 * Says the page shows unpublished drafts, whose share link shows them and until when, and offers
 * the way out. For a share link, the address bar shows the link itself again (ShareAddress), so
 * the token is in the page's URL: `no-referrer` keeps it out of every request the page makes,
 * links followed from it included (React places the meta in the head).
 */
export async function PreviewBanner({
  path,
  copy,
}: {
  path: string
  copy: SiteSettings['previewBanner']
}) {
  const session = await previewSession(path)
  const share = session?.kind === 'share' ? session.details : undefined
  return (
    <div className="preview-banner" role="status">
      <meta name="referrer" content="no-referrer" />
      <p>{copy.message}</p>
      {share ? (
        <p className="preview-banner-share">
          {share.sharedBy ? `Shared by ${share.sharedBy}, until ` : 'Shared until '}
          <time dateTime={share.expiresAt}>{expiryInWords(share.expiresAt, 'UTC')}</time>
        </p>
      ) : null}
      <a href={`/exit-preview?path=${encodeURIComponent(path)}`} rel="noreferrer">
        {copy.exitLabel}
      </a>
      {/* Live Preview is the admin's, signed in. Its refresh on load would also put the page's
          own URL back in the address bar. */}
      {share ? <ShareAddress address={share.address} /> : <LivePreviewRefresh />}
    </div>
  )
}
