import type { GlobalAfterChangeHook } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'

import { affectsReaders, type Doc } from './affectsReaders'

export const revalidateSite: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  // The home guide moves between / and /guides/<slug>: links and redirects follow.
  if (!context.seeding)
    await revalidateTags(req, [TAGS.site, TAGS.guides, TAGS.links, TAGS.redirects])
  return doc as unknown
}

/**
 * The header and footer: on every page. They have drafts: a draft saved after a draft changes
 * nothing readers see (the hook cannot tell a draft save from an unpublish otherwise).
 */
export const revalidateFrame: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (!context.seeding && affectsReaders(doc as Doc, previousDoc as Doc | undefined))
    await revalidateTags(req, [TAGS.frame])
  return doc as unknown
}

/** The copy of /llms.txt and the crawler policy of robots.txt. */
export const revalidateAgents: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  if (!context.seeding) await revalidateTags(req, [TAGS.agents])
  return doc as unknown
}
