import type { BlockOf } from '@/blocks'
import { linkKey } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'
import { rankingTable, type BlockPage } from '@/lib/markdown/sections'
import { inline } from '@/lib/markdown/text'

/** The guide's published ranking, as the page shows it; nothing while it is unpublished. */
export async function rankingMarkdown(block: BlockOf<'ranking'>, { context }: BlockPage) {
  const address = context.addresses[linkKey('guides', relationId(block.guide))]
  const guide = address ? await context.publishedGuide(address.slug) : null
  if (!address || !guide) return []
  return [
    block.heading ? `## ${inline(block.heading)}` : null,
    rankingTable(guide, new URL(address.path, env.SITE_URL).href),
  ]
}
