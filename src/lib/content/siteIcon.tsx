import { ImageResponse } from 'next/og'

import { getSiteSettings } from './site'

/**
 * The site icon: the one uploaded in the site settings (a redirect to the image), else a built-in
 * mark: the first letter of the publisher's name on the accent color.
 */
export async function siteIcon(size: number): Promise<Response> {
  const site = await getSiteSettings()
  const own = typeof site.icon === 'object' && site.icon?.url ? site.icon.url : null
  if (own) {
    return new Response(null, {
      status: 307,
      headers: { Location: own, 'Cache-Control': 'public, max-age=300' },
    })
  }
  const letter = (site.publisher.name.trim()[0] ?? 'g').toLowerCase()
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#b4470f',
        color: '#ffffff',
        fontSize: Math.round(size * 0.7),
        fontWeight: 700,
        borderRadius: Math.round(size * 0.18),
      }}
    >
      {letter}
    </div>,
    { width: size, height: size, headers: { 'Cache-Control': 'public, max-age=300' } },
  )
}
