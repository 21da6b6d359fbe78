import type { Page } from '@/payload-types'
import { getPublishedGuide } from '@/lib/content/guide'
import { getAddresses, hrefOf, linkKey } from '@/lib/content/links'
import { relationId } from '@/lib/content/relationId'

import { CallToAction } from './CallToAction'
import { RankingTable } from './RankingTable'
import { RichText } from './RichText'

type Block = NonNullable<Page['layout']>[number]
type BlockOf<T extends Block['blockType']> = Extract<Block, { blockType: T }>

async function Callout({ block }: { block: BlockOf<'callout'> }) {
  const href = hrefOf(block, await getAddresses())
  return (
    <aside className="callout">
      <p>
        {block.text} {href ? <a href={href}>{block.linkLabel}</a> : null}
      </p>
    </aside>
  )
}

/** The published ranking of a guide, its names linking to the guide's entries. */
async function EmbeddedRanking({ block, index }: { block: BlockOf<'ranking'>; index: number }) {
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

function Faq({ block, index }: { block: BlockOf<'faq'>; index: number }) {
  return (
    <section className="faq" aria-labelledby={`block-${index}-heading`}>
      <h2 id={`block-${index}-heading`}>{block.heading}</h2>
      {(block.items ?? []).map((item) => (
        <div key={item.id} className="faq-item">
          <h3>{item.question}</h3>
          <RichText data={item.answer} className="prose" />
        </div>
      ))}
    </section>
  )
}

/** A page's body: each block as its component, in the order the marketer set. */
export function PageBlocks({ layout }: { layout: Page['layout'] }) {
  return (layout ?? []).map((block, index) => {
    const key = block.id ?? index
    switch (block.blockType) {
      case 'prose':
        return <RichText key={key} data={block.content} className="prose" />
      case 'callout':
        return <Callout key={key} block={block} />
      case 'cta':
        return <CallToAction key={key} cta={block} id={`block-${index}`} />
      case 'ranking':
        return <EmbeddedRanking key={key} block={block} index={index} />
      case 'faq':
        return <Faq key={key} block={block} index={index} />
    }
  })
}
