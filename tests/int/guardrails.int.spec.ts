import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Guide } from '@/payload-types'

import { refusal, seededGuide } from '../helpers/payload'

let payload: Payload
let guide: Guide

beforeAll(async () => {
  ;({ payload, guide } = await seededGuide())
})

describe('guardrails', () => {
  it('refuses a framework without a name, naming the field', async () => {
    const { message, fields } = await refusal(
      payload.create({
        collection: 'frameworks',
        data: {
          language: 'Go',
          buildModel: 'Hand-written',
          bestFor: 'Gophers',
          blurb: guide.crossLink!,
        } as never,
      }),
    )
    expect(message).toMatch(/Name/)
    expect(fields.map((f) => f.path)).toContain('name')
  })

  it('refuses the same framework twice in a ranking and leaves the stored guide unchanged', async () => {
    const ranking = guide.ranking!
    const duplicate = [...ranking.map((r) => ({ framework: r.framework })), ranking[1]!]
    const { fields } = await refusal(
      payload.update({ collection: 'guides', id: guide.id, data: { ranking: duplicate } }),
    )
    expect(fields.map((f) => f.path)).toEqual(['ranking'])
    expect(fields[0]!.message).toMatch(/same framework twice \(rows 2 and 9\)/)
    const stored = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(stored).toEqual(guide)
  })

  it('refuses a javascript: URL for the call to action and keeps the stored one', async () => {
    const { fields } = await refusal(
      payload.update({
        collection: 'guides',
        id: guide.id,
        data: { cta: { ...guide.cta, linkLabel: 'Go', url: 'javascript:alert(1)' } },
      }),
    )
    expect(fields.map((f) => f.path)).toEqual(['cta.url'])
    const stored = await payload.findByID({ collection: 'guides', id: guide.id, depth: 0 })
    expect(stored.cta).toEqual(guide.cta)
  })

  it('refuses a slug that is not URL-safe, naming the field', async () => {
    const { fields } = await refusal(
      payload.update({ collection: 'guides', id: guide.id, data: { slug: 'Not A Slug!' } }),
    )
    expect(fields.map((f) => f.path)).toEqual(['slug'])
  })

  it('derives a slug from the name when none is given', async () => {
    const criterion = await payload.create({
      collection: 'criteria',
      data: { name: 'Hiring pool', _status: 'published' },
    })
    const framework = await payload.create({
      collection: 'frameworks',
      data: {
        name: 'Phoenix Framework',
        language: 'Elixir',
        buildModel: 'Hand-written',
        bestFor: 'Real-time apps',
        blurb: guide.crossLink!,
        _status: 'draft',
      },
      draft: true,
    })
    expect(framework.slug).toBe('phoenix-framework')
    await payload.delete({ collection: 'frameworks', id: framework.id })
    await payload.delete({ collection: 'criteria', id: criterion.id })
  })
})
