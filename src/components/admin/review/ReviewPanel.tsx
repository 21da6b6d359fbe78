import type { UIFieldServerProps } from 'payload'

import { relationId } from '@/lib/content/relationId'
import type { Reviewable } from '@/lib/review/draftVersion'
import { REVIEWABLE } from '@/lib/review/limits'

import { DocumentReview } from './DocumentReview'
import './review.scss'

const reviewable = (slug: string): slug is Reviewable => REVIEWABLE.includes(slug as never)
const NOUN = { guides: 'Guide', pages: 'Page' } as const

/**
 * The Review tab of a guide, a page or a release: what reviewers said through share links, the
 * replies, the verdicts and whether "Publishing needs an approval" is met. A release shows its
 * own, then each guide's and page's it holds. Read on the server as the signed-in user.
 */
export async function ReviewPanel({ id, collectionSlug, payload, req }: UIFieldServerProps) {
  if (!req.user) return null
  if (id === undefined || !reviewable(collectionSlug)) {
    return <p className="review__empty">Save it first: reviewers comment on a saved draft.</p>
  }
  const read = (collection: Reviewable, docId: number) =>
    payload.findByID({
      collection,
      id: docId,
      draft: true,
      depth: 1,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
  const doc = await read(collectionSlug, Number(id))
  if (!doc) return null
  if (collectionSlug !== 'releases') {
    return (
      <section className="review" aria-label="Review">
        <DocumentReview
          payload={payload}
          req={req}
          collection={collectionSlug}
          doc={doc}
          level={2}
        />
      </section>
    )
  }
  const held = ('items' in doc ? (doc.items ?? []) : []).flatMap(({ doc: item }) =>
    item && (item.relationTo === 'guides' || item.relationTo === 'pages')
      ? [{ collection: item.relationTo, id: relationId(item.value) }]
      : [],
  )
  const documents = await Promise.all(
    held.map(async (item) => ({ ...item, doc: await read(item.collection, item.id) })),
  )
  const admin = payload.config.routes.admin
  return (
    <section className="review" aria-label="Review">
      <h2>This release</h2>
      <DocumentReview payload={payload} req={req} collection="releases" doc={doc} level={3} />
      {documents.map(({ collection, id: docId, doc: held }) =>
        held ? (
          <div key={`${collection}-${docId}`} className="review__held">
            <h2>
              {NOUN[collection]}:{' '}
              <a href={`${admin}/collections/${collection}/${docId}#tab=Review`}>
                {'title' in held ? held.title : `#${docId}`}
              </a>
            </h2>
            <DocumentReview
              payload={payload}
              req={req}
              collection={collection}
              doc={held}
              level={3}
            />
          </div>
        ) : null,
      )}
      {held.length === 0 ? (
        <p className="review__empty">The release holds no guide or page yet.</p>
      ) : null}
    </section>
  )
}
