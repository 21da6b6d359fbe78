/**
 * Markdown read as a reader reads it: the words, without the syntax. Front matter, heading and
 * list markers, quote markers, table pipes and rules, link targets and emphasis go; escapes are
 * undone; whitespace runs become one space.
 */
export function readingText(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  const lines = body.split('\n').flatMap((line) => {
    if (/^\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) return [] // a table's header rule
    // One block marker at most: a heading's text may itself begin with `>` or `|`.
    if (!line.startsWith('|')) return [line.replace(/^(#{1,6}\s+|>\s?|\s*(\d+\.|[-*+])\s+)/, '')]
    return [
      line
        .replace(/^\|\s*/, '')
        .replace(/\s*\|\s*$/, '')
        .replace(/\s*(?<!\\)\|\s*/g, ' '),
    ]
  })
  return lines
    .join('\n')
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
    .replace(/(?<!\\)(\*\*|\*|__)/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The front matter of a Markdown twin, each value as the JSON string it is written as. */
export function frontMatter(markdown: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? ''
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const at = line.indexOf(': ')
      return [line.slice(0, at), JSON.parse(line.slice(at + 2)) as string]
    }),
  )
}

export type LlmsLink = { title: string; url: string; description?: string }
export type LlmsTxt = {
  title: string
  summary: string
  details: string[]
  sections: { heading: string; links: LlmsLink[] }[]
}

/**
 * Parses /llms.txt by the llmstxt.org proposal, throwing at the first thing out of place: one H1
 * first, then a blockquote, then paragraphs (no headings), then H2 sections whose lines are all
 * `- [title](url)` with an optional `: description`.
 */
export function parseLlmsTxt(text: string): LlmsTxt {
  const blocks = text.trim().split(/\n{2,}/)
  const [h1, quote, ...rest] = blocks
  const title = /^# (.+)$/.exec(h1 ?? '')?.[1]
  if (!title || h1!.includes('\n')) throw new Error(`llms.txt must open with one H1: ${h1}`)
  if (!quote?.split('\n').every((line) => line.startsWith('> '))) {
    throw new Error(`llms.txt needs a blockquote after the H1: ${quote}`)
  }
  const result: LlmsTxt = {
    title,
    summary: quote.replace(/^> /gm, ''),
    details: [],
    sections: [],
  }
  for (const block of rest) {
    const heading = /^## (.+)$/.exec(block)?.[1]
    if (heading) {
      result.sections.push({ heading, links: [] })
      continue
    }
    const section = result.sections.at(-1)
    if (!section) {
      if (/^#/.test(block)) throw new Error(`no headings before the sections: ${block}`)
      result.details.push(block)
      continue
    }
    for (const line of block.split('\n')) {
      const link = /^- \[((?:\\.|[^\]\\])+)\]\((\S+)\)(?:: (.+))?$/.exec(line)
      if (!link) throw new Error(`a section holds only "- [title](url): notes" lines: ${line}`)
      section.links.push({ title: link[1]!, url: link[2]!, description: link[3] })
    }
  }
  if (result.sections.length === 0) throw new Error('llms.txt lists no sections')
  return result
}
