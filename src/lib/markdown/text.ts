/** Text that Markdown must read as text: its punctuation escaped. */
export const inline = (text: string) => text.replace(/[\\`*_[\]<]/g, '\\$&')

/**
 * A paragraph of plain text: a leading `#`, `>`, list marker, numbered-list marker or rule stays
 * text too.
 */
export const paragraph = (text: string) =>
  inline(text).replace(/^(#|>|\||[-+] |\d+[.)] |[-=]{3})/, '\\$1')
