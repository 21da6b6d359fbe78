import type { GlobalConfig } from 'payload'

import { anyone, authenticated } from '@/access'
import { AI_CRAWLERS } from '@/lib/agents/crawlers'
import { guardGlobalWrites } from '@/hooks/guardGlobals'
import { revalidateAgents } from '@/hooks/revalidateGlobals'

/**
 * What AI agents read: the copy of /llms.txt (https://llmstxt.org) and which AI crawlers
 * robots.txt lets in. Each guide and page brings its own line: its SEO description, else its dek.
 */
export const Agents: GlobalConfig<'agents'> = {
  slug: 'agents',
  label: 'AI agents',
  access: { read: anyone, update: authenticated },
  hooks: { beforeOperation: [guardGlobalWrites], afterChange: [revalidateAgents] },
  admin: {
    description:
      'How AI agents see the site: /llms.txt (its title is the site name in Header & navigation) and robots.txt.',
  },
  fields: [
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 500,
      admin: {
        description: 'One paragraph: what this site is. Shown as the quote under the title.',
      },
    },
    {
      name: 'details',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Optional: what an agent should know before it reads on.' },
    },
    {
      name: 'sections',
      type: 'group',
      admin: { description: 'The headings of the lists of published guides and pages.' },
      fields: [
        { name: 'guides', type: 'text', required: true, defaultValue: 'Guides' },
        { name: 'pages', type: 'text', required: true, defaultValue: 'Pages' },
        {
          name: 'optional',
          type: 'text',
          required: true,
          defaultValue: 'Optional',
          admin: { description: 'The section agents may skip: it links /llms-full.txt.' },
        },
        {
          name: 'fullText',
          type: 'text',
          required: true,
          defaultValue: 'Everything in one file',
        },
        {
          name: 'fullTextDescription',
          type: 'text',
          required: true,
          defaultValue: 'Every published guide and page in Markdown.',
        },
      ],
    },
    {
      name: 'blockedCrawlers',
      type: 'select',
      hasMany: true,
      options: AI_CRAWLERS.map(({ agent, by, purpose }) => ({
        value: agent,
        label: `${agent} (${by}, ${purpose})`,
      })),
      admin: {
        description:
          'AI crawlers robots.txt turns away from the whole site. Empty (the default): all of them may read it.',
      },
    },
  ],
}
