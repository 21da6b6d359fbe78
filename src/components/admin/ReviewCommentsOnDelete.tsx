import type { EditMenuItemsServerProps } from 'payload'

import type { Reviewable } from '@/lib/review/draftVersion'

type Props = EditMenuItemsServerProps & { collection: Reviewable }

/**
 * In the document's ⋯ menu, just below Delete: how many review comments deleting it deletes too
 * (src/hooks/deleteReviewComments.ts), so the editor knows before they confirm. Nothing when none.
 */
export async function ReviewCommentsOnDelete({ id, payload, collection }: Props) {
  if (id === undefined) return null
  const { totalDocs } = await payload.count({
    collection: 'review-comments',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
      ],
    },
    overrideAccess: true,
  })
  if (totalDocs === 0) return null
  return (
    <p
      id="review-comments-on-delete"
      role="note"
      style={{
        margin: 0,
        padding: 'calc(var(--base) / 4) calc(var(--base) / 2)',
        maxWidth: '18rem',
      }}
    >
      {totalDocs === 1
        ? 'Deleting it also deletes its review comment.'
        : `Deleting it also deletes its ${totalDocs} review comments, replies and verdicts.`}
    </p>
  )
}
