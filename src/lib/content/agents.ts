import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Agent } from '@/payload-types'
import { payloadClient } from '@/lib/payload'

/** The agents global (the copy of /llms.txt, the AI crawler policy), cached until it is saved. */
export const getAgentSettings = cache(
  unstable_cache(
    async (): Promise<Agent> => {
      const payload = await payloadClient()
      return payload.findGlobal({ slug: 'agents', depth: 0, overrideAccess: false })
    },
    ['agents'],
    { tags: [TAGS.agents] },
  ),
)
