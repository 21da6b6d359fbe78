import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ReviewCommentsOnDelete } from '@/components/admin/ReviewCommentsOnDelete'
import { relationId } from '@/lib/content/relationId'

import { seededGuide } from '../helpers/payload'
import { commentCount, draftGuide, postReview, shareLink } from '../helpers/review'

// The guide's ⋯ menu says, just below Delete, how many review comments deleting it deletes too;
// it says nothing when there are none. Rendered as Payload renders the menu item: a server
// component given the document's id and Payload.

const suffix = randomBytes(4).toString('hex')
let payload: Payload
let framework = 0
const guides: number[] = []

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  framework = relationId(seeded.guide.ranking![0]!.framework)
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', where: { id: { in: guides } } })
})

async function note(id: number): Promise<string> {
  const element = await ReviewCommentsOnDelete({
    id,
    payload,
    collection: 'guides',
  } as Parameters<typeof ReviewCommentsOnDelete>[0])
  return element ? renderToStaticMarkup(createElement(() => element)) : ''
}

describe('the warning before deleting a document with review comments', () => {
  it('counts its comments, replies and verdicts, and is not there without any', async () => {
    const guide = await draftGuide(payload, `Delete note ${suffix}`, framework)
    guides.push(guide.id)
    expect(await note(guide.id)).toBe('')
    const { token } = await shareLink(payload, guide.id)
    const thread = await postReview({ token, field: 'dek', body: 'One.' })
    expect(thread.status).toBe(201)
    expect(await note(guide.id)).toContain('Deleting it also deletes its review comment.')
    await payload.create({
      collection: 'review-comments',
      data: { parent: thread.json.id as number, body: 'A reply.' } as never,
    })
    expect((await postReview({ token, verdict: 'approve' })).status).toBe(201)
    expect(await note(guide.id)).toContain(
      'Deleting it also deletes its 3 review comments, replies and verdicts.',
    )
    await payload.delete({ collection: 'guides', id: guide.id })
    expect(await commentCount(payload, guide.id)).toBe(0)
  })
})
