/** How many characters of a block's text its row in the admin shows. */
const WORDS_SHOWN = 60

type Node = { text?: unknown; children?: unknown }

/** The text of rich text's nodes, in reading order, up to `max` characters. */
function richTextWords(node: unknown, max: number): string {
  let out = ''
  const visit = (current: unknown) => {
    if (out.length >= max || typeof current !== 'object' || current === null) return
    const { text, children } = current as Node
    if (typeof text === 'string') out += text
    if (Array.isArray(children)) {
      for (const child of children) {
        visit(child)
        // Paragraphs and headings are blocks: a space keeps their words apart.
        if (out && !out.endsWith(' ')) out += ' '
      }
    }
  }
  visit((node as { root?: unknown } | null)?.root)
  return out
}

const shorten = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > WORDS_SHOWN ? `${clean.slice(0, WORDS_SHOWN - 1).trimEnd()}…` : clean
}

/**
 * What a page block's row in the admin says about the block, so a collapsed layout reads as the
 * page does: the name the marketer gave it, else its heading, else its first words. Empty for a
 * block with no words yet.
 */
export function blockRowLabelText(data: Record<string, unknown> | undefined): string {
  if (!data) return ''
  for (const key of ['blockName', 'heading', 'text']) {
    const value = data[key]
    if (typeof value === 'string' && value.trim()) return shorten(value)
  }
  return shorten(richTextWords(data.content, WORDS_SHOWN * 2))
}
