import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Agent } from '@/payload-types'

/** The agents global (the copy of /llms.txt, the AI crawler policy), cached until it is saved. */
export const getAgentSettings = cache(
  unstable_cache(
    async (): Promise<Agent> => {
      const payload = await getPayload({ config })
      return payload.findGlobal({ slug: 'agents', depth: 0, overrideAccess: false })
    },
    ['agents'],
    { tags: [TAGS.agents] },
  ),
)
