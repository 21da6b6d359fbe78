import type { CollectionBeforeChangeHook } from 'payload'

import { Conflict } from '@/lib/api/errors'
import { checkGuide } from '@/lib/checks/gather'
import { sharedReads } from '@/lib/checks/reads'
import { CHECKS, isBlocking, type CheckId } from '@/lib/checks/types'
import type { Guide } from '@/payload-types'

/**
 * Checks only warn, except those a guide lists as required: a publish (the admin's button, REST, a
 * scheduled publish, a release) is then refused with a 409 naming each failing check, and nothing
 * is stored. Drafts and autosaves are never held up. A notice never blocks.
 */
export const requireChecks: CollectionBeforeChangeHook<Guide> = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.seeding || data._status !== 'published') return data
  const required = new Set<CheckId>(data.requiredChecks ?? originalDoc?.requiredChecks ?? [])
  if (required.size === 0) return data
  const guide = { ...originalDoc, ...data, id: originalDoc?.id }
  const failing = (await checkGuide(sharedReads(req), guide)).filter(
    (finding) => required.has(finding.check) && isBlocking(finding),
  )
  if (failing.length === 0) return data
  const named = [...new Set(failing.map((finding) => finding.check))]
  // No colon anywhere: the admin's toast reads a colon as the start of a list of fields.
  const plain = (text: string) => text.replace(/:\s/g, ' — ')
  throw new Conflict(
    plain(
      `Not published because the required check${named.length > 1 ? 's' : ''} ${named
        .map((check) => `“${CHECKS[check]}”`)
        .join(' and ')} ${named.length > 1 ? 'fail' : 'fails'}. ${failing
        .map((finding) => finding.message)
        .join(' ')} Fix it, or take the check off “Required before publishing” (Checks tab).`,
    ),
    { checks: failing.map(({ check, message, field }) => ({ check, message, field })) },
  )
}
