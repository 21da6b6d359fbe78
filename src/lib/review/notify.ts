import type { Payload } from 'payload'

import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'
import type { ReviewComment } from '@/payload-types'

import { WHOLE_DOCUMENT } from './limits'
import { placeLabel, reviewPlaces } from './places'

/** How many of a document's newest versions say who edited it last, and how many of them hear. */
const VERSIONS_READ = 25
const EDITORS_MAILED = 3

type Versioned = 'guides' | 'pages' | 'frameworks' | 'criteria' | 'caveats'

/**
 * The users who saved the document's newest versions (each version's `updatedBy`,
 * src/fields/updatedBy.ts), most recent first. A release records no editor of its own: its last
 * editors are those of the documents it holds.
 */
async function lastEditors(payload: Payload, about: ReviewComment['document']): Promise<number[]> {
  const id = relationId(about.value)
  if (about.relationTo === 'releases') {
    const release = await payload.findByID({ collection: 'releases', id, depth: 0 })
    const held = await Promise.all(
      (release.items ?? []).map(({ doc }) =>
        editorsOf(payload, doc.relationTo, relationId(doc.value)),
      ),
    )
    return [...new Set(held.flat())]
  }
  return editorsOf(payload, about.relationTo, id)
}

async function editorsOf(payload: Payload, collection: Versioned, id: number): Promise<number[]> {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: VERSIONS_READ,
    depth: 0,
    pagination: false,
  })
  const users = docs.flatMap(({ version }) => {
    const by = (version as { updatedBy?: number | { id: number } | null }).updatedBy
    return by ? [relationId(by)] : []
  })
  return [...new Set(users)]
}

/** The document's name as the admin shows it, where it opens there, and its places' names. */
async function named(payload: Payload, about: ReviewComment['document']) {
  const id = relationId(about.value)
  // Depth 1: a ranked entry or a criterion is named by its framework's or criterion's name.
  const doc = await payload.findByID({
    collection: about.relationTo,
    id,
    depth: 1,
    draft: about.relationTo !== 'releases',
  })
  const title = 'title' in doc ? doc.title : doc.name
  const url = `${env.SITE_URL}/admin/collections/${about.relationTo}/${id}`
  return { title, url, places: reviewPlaces(about.relationTo, doc) }
}

function message(
  comment: ReviewComment,
  { title, url, places }: Awaited<ReturnType<typeof named>>,
) {
  const who = `${comment.reviewerName || 'A reviewer'} (${comment.linkLabel || 'share link'})`
  const subject =
    comment.kind === 'verdict'
      ? `${comment.verdict === 'approve' ? 'Approved' : 'Changes requested'}: “${title}”`
      : `New review comment on “${title}”`
  const place =
    comment.field === WHOLE_DOCUMENT ? 'the draft as a whole' : placeLabel(places, comment.field)
  // Plain text only: a reviewer's words are never markup.
  const text = [
    comment.kind === 'verdict'
      ? `${who} ${comment.verdict === 'approve' ? 'approved' : 'requested changes to'} the draft of “${title}”.`
      : `${who} commented on ${place} of “${title}”.`,
    comment.quote ? `\nAbout: “${comment.quote}”` : '',
    comment.body ? `\n${comment.body}` : '',
    `\nOpen it in the admin: ${url}`,
  ].join('\n')
  return { subject, text }
}

/**
 * Mails a reviewer's new comment or verdict to the document's last editors through Payload's
 * e-mail adapter (without one, Payload writes a line to the log instead). Returns how many were
 * mailed. Call it once the comment is committed.
 */
export async function mailLastEditors(payload: Payload, comment: ReviewComment): Promise<number> {
  const editors = (await lastEditors(payload, comment.document)).slice(0, EDITORS_MAILED)
  if (editors.length === 0) return 0
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: editors } },
    depth: 0,
    pagination: false,
  })
  const to = users.map((user) => user.email).filter(Boolean)
  if (to.length === 0) return 0
  await payload.sendEmail({ to, ...message(comment, await named(payload, comment.document)) })
  return to.length
}

/**
 * After the reviewer's answer is stored: mails without holding the reviewer's request up, and a
 * mail that fails is logged, never theirs to see.
 */
export function notifyLastEditors(payload: Payload, comment: ReviewComment): void {
  mailLastEditors(payload, comment).catch((error: unknown) => {
    payload.logger.error({ err: error, msg: `review mail for comment ${comment.id} failed` })
  })
}
