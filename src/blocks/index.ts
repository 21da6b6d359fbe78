// The blocks a page is built from, one folder each: config.ts (here, for the Pages collection, and
// through it the archive), Component.tsx (./components.ts) and markdown.ts (./markdown.ts).
// Those two are kept apart from this list: the collection config must not load the site's React
// components, which read content through the config itself. Both are typed by the slugs of this
// list, so a block added here without its component or its Markdown fails the typecheck.
import type { Page } from '@/payload-types'

import { CalloutBlock } from './Callout/config'
import { CallToActionBlock } from './CallToAction/config'
import { FaqBlock } from './Faq/config'
import { ProseBlock } from './Prose/config'
import { RankingBlock } from './Ranking/config'

export const PAGE_BLOCKS = [ProseBlock, CalloutBlock, CallToActionBlock, RankingBlock, FaqBlock]

/** A block of a page's layout, as stored. */
export type PageBlock = NonNullable<Page['layout']>[number]
export type BlockSlug = PageBlock['blockType']
export type BlockOf<S extends BlockSlug> = Extract<PageBlock, { blockType: S }>
