import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { env } from '@/lib/env'
import { lexicalText } from '@/lib/content/lexicalText'
import type { Page } from '@/payload-types'

import { guideDescription, pageDescription } from './metadata'
import { guideImageUrl, guideUrl, pageUrl } from '@/lib/content/urls'

/** The site's publisher as a schema.org Organization: author and publisher of everything. */
const publisherOf = (site: SiteSettings) => ({
  '@type': 'Organization',
  name: site.publisher.name,
  url: site.publisher.url || `${env.SITE_URL}/`,
})

/**
 * schema.org Article plus the ranking as an ItemList, built from the same data as the table.
 * No ratings: the guide gives none.
 */
export function guideJsonLd(guide: GuideView, site: SiteSettings) {
  const url = guideUrl(guide.slug, site.homeGuideSlug)
  const publisher = publisherOf(site)
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': `${url}#article`,
        headline: guide.title,
        description: guideDescription(guide),
        url,
        image: guideImageUrl(guide.slug),
        dateModified: guide.lastUpdated,
        datePublished: guide.createdAt,
        author: publisher,
        publisher,
        mainEntityOfPage: url,
      },
      {
        '@type': 'ItemList',
        '@id': `${url}#ranking`,
        name: guide.title,
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: guide.ranking.length,
        itemListElement: guide.ranking.map((framework, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: framework.name,
          url: `${url}#${framework.slug}`,
        })),
      },
    ],
  }
}

// Inside <script>, `</script` ends the element and `<!--` changes how the HTML parser looks for
// that end: with every `<` escaped neither can occur. `>` and `&` go too, for parsers that read
// the element as markup, and U+2028/U+2029, which older JavaScript reads as line ends. Each
// escape is one JSON.parse reads back as the same character.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/** Serialised for a <script type="application/ld+json"> element: nothing in it can end it. */
export const jsonLdScript = (data: unknown) =>
  JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

/** schema.org WebPage, plus an FAQPage for each FAQ block: its questions and their answers' text. */
export function pageJsonLd(page: Page, site: SiteSettings) {
  const url = pageUrl(page.slug)
  const faqs = (page.layout ?? []).flatMap((block) => (block.blockType === 'faq' ? [block] : []))
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        '@id': `${url}#page`,
        name: page.title,
        description: pageDescription(page),
        url,
        dateModified: page.updatedAt,
        publisher: publisherOf(site),
      },
      ...faqs.map((faq, index) => ({
        '@type': 'FAQPage',
        '@id': `${url}#faq-${index + 1}`,
        name: faq.heading,
        mainEntity: (faq.items ?? []).map((item) => ({
          '@type': 'Question',
          name: item.question,
          acceptedAnswer: { '@type': 'Answer', text: lexicalText(item.answer) },
        })),
      })),
    ],
  }
}
