import { ImageResponse } from 'next/og'
import type { ReactNode } from 'react'

/**
 * A 1200×630 social card in the site's colors: the title on top, `footer` at the bottom. Cached
 * briefly, not for ImageResponse's year-long immutable default: the title can change.
 */
export function ogCard(title: string, footer: ReactNode): ImageResponse {
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
      <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      {footer}
    </div>,
    { width: 1200, height: 630, headers: { 'Cache-Control': 'public, max-age=300' } },
  )
}
