// The pages `npm run audit` measures: the seeded "detailed comparison" page published with each
// kind of block, and each page warmed into the cache before Lighthouse sees it.
import { paragraph } from '../tests/helpers/richText'

import { adminToken, authHeader } from './siteApi'

/** Publishes the seeded "detailed comparison" page with each kind of block, so a page is audited. */
export async function publishAuditedPage(base: string): Promise<string> {
  const token = await adminToken(base, { email: 'audit@example.com', password: 'audit-password-1' })
  const find = async (collection: string, slug: string) => {
    const url = `${base}/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`
    const { docs } = (await (await fetch(url, { headers: authHeader(token) })).json()) as {
      docs: { id: number }[]
    }
    if (!docs[0]) throw new Error(`no ${collection} ${slug}`)
    return docs[0].id
  }
  const [pageId, guideId] = await Promise.all([
    find('pages', 'detailed-comparison'),
    find('guides', 'backend-frameworks-2026'),
  ])
  const response = await fetch(`${base}/api/pages/${pageId}`, {
    method: 'PATCH',
    headers: { ...authHeader(token), 'Content-Type': 'application/json' },
    body: JSON.stringify({
      _status: 'published',
      dek: 'How the eight frameworks compare, criterion by criterion.',
      layout: [
        {
          blockType: 'prose',
          content: paragraph(
            'Each framework is scored on the five criteria of the guide. This page puts the scores side by side and says where each one wins.',
          ),
        },
        { blockType: 'ranking', heading: 'The ranking', guide: guideId },
        {
          blockType: 'callout',
          text: 'Looking for platforms instead?',
          linkLabel: 'Read the guides',
          linkType: 'custom',
          url: '/guides',
        },
        {
          blockType: 'faq',
          heading: 'Questions',
          items: [
            {
              question: 'Why is jerrycan first?',
              answer: paragraph('It is the only entry built for an agent to assemble.'),
            },
          ],
        },
      ],
    }),
  })
  if (!response.ok)
    throw new Error(`publishing the page: HTTP ${response.status} ${await response.text()}`)
  return '/detailed-comparison'
}

/**
 * GETs `url` until it answers 200. A connection kept alive across a Lighthouse run can be closed
 * by the server just as it is reused ("other side closed"): that attempt is made again.
 */
export async function warmUp(url: string, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url)
      await response.text()
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      return
    } catch (error) {
      if (attempt >= attempts || !(error instanceof TypeError)) throw error
    }
  }
}
