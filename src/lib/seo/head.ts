// What a public page puts in its <head>, as data. One component writes it (src/components/
// HeadTags.tsx), for readers' pages and for previews alike, so the two cannot drift apart.

export type HeadImage = { url: string; width?: number; height?: number; alt: string }

export type PageHead = {
  title: string
  description?: string
  /** The page's one URL; a preview or a reader's weighting keeps the page's own. */
  canonical?: string
  /** `<link rel="alternate">` by content type: the Markdown twin, the changes feed. */
  alternates?: Record<string, string>
  openGraph?: {
    type: 'article'
    url: string
    title: string
    description?: string
    siteName: string
    modifiedTime: string
    images: HeadImage[]
  }
  twitter?: {
    card: 'summary_large_image'
    title: string
    description?: string
    images: { url: string; alt: string }[]
  }
  /** Absent: indexable. Previews and a reader's own weighting are not. */
  robots?: { index: boolean; follow: boolean }
}

/** The same head, kept out of search engines (a preview, a reader's own weighting). */
export const unindexed = (head: PageHead, follow = false): PageHead => ({
  ...head,
  robots: { index: false, follow },
})
