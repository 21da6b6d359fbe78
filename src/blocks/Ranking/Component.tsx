import type { BlockOf } from '@/blocks'
import { RankingTable } from '@/components/RankingTable'
import { getPublishedGuide } from '@/lib/content/guide'
import { getAddresses } from '@/lib/content/addresses'
import { linkKey } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'

/** The published ranking of a guide, its names linking to the guide's entries. */
export async function RankingComponent({
  block,
  index,
}: {
  block: BlockOf<'ranking'>
  index: number
}) {
  const address = (await getAddresses())[linkKey('guides', relationId(block.guide))]
  const guide = address ? await getPublishedGuide(address.slug) : null
  if (!address || !guide) return null
  return (
    <section
      className="embedded-ranking"
      aria-labelledby={block.heading ? `block-${index}-heading` : undefined}
    >
      {block.heading ? <h2 id={`block-${index}-heading`}>{block.heading}</h2> : null}
      <RankingTable
        labels={guide.tableLabels}
        ranking={guide.ranking}
        entriesAt={address.path}
        id={`block-${index}-caption`}
      />
    </section>
  )
}
