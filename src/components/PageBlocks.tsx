import type { Page } from '@/payload-types'
import { BLOCK_COMPONENTS, type BlockComponent } from '@/blocks/components'

/** A page's body: each block as its folder's component (src/blocks), in the order the marketer set. */
export function PageBlocks({ layout }: { layout: Page['layout'] }) {
  return (layout ?? []).map((block, index) => {
    const Component = BLOCK_COMPONENTS[block.blockType] as BlockComponent
    return <Component key={block.id ?? index} block={block} index={index} />
  })
}
