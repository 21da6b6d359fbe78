import type { BlockPage } from '@/lib/markdown/sections'

import type { BlockOf, BlockSlug, PageBlock } from '.'
import { calloutMarkdown } from './Callout/markdown'
import { callToActionMarkdown } from './CallToAction/markdown'
import { faqMarkdown } from './Faq/markdown'
import { proseMarkdown } from './Prose/markdown'
import { rankingMarkdown } from './Ranking/markdown'

type Written = (string | null | undefined)[]
/** A block in a page's Markdown twin: its paragraphs, in the order the page shows them. */
type BlockWriter<S extends BlockSlug> = (
  block: BlockOf<S>,
  page: BlockPage,
) => Written | Promise<Written>

/** Each block's markdown.ts, by slug. */
const BLOCK_MARKDOWN: { [S in BlockSlug]: BlockWriter<S> } = {
  prose: proseMarkdown,
  callout: calloutMarkdown,
  cta: callToActionMarkdown,
  ranking: rankingMarkdown,
  faq: faqMarkdown,
}

export const blockMarkdown = async (block: PageBlock, page: BlockPage): Promise<Written> =>
  (BLOCK_MARKDOWN[block.blockType] as BlockWriter<BlockSlug>)(block, page)
