import type { ReactNode } from 'react'

import type { BlockOf, BlockSlug } from '.'
import { CalloutComponent } from './Callout/Component'
import { CallToActionComponent } from './CallToAction/Component'
import { FaqComponent } from './Faq/Component'
import { ProseComponent } from './Prose/Component'
import { RankingComponent } from './Ranking/Component'

/** A block as the page shows it; `index` is its place in the layout, for ids unique on the page. */
export type BlockComponent<S extends BlockSlug = BlockSlug> = (props: {
  block: BlockOf<S>
  index: number
}) => ReactNode | Promise<ReactNode>

/** Each block's Component.tsx, by slug (src/components/PageBlocks.tsx renders them). */
export const BLOCK_COMPONENTS: { [S in BlockSlug]: BlockComponent<S> } = {
  prose: ProseComponent,
  callout: CalloutComponent,
  cta: CallToActionComponent,
  ranking: RankingComponent,
  faq: FaqComponent,
}
