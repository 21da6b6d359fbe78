import { cookies, draftMode } from 'next/headers'
import { createLocalReq } from 'payload'

import { relationId } from '@/lib/content/relationId'
import { payloadClient } from '@/lib/payload'
import { checkPreviewToken, PREVIEW_COOKIE } from '@/lib/preview/shareLinks'
import { claimedDocument, verifyPreviewToken } from '@/lib/preview/tokens'
import type { ReviewComment } from '@/payload-types'

import { currentDraft, type Reviewable } from './draftVersion'
import { reviewPlaces, type ReviewPlace } from './places'
import { verdictOf, type ReviewerVerdict } from './reviewerVerdict'
import { threadsOf, type Thread } from './threads'

/** What a share-link holder's page needs to show its review: forms, threads, their verdict. */
export type ReviewerView = {
  token: string
  document: { relationTo: Reviewable; value: number }
  /** The draft on screen: the forms post it, so a verdict is bound to what the reviewer saw. */
  version: string
  /** The page to come back to after a plain form post. */
  path: string
  readOnly: boolean
  places: ReviewPlace[]
  /**
   * The document's threads, newest first, whichever of its links they came through: its reviewers
   * read each other (a read-only link is for reading them).
   */
  threads: Thread[]
  /** This link's own verdicts decide what the verdict box says. */
  verdict: ReviewerVerdict
}

/**
 * The review of the document a share link is for, when this request holds a good share link in
 * draft mode and shows that document (`shown`: a guide's or page's draft as rendered) or, for a
 * release's link, any page of the release. Undefined otherwise, and for signed-in users' own
 * previews. Only preview routes call it: it reads cookies.
 */
export async function reviewerView(
  path: string,
  shown?: { relationTo: 'guides' | 'pages'; doc: { id: number } },
): Promise<ReviewerView | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  if (!token) return undefined
  const payload = await payloadClient()
  const verified = verifyPreviewToken(token, payload.secret)
  if (!verified.ok) return undefined
  const document = claimedDocument(verified.claims)
  const release = document.relationTo === 'releases'
  if (!release && (shown?.relationTo !== document.relationTo || shown.doc.id !== document.value)) {
    return undefined
  }
  const target =
    document.relationTo === 'releases'
      ? undefined
      : { relationTo: document.relationTo, value: document.value }
  const check = await checkPreviewToken(payload, token, target, Date.now(), { release: true })
  if (!check.ok) return undefined
  const link = await payload.findByID({
    collection: 'preview-links',
    id: verified.claims.link,
    depth: 0,
    select: { readOnly: true },
    disableErrors: true,
  })
  if (!link) return undefined
  const req = await createLocalReq({}, payload)
  const [draft, all] = await Promise.all([
    currentDraft(req, document.relationTo, document.value),
    threadsOf(payload, document),
  ])
  const ours = (comment: ReviewComment) =>
    comment.link != null && relationId(comment.link) === link.id
  return {
    token,
    document,
    version: draft?.key ?? '',
    path,
    readOnly: Boolean(link.readOnly),
    places: reviewPlaces(document.relationTo, release ? {} : shown?.doc),
    threads: all.threads,
    verdict: verdictOf(all.verdicts.filter(ours), draft),
  }
}
