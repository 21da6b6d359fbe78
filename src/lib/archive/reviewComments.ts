// Review comments travel with their document (a guide's or a page's; releases are not archived).
// A comment names the draft its reviewer saw by that draft's key, made of version row ids, and an
// import makes new version rows: the file says instead whether it was the document's current
// draft, which the import points at the restored one, so an approval of it still counts.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { currentDraft } from '@/lib/review/draftVersion'

import type { ContentArchive } from './schema'

type Comment = ContentArchive['review-comments'][number]
type Doc = Record<string, unknown> & { id: number }
type About = { relationTo: string; value: number }

/** What a comment's `draftVersion` says in the file: the current draft, or one before it. */
export const DRAFT_SEEN = { current: 'current', earlier: 'earlier' } as const

const ARCHIVED_DOCUMENTS = ['guides', 'pages']

/** The key of the document's current draft (a guide's or a page's: src/lib/review/draftVersion.ts). */
async function currentKey(req: PayloadRequest, { relationTo, value }: About) {
  return (await currentDraft(req, relationTo as 'guides' | 'pages', value))?.key
}

/**
 * The comments the file carries: about a guide or a page, through a share link the file carries
 * (a link since deleted, or a release's, reads as none: its label stays), the draft seen as
 * DRAFT_SEEN says.
 */
export async function archivedComments(
  payload: Payload,
  docs: Doc[],
  archivedLinks: Set<number>,
): Promise<Doc[]> {
  const req = await createLocalReq({}, payload)
  const newest = new Map<string, string | undefined>()
  const kept: Doc[] = []
  for (const doc of docs) {
    const about = doc.document as About
    if (!ARCHIVED_DOCUMENTS.includes(about.relationTo)) continue
    const key = `${about.relationTo}:${about.value}`
    if (!newest.has(key)) newest.set(key, await currentKey(req, about))
    const seen = doc.draftVersion as string | null
    kept.push({
      ...doc,
      link: archivedLinks.has(doc.link as number) ? doc.link : null,
      draftVersion:
        seen == null ? null : seen === newest.get(key) ? DRAFT_SEEN.current : DRAFT_SEEN.earlier,
    })
  }
  return kept
}

/** The comment as it is restored, once its document's versions are: its draft seen is a row id. */
export async function withDraftRestored(comment: Comment, req: PayloadRequest): Promise<Comment> {
  if (comment.draftVersion !== DRAFT_SEEN.current) return comment
  const current = await currentKey(req, comment.document)
  return { ...comment, draftVersion: current ?? null }
}
