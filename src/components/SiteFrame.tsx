import type { ReactNode } from 'react'

import { getFrame, type Frame, type FrameLink } from '@/lib/content/frame'
import { getSiteSettings } from '@/lib/content/site'
import { previewFrameView } from '@/lib/preview/access'
import { COPY_LINK_SCRIPT_PATH, EDIT_LOADER_SCRIPT_PATH } from '@/lib/render/scripts'

import { PreviewBanner } from './PreviewBanner'

/** `aria-current="page"` on the link to where the reader is. */
const current = (link: FrameLink, path: string | undefined) =>
  path !== undefined && link.href === path ? ('page' as const) : undefined

/** A list of frame links, the one to where the reader is marked. */
function LinkList({ links, path }: { links: FrameLink[]; path?: string }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={`${link.href} ${link.label}`}>
          <a href={link.href} aria-current={current(link, path)}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** The site's name or logo and the navigation. A list that wraps: it needs no script on a phone. */
function SiteHeader({ frame, path }: { frame: Frame; path?: string }) {
  return (
    <header className="site-header">
      <a className="site-name" href="/" aria-current={path === '/' ? 'page' : undefined}>
        {frame.logo?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- a CMS image of known size
          <img
            src={frame.logo.url}
            alt={frame.siteName}
            width={frame.logo.width ?? undefined}
            height={frame.logo.height ?? undefined}
          />
        ) : (
          frame.siteName
        )}
      </a>
      {frame.navigation.length > 0 ? (
        <nav className="site-nav" aria-label={frame.labels.navigation}>
          <LinkList links={frame.navigation} path={path} />
        </nav>
      ) : null}
    </header>
  )
}

function SiteFooter({ frame, path }: { frame: Frame; path?: string }) {
  if (frame.groups.length === 0 && !frame.legal) return null
  return (
    <footer className="site-footer">
      {frame.groups.length > 0 ? (
        <div className="footer-groups">
          {frame.groups.map((group) => (
            <nav key={group.heading} aria-label={group.heading}>
              <h2>{group.heading}</h2>
              <LinkList links={group.links} path={path} />
            </nav>
          ))}
        </div>
      ) : null}
      {frame.legal ? <p className="legal">{frame.legal}</p> : null}
    </footer>
  )
}

/**
 * Every public page: skip link, preview notice, header, the page itself, footer. `path` marks the
 * current link; previews name it for the way out.
 */
export async function SiteFrame({
  path,
  preview = false,
  children,
}: {
  path?: string
  preview?: boolean
  children: ReactNode
}) {
  // Readers get the published frame; a preview, the frame it previews (drafts, a release's).
  const [site, frame] = await Promise.all([
    getSiteSettings(),
    preview ? previewFrameView().then(getFrame) : getFrame(),
  ])
  return (
    <>
      <a className="skip-link" href="#content">
        {site.labels.skipLink}
      </a>
      {preview && path ? <PreviewBanner path={path} copy={site.previewBanner} /> : null}
      <SiteHeader frame={frame} path={path} />
      <main className="site-main" id="content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter frame={frame} path={path} />
      {/* Our own two small scripts, deferred: "Copy link", and "Edit this page" for editors. */}
      <script src={COPY_LINK_SCRIPT_PATH} defer />
      <script src={EDIT_LOADER_SCRIPT_PATH} defer />
    </>
  )
}
