import type { CollectionBeforeChangeHook } from 'payload'

import { Conflict } from '@/lib/api/errors'
import { currentDraft, type Reviewable } from '@/lib/review/draftVersion'
import { verdictState } from '@/lib/review/verdicts'
import type { Release } from '@/payload-types'

type Approvable = {
  requireApproval?: boolean | null
  overrideApproval?: boolean | null
  _status?: 'draft' | 'published' | null
  status?: Release['status']
}

const MISSING: Record<string, string> = {
  none: 'no reviewer has approved it yet',
  changes: 'the newest verdict on it requests changes',
  'earlier-draft': 'the approval it has is for an earlier draft',
}

/** Whether this save puts the document live: a publish, or a release marking itself published. */
const publishes = (collection: Reviewable, data: Approvable, original?: Approvable) =>
  collection === 'releases'
    ? data.status === 'published' && original?.status !== 'published'
    : data._status === 'published'

/**
 * "Publishing needs an approval": while a document's setting is on, a publish (the admin's button,
 * REST, the Local API, a scheduled publish, a release) is refused with a 409 unless the newest
 * verdict through a share link for the current draft approves it. An admin's override lets one
 * publish through and is recorded with who and when. Drafts and autosaves are never held up.
 */
export const requireApproval: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
  context,
}) => {
  const slug = collection.slug as Reviewable
  const original = originalDoc as (Approvable & { id?: number }) | undefined
  const next = { ...(data as Approvable) }
  // Ticking the override (an admin's field) records who and when, and stays in the versions.
  const ticked = next.overrideApproval === true && original?.overrideApproval !== true
  const recorded = ticked
    ? { ...data, approvalOverride: { by: req.user?.id ?? null, at: new Date().toISOString() } }
    : data
  if (context.seeding || !publishes(slug, next, original)) return recorded
  if (!(next.requireApproval ?? original?.requireApproval)) return recorded
  // The override lets one publish through, and is spent by it.
  if (next.overrideApproval ?? original?.overrideApproval) {
    return { ...recorded, overrideApproval: false }
  }
  const id = original?.id
  const draft =
    id === undefined
      ? undefined
      : await currentDraft(
          req,
          slug,
          id,
          slug === 'releases' ? (originalDoc as Release) : undefined,
        )
  const state = id === undefined ? 'none' : await verdictState(req, slug, id, draft)
  if (state === 'approved') return data
  // No colon: the admin's toast reads one as the start of a list of fields.
  throw new Conflict(
    `Not published because this needs an approval of the current draft through a share link, and ${MISSING[state]}. Send a share link to a reviewer, or an admin can tick “Publish without an approval”.`,
    { approval: state },
  )
}
