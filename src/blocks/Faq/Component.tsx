import type { BlockOf } from '@/blocks'
import { RichText } from '@/components/RichText'

export function FaqComponent({ block, index }: { block: BlockOf<'faq'>; index: number }) {
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
