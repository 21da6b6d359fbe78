import type { FieldProblem } from './inputShape'

/**
 * The one rule for text that arrives in a request: no C0 control character (U+0000–U+001F) other
 * than tab, line feed and carriage return. NUL is what breaks: Postgres cannot store it in text
 * (22021) or jsonb (22P05), so a query or save holding one failed with a 500. The others are
 * refused with it because no field here means them and they are invisible in the admin.
 *
 * Tab, LF and CR stay allowed everywhere, single-line fields included: textarea, code, rich text
 * and JSON need them, a query or a GraphQL argument does not say which field's rules apply, and
 * Postgres stores them as the whitespace every renderer shows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/

const codePoint = (char: string) =>
  `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/** Why `text` breaks the rule, or undefined when it keeps it. */
export function controlCharacterIn(text: string): string | undefined {
  const found = CONTROL.exec(text)
  if (!found) return undefined
  return `holds the control character ${codePoint(found[0])} (at character ${found.index + 1}); text may not contain control characters other than tab and line breaks.`
}

/** A key as it goes into a path: control characters shown as escapes, so the message is legible. */
// eslint-disable-next-line no-control-regex -- see CONTROL
const ANY_CONTROL = /[\u0000-\u001F]/g
const printable = (key: string) =>
  key.replace(ANY_CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))

/**
 * The first string in `value` (object keys included) that breaks the rule, with its path as
 * Payload names fields (`ranking.0.note`) under `path`. Iterative: a deeply nested body must not
 * overflow the stack. Time linear in the size of `value`.
 */
export function controlCharacterProblem(value: unknown, path = ''): FieldProblem | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: item, path: at } = next
    if (typeof item === 'string') {
      const problem = controlCharacterIn(item)
      if (problem) return { path: at || '(body)', message: problem }
    } else if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index--) {
        stack.push({ value: item[index], path: join(at, index) })
      }
    } else if (typeof item === 'object' && item !== null) {
      const entries: [string, unknown][] = Object.entries(item)
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, inner] = entries[index]!
        const keyProblem = controlCharacterIn(key)
        if (keyProblem) return { path: join(at, printable(key)), message: `its name ${keyProblem}` }
        stack.push({ value: inner, path: join(at, key) })
      }
    }
  }
  return undefined
}
