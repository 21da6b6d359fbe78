import type { TextField } from 'payload'

/** Why a URL is refused, or undefined when it is http(s), a relative path or an in-page anchor. */
export function safeUrlError(value: string): string | undefined {
  const url = value.trim()
  if (!url) return undefined
  if (url.startsWith('/') && !url.startsWith('//')) return undefined
  if (url.startsWith('#')) return undefined
  if (/^https?:\/\/[^\s/]+/i.test(url)) return undefined
  return 'Only http(s) URLs, relative paths (/…) and anchors (#…) are allowed.'
}

export const urlField = (name: string, options: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: (value: unknown) => safeUrlError(typeof value === 'string' ? value : '') ?? true,
    ...options,
  }) as TextField
