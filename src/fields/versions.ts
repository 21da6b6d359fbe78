import type { CollectionAdminOptions, CollectionConfig, GlobalAdminOptions } from 'payload'

/** Drafts with autosave (which refreshes Live Preview), scheduled publishing, and a history to restore. */
export const editorialVersions: CollectionConfig['versions'] = {
  // Quarter hours: Payload's 5-minute steps make a list of 288 times to scroll through.
  drafts: { autosave: { interval: 800 }, schedulePublish: { timeIntervals: 15 } },
  maxPerDoc: 100,
}

const previewUrl = (path: string) => `/preview?path=${encodeURIComponent(path)}`
const slugOf = (data: Record<string, unknown>) => (typeof data.slug === 'string' ? data.slug : '')

/** The Live Preview panel's sizes: mobile, tablet, desktop. */
const breakpoints = [
  { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
  { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
  { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
]

/**
 * The admin's Preview button and Live Preview panel (mobile, tablet, desktop) for a document shown
 * at `pathOf(slug)`. Both go through /preview, which turns on draft mode for the signed-in user.
 */
export const previewAt = (
  pathOf: (slug: string) => string,
): Pick<CollectionAdminOptions, 'livePreview' | 'preview'> => ({
  preview: (data) => previewUrl(pathOf(slugOf(data))),
  livePreview: { url: ({ data }) => previewUrl(pathOf(slugOf(data))), breakpoints },
})

/**
 * The header and footer's Preview button and Live Preview panel: the home page, whose frame shows
 * the signed-in user the drafts (src/lib/preview/access.ts). The panel follows each autosave.
 */
export const framePreview: Pick<GlobalAdminOptions, 'livePreview' | 'preview'> = {
  preview: () => previewUrl('/'),
  livePreview: { url: previewUrl('/'), breakpoints },
}
