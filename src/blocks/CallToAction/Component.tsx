import type { BlockOf } from '@/blocks'
import { CallToAction } from '@/components/CallToAction'

export function CallToActionComponent({ block, index }: { block: BlockOf<'cta'>; index: number }) {
  return <CallToAction cta={block} id={`block-${index}`} />
}
