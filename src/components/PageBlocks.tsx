import type { Page } from '@/payload-types'
import { BLOCK_COMPONENTS, type BlockComponent } from '@/blocks/components'
import type { ReviewerView } from '@/lib/review/reviewerView'

import { ReviewPlace } from './review/ReviewPlace'

/**
 * A page's body: each block as its folder's component (src/blocks), in the order the marketer set;
 * in a reviewer's preview, each with its comments.
 */
export function PageBlocks({ layout, review }: { layout: Page['layout']; review?: ReviewerView }) {
  return (layout ?? []).map((block, index) => {
    const Component = BLOCK_COMPONENTS[block.blockType] as BlockComponent
    return (
      <ReviewPlace key={block.id ?? index} review={review} field={block.id ?? ''}>
        <Component block={block} index={index} />
      </ReviewPlace>
    )
  })
}
