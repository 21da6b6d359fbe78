/**
 * CMS text written into Markdown (the twins, /llms.txt, /llms-full.txt, rich text): the one
 * module that escapes it, so no title, label, note or paragraph can start a heading, list item,
 * quote, table row or fence, close a link's brackets or leave its parentheses.
 */

// Line breaks as any reader may count them (CommonMark's \n and \r, and \v, \f, NEL, U+2028,
// U+2029), and the other control characters: inside a line they become a space.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * A piece of a line, not trimmed (spaces around it may separate it from the next piece): on one
 * line, whitespace runs one space as HTML shows them, and every character that is syntax inside a
 * line (emphasis, code, links, autolinks and HTML, entities, table pipes, strikethrough) escaped.
 */
export const span = (text: string) =>
  text
    .replace(BREAKS_AND_CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')

/** Escaped pieces as one line: trimmed, and a trailing `#` that would close a heading escaped. */
export const line = (spans: string) => spans.trim().replace(/#$/, '\\#')

/**
 * A line's escaped text where a block may start (a paragraph, a list item, a quote): a leading
 * `#`, `>`, `+`, `-`, `=`, `:` or number-and-dot that would open a heading, quote, list, rule or
 * table escaped too. (Indentation cannot open code: the line is trimmed.)
 */
export const blockStart = (escaped: string) =>
  escaped.replace(/^[#>+\-=:]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2')

/** Text that Markdown must read as text, on one line (a heading's, a cell's, a link's words). */
export const inline = (text: string) => line(span(text))

/** A paragraph of plain text, on one line, as HTML shows it. */
export const paragraph = (text: string) => blockStart(inline(text))

/** Lines of text (a summary, a few sentences) kept apart as written, none starting a block. */
export const lines = (text: string) =>
  text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map(paragraph)
    .filter(Boolean)

/** Strong emphasis around inline text; nothing for no text (`****` would be a rule). */
export const strong = (text: string) => {
  const escaped = inline(text)
  return escaped ? `**${escaped}**` : ''
}

/** Emphasis around inline text; nothing for no text. */
export const emphasis = (text: string) => {
  const escaped = inline(text)
  return escaped ? `*${escaped}*` : ''
}

// In a link destination, what would end it (whitespace, `(`, `)`, `<`, `>`), be read as an escape,
// end a table cell (`|`, split before links are read) or open a code span, which binds first.
// eslint-disable-next-line no-control-regex -- see BREAKS_AND_CONTROLS
const UNSAFE_IN_URL = /[\s()<>\\|`\u0000-\u001f\u007f-\u009f]/g
const percent = (char: string) =>
  char.charCodeAt(0) < 0x80
    ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
    : encodeURIComponent(char)

/** A URL as a link destination: what could end it percent-encoded, which means the same URL. */
export const destination = (url: string) => url.replace(UNSAFE_IN_URL, percent)

/** A Markdown link: its words as text, its URL unable to leave the parentheses. */
export const link = (text: string, url: string) => `[${inline(text)}](${destination(url)})`

/**
 * A YAML front-matter value: a JSON string (a valid YAML scalar), with what JSON leaves as it is
 * but YAML 1.1 reads as a line break (NEL, U+2028, U+2029) or refuses (DEL, C1 controls) escaped.
 */
export const yamlString = (text: string) =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
