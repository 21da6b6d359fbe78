import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { frameworks as seededFrameworks } from '@/lib/seed/content'

import { seededGuide } from '../helpers/payload'

// The site reads content through the Local API with overrideAccess: false (src/lib/content).
// Roles through REST and GraphQL are accessMatrix.int.spec.ts.
let payload: Payload

beforeAll(async () => {
  ;({ payload } = await seededGuide())
})

describe('the Local API, as the site reads it', () => {
  it('shows an anonymous reader every published framework of the seed', async () => {
    const { docs } = await payload.find({
      collection: 'frameworks',
      where: { slug: { in: seededFrameworks.map((framework) => framework.slug) } },
      overrideAccess: false,
      pagination: false,
    })
    expect(docs.map((doc) => doc.slug).sort()).toEqual(
      seededFrameworks.map((framework) => framework.slug).sort(),
    )
  })
})
