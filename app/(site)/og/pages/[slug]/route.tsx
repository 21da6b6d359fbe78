import { ImageResponse } from 'next/og'

import { getPublishedPage } from '@/lib/content/page'
import { getSiteSettings } from '@/lib/content/site'

// As the guide's card (app/(site)/og/[slug]/route.tsx): drawn per request from cached data.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** A page's generated Open Graph card (1200×630), for pages without an image of their own. */
export async function GET(_request: Request, { params }: Context) {
  const [page, site] = await Promise.all([getPublishedPage((await params).slug), getSiteSettings()])
  if (!page) return new Response('Not found', { status: 404 })
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#1c1b19',
        borderTop: '16px solid #b4470f',
      }}
    >
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.1 }}>
        {page.title}
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: '#5b5852' }}>{site.publisher.name}</div>
    </div>,
    { width: 1200, height: 630, headers: { 'Cache-Control': 'public, max-age=300' } },
  )
}
