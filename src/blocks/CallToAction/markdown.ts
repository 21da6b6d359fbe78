import type { BlockOf } from '@/blocks'
import { callToAction, type BlockPage } from '@/lib/markdown/sections'

export const callToActionMarkdown = (block: BlockOf<'cta'>, { links }: BlockPage) =>
  callToAction(block, links)
