import type { Metadata } from 'next'

import type { GuideView } from './queries/guide'

export const guideMetadata = (guide: GuideView): Metadata => ({
  title: guide.meta?.title || guide.title,
  description: guide.meta?.description || guide.dek,
})
