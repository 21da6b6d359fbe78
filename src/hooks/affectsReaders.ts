export type Doc = { id: number | string; slug?: string; _status?: 'draft' | 'published' | null }

/** Only a change readers can see matters: a publish, an unpublish, or an edit of a published doc. */
export const affectsReaders = (doc: Doc, previousDoc?: Doc) =>
  doc._status === 'published' || previousDoc?._status === 'published'
