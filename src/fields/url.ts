import type { TextField } from 'payload'

/**
 * A path on this site: one `/` followed by neither `/` nor `\` (browsers read `//x` and `/\x` as
 * another host), with no spaces or control characters (browsers drop tabs and newlines, which can
 * turn `/\t/x` into `//x`).
 */
export const isSitePath = (url: string): boolean =>
  // eslint-disable-next-line no-control-regex
  /^\/(?![/\\])[^\u0000-\u0020\u007f\\]*$/.test(url)

/** Why a URL is refused, or undefined when it is http(s), a relative path or an in-page anchor. */
export function safeUrlError(value: string): string | undefined {
  const url = value.trim()
  if (!url) return undefined
  if (isSitePath(url)) return undefined
  // eslint-disable-next-line no-control-regex
  if (/^#[^\u0000-\u0020\u007f]*$/.test(url)) return undefined
  // eslint-disable-next-line no-control-regex
  if (/^https?:\/\/[^\s/\\]+[^\u0000-\u0020\u007f\\]*$/i.test(url)) return undefined
  return 'Only http(s) URLs, paths on this site (one / then a name, like /guides/…) and anchors (#…) are allowed.'
}

/**
 * The check of a URL that only counts when `applies` to its siblings (a link set to "URL", a
 * redirect to a custom URL): then it is required (unless `required` is false) and must pass
 * `safeUrlError`.
 */
export const urlWhen =
  (
    applies: (sibling: Record<string, unknown>) => boolean,
    { required = true, missing = 'A link needs a URL.' } = {},
  ) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): string | true => {
    if (!applies(siblingData)) return true
    if (typeof value !== 'string' || !value.trim()) return required ? missing : true
    return safeUrlError(value) ?? true
  }

export const urlField = (name: string, options: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: (value: unknown) => safeUrlError(typeof value === 'string' ? value : '') ?? true,
    // Checked in drafts too (src/lib/api/inputShape.ts): a reviewer's preview follows it as well.
    custom: { url: true },
    ...options,
  }) as TextField
