import { reservedBy } from '@/lib/http/reservedPaths'
import { sourcePath } from '@/lib/http/sitePaths'

/** The path a redirect starts from, as requests are matched against it, or why it cannot be. */
export function fromPath(value: unknown): { path: string } | { error: string } {
  if (typeof value !== 'string') return { error: 'A redirect needs a path to start from.' }
  const source = sourcePath(value)
  if (!('path' in source)) return source
  const reserved = reservedBy(source.path)
  return reserved
    ? {
        error: `${source.path} is ${reserved}: a redirect from it would take it over. Choose an old address the site no longer answers.`,
      }
    : source
}

/** What a stored redirect is matched by: its path as requests are, or the text as stored. */
export const keyOf = (from: string) => {
  const source = sourcePath(from)
  return 'path' in source ? source.path : from
}
