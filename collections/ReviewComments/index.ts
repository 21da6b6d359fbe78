import type { CollectionConfig, Validate } from 'payload'

import { authenticated, isAdmin } from '@/access'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { relationId } from '@/lib/content/relationId'
import { anchorExists } from '@/lib/review/anchor'
import { REVIEWABLE, REVIEW_LIMITS, WHOLE_DOCUMENT } from '@/lib/review/limits'

import { joinThread } from './hooks/joinThread'
import { stampWriter } from './hooks/stampWriter'

type Sibling = {
  document?: { relationTo: string; value: unknown } | null
  kind?: string | null
  parent?: unknown
}

/**
 * The place must exist on the document's current draft (a guide's, a page's or a release's) when
 * a thread starts. A reply takes its thread's place (joinThread), and a stored place stays what it
 * was about: a thread whose place has left the draft (outdated) can still be answered and resolved.
 */
const anchorOnDocument: Validate<string | null | undefined, unknown, Sibling> = async (
  value,
  { req, siblingData, operation, previousValue },
) => {
  if (!value) return 'Name the field or block the comment is about.'
  if (value === WHOLE_DOCUMENT || siblingData.parent) return true
  if (operation === 'update' && value === previousValue) return true
  const about = siblingData.document
  if (!about || !REVIEWABLE.includes(about.relationTo as never)) return true
  const doc = await req.payload
    .findByID({
      collection: about.relationTo as (typeof REVIEWABLE)[number],
      id: relationId(about.value as number),
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) return true
  return anchorExists(doc, value) ? true : `“${value}” is no field or block of that document.`
}

/**
 * What reviewers say about a draft through a share link (POST /review), and the marketers' replies
 * from the admin. Never public: signed-in users only, on every API; a reviewer writes through
 * /review, which checks their link. Stored as plain text. Deleting a guide, page or release
 * deletes its comments (src/hooks/deleteReviewComments.ts).
 */
export const ReviewComments: CollectionConfig<'review-comments'> = {
  slug: 'review-comments',
  labels: { singular: 'Review comment', plural: 'Review comments' },
  admin: {
    useAsTitle: 'field',
    defaultColumns: ['document', 'field', 'kind', 'reviewerName', 'state', 'createdAt'],
    description: 'What reviewers said through share links, and the replies to them.',
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    // A reviewer's words are the record of a review: only an admin removes them.
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [guardWrites],
    beforeChange: [joinThread, stampWriter],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...REVIEWABLE],
      required: true,
      index: true,
    },
    {
      name: 'field',
      type: 'text',
      required: true,
      maxLength: REVIEW_LIMITS.field,
      admin: { description: 'The field path or block id the comment is about.' },
      validate: anchorOnDocument,
    },
    { name: 'quote', type: 'textarea', maxLength: REVIEW_LIMITS.quote },
    {
      name: 'body',
      type: 'textarea',
      maxLength: REVIEW_LIMITS.body,
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Sibling }) =>
        siblingData.kind === 'verdict' || (value && value.trim())
          ? true
          : 'A comment needs some text.',
    },
    { name: 'reviewerName', type: 'text', maxLength: REVIEW_LIMITS.name },
    { name: 'link', type: 'relationship', relationTo: 'preview-links', admin: { readOnly: true } },
    { name: 'linkLabel', type: 'text', admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'comment',
      options: ['comment', 'verdict'],
    },
    {
      name: 'verdict',
      type: 'select',
      options: [
        { value: 'approve', label: 'Approve' },
        { value: 'changes', label: 'Request changes' },
      ],
      admin: { condition: (_, sibling) => sibling?.kind === 'verdict' },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Sibling }) =>
        (siblingData.kind === 'verdict') === Boolean(value)
          ? true
          : 'A verdict says “approve” or “changes”; a comment has none.',
    },
    {
      name: 'draftVersion',
      type: 'text',
      index: true,
      admin: { readOnly: true, description: 'The draft the reviewer saw.' },
    },
    { name: 'parent', type: 'relationship', relationTo: 'review-comments', label: 'Thread' },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [
        { value: 'open', label: 'Open' },
        { value: 'resolved', label: 'Resolved' },
      ],
    },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
}
