// Pure: the sentence around a span of a paragraph, for quoting where a link sits.

/** Where sentences end: after . ! ? (and a closing quote or bracket) followed by a space. */
const BOUNDARY = /[.!?…]["”’)\]]*\s+/g

/** The sentence of `text` that holds `start`..`end`, trimmed; the whole text if it has no ends. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0
  let to = text.length
  for (const match of text.matchAll(BOUNDARY)) {
    const after = match.index + match[0].length
    if (after <= start) from = after
    else if (match.index >= end - 1) {
      to = match.index + match[0].trimEnd().length
      break
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim()
}
