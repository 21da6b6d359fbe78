import { checkGuide, checkPage } from './gather'
import type { SharedReads } from './reads'
import { CHECK_IDS, type CheckId, type Finding } from './types'

export type Checkable = 'guides' | 'pages'

export type CheckedDocument = {
  collection: Checkable
  id: number
  title: string
  findings: Finding[]
}

/** The checks of `data`, a guide or a page as saved or about to be saved. */
export const checkData = (reads: SharedReads, collection: Checkable, data: object) =>
  collection === 'guides' ? checkGuide(reads, data) : checkPage(reads, data)

/**
 * The checks of a stored guide or page: its newest save (`draft`), or what readers see now.
 * Undefined when there is no such version.
 */
export async function checkStored(
  reads: SharedReads,
  collection: Checkable,
  id: number,
  { draft }: { draft: boolean },
): Promise<CheckedDocument | undefined> {
  const { docs } = await reads.req.payload.find({
    collection,
    where: draft
      ? { id: { equals: id } }
      : { id: { equals: id }, _status: { equals: 'published' } },
    draft,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: reads.req,
  })
  const doc = docs[0]
  if (!doc) return undefined
  return {
    collection,
    id,
    title: doc.title || `#${id}`,
    findings: await checkData(reads, collection, doc),
  }
}

/** The checks that apply to each kind of document: guides are listed on the index by themselves. */
export const APPLIES: Record<Checkable, CheckId[]> = {
  guides: [...CHECK_IDS.filter((check) => check !== 'reachable'), 'rankedApart'],
  pages: CHECK_IDS.filter((check) => check !== 'ranking'),
}
