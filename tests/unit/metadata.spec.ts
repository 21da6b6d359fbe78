import { describe, expect, it } from 'vitest'

import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { guideMetadata, pageMetadata } from '@/lib/seo/metadata'
import type { Framework, Page } from '@/payload-types'

// The social cards' alt text: what a screen reader says for the shared card (og:image:alt and
// twitter:image:alt, which Next writes from these), in the words the card itself draws.
const site = { publisher: { name: 'jerrycan' }, homeGuideSlug: 'ranked' } as SiteSettings
const framework = (name: string, language: string) => ({ name, language }) as Framework

const guide = {
  slug: 'ranked',
  title: 'What backend frameworks to use in 2026',
  dek: 'Ranked with explicit criteria.',
  lastUpdated: '2026-12-01T00:00:00.000Z',
  tableLabels: { rank: '#' },
  ranking: [
    framework('jerrycan', 'Rust'),
    framework('FastAPI', 'Python'),
    framework('Axum', 'Rust'),
    framework('Django', 'Python'),
  ],
} as unknown as GuideView

const cards = (metadata: ReturnType<typeof guideMetadata>) => {
  const og = metadata.openGraph?.images
  const twitter = metadata.twitter?.images
  return [og, twitter].map((images) => (Array.isArray(images) ? images[0] : images))
}

describe('social card alt text', () => {
  it('a guide’s card is described by its title and the top three it shows', () => {
    const alt =
      'What backend frameworks to use in 2026: #1 jerrycan (Rust), #2 FastAPI (Python), #3 Axum (Rust)'
    for (const card of cards(guideMetadata(guide, site))) {
      expect(card).toMatchObject({ alt })
      expect(String((card as { url: URL | string }).url)).toMatch(/\/og\/ranked$/)
    }
  })

  it('follows the ranking and the CMS’s rank label', () => {
    const reordered = {
      ...guide,
      tableLabels: { rank: 'No. ' },
      ranking: [guide.ranking[3]!, guide.ranking[0]!],
    } as GuideView
    const [og, twitter] = cards(guideMetadata(reordered, site))
    const alt =
      'What backend frameworks to use in 2026: No. 1 Django (Python), No. 2 jerrycan (Rust)'
    expect([og, twitter]).toMatchObject([{ alt }, { alt }])
  })

  it('a page’s generated card is described by its title and the publisher; its own image by its alt', () => {
    const page = { slug: 'about', title: 'About the rankings', meta: {} } as Page
    for (const card of cards(pageMetadata(page, site)))
      expect(card).toMatchObject({ alt: 'About the rankings, jerrycan' })
    const withImage = {
      ...page,
      meta: { image: { url: '/api/media/file/team.png', alt: 'The team at work', width: 800 } },
    } as Page
    for (const card of cards(pageMetadata(withImage, site))) {
      expect(card).toMatchObject({ alt: 'The team at work' })
      expect(String((card as { url: URL | string }).url)).toMatch(/team\.png$/)
    }
  })
})
