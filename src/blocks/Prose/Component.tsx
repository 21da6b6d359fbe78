import type { BlockOf } from '@/blocks'
import { RichText } from '@/components/RichText'

export function ProseComponent({ block }: { block: BlockOf<'prose'> }) {
  return <RichText data={block.content} className="prose" />
}
