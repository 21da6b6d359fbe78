import type { BlockOf } from '@/blocks'
import { getAddresses } from '@/lib/content/addresses'
import { hrefOf } from '@/lib/content/links'

export async function CalloutComponent({ block }: { block: BlockOf<'callout'> }) {
  const href = hrefOf(block, await getAddresses())
  return (
    <aside className="callout">
      <p>
        {block.text} {href ? <a href={href}>{block.linkLabel}</a> : null}
      </p>
    </aside>
  )
}
