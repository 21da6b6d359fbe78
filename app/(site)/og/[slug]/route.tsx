import { tagged } from '@/lib/cache/surrogateKeys.mjs'
import { TAGS } from '@/lib/cache/tags'
import { getPublishedGuide } from '@/lib/content/guide'
import { isSlug } from '@/fields/slug'
import { ogCard } from '@/lib/seo/ogCard'

// Drawn per request from the cached guide data. A cached route would not be expired by the
// guide's tags once the cache is shared (@fortedigital/nextjs-cache-handler stores route entries
// without tags), and crawlers ask for it rarely; the proxy and CDN keep it until the guide's tag
// is purged.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ slug: string }> }

/** The guide's Open Graph image (1200×630): its title and its top three entries. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const guide = isSlug(slug) ? await getPublishedGuide(slug) : null
  if (!guide) return new Response('Not found', { status: 404 })
  const top = guide.ranking.slice(0, 3)
  const card = ogCard(
    guide.title,
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {top.map((framework, index) => (
        <div key={framework.id} style={{ display: 'flex', alignItems: 'baseline', gap: 24 }}>
          <div style={{ display: 'flex', color: '#b4470f', fontSize: 44, fontWeight: 700 }}>
            {`${guide.tableLabels.rank}${index + 1}`}
          </div>
          <div style={{ display: 'flex', fontSize: 44, fontWeight: 700 }}>{framework.name}</div>
          <div style={{ display: 'flex', fontSize: 30, color: '#5b5852' }}>
            {framework.language}
          </div>
        </div>
      ))}
    </div>,
  )
  return tagged(card, [TAGS.guide(slug)])
}
