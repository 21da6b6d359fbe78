import type { Agent } from '@/payload-types'

import { inline, lines, link } from './text'

export type LlmsEntry = { title: string; url: string; description?: string | null }

export type LlmsIndex = {
  siteName: string
  agents: Agent
  guides: LlmsEntry[]
  pages: LlmsEntry[]
  fullTextUrl: string
}

const quote = (text: string) =>
  lines(text)
    .map((line) => `> ${line}`)
    .join('\n')

const list = (heading: string, entries: LlmsEntry[]) =>
  entries.length === 0
    ? null
    : [
        `## ${inline(heading)}`,
        '',
        ...entries.map(({ title, url, description }) => {
          const notes = inline(description ?? '')
          return `- ${link(title, url)}${notes ? `: ${notes}` : ''}`
        }),
      ].join('\n')

/**
 * /llms.txt as https://llmstxt.org proposes it: an H1 with the site's name, a blockquote that sums
 * it up, a paragraph, then H2 sections that list Markdown links with a line each. "Optional" is the
 * section an agent may skip.
 */
export function llmsTxt({ siteName, agents, guides, pages, fullTextUrl }: LlmsIndex): string {
  const { sections } = agents
  return `${[
    `# ${inline(siteName)}`,
    agents.summary ? quote(agents.summary) : null,
    agents.details ? lines(agents.details).join('\n') : null,
    list(sections.guides, guides),
    list(sections.pages, pages),
    list(sections.optional, [
      { title: sections.fullText, url: fullTextUrl, description: sections.fullTextDescription },
    ]),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`
}

/** Front matter off a twin: inside one file, each document starts at its H1 instead. */
export const withoutFrontMatter = (markdown: string) =>
  markdown.replace(/^---\n[\s\S]*?\n---\n+/, '')

/** /llms-full.txt: the same opening, then every published document's Markdown, one after another. */
export function llmsFullTxt(
  { siteName, agents }: Pick<LlmsIndex, 'siteName' | 'agents'>,
  documents: { url: string; markdown: string }[],
): string {
  const opening = [`# ${inline(siteName)}`, agents.summary ? quote(agents.summary) : null]
    .filter(Boolean)
    .join('\n\n')
  const bodies = documents.map(
    ({ url, markdown }) => `Source: ${url}\n\n${withoutFrontMatter(markdown).trim()}`,
  )
  return `${[opening, ...bodies].join('\n\n---\n\n')}\n`
}
