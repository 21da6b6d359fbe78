/** A share link as the admin lists it. */
export type ShareLinkRow = {
  id: number
  note?: string | null
  expiresAt: string
  revoked?: boolean | null
  url?: string | null
}

export type ShareLinkState = 'active' | 'revoked' | 'expired'

/** Whether the link still opens its drafts. Revoked wins over expired: it is what someone chose. */
export function linkState(link: Pick<ShareLinkRow, 'expiresAt' | 'revoked'>, now = Date.now()) {
  if (link.revoked) return 'revoked' as const
  return new Date(link.expiresAt).getTime() > now ? ('active' as const) : ('expired' as const)
}

/**
 * The link's state in words, e.g. "Works until 11 Dec 2026, 14:05 UTC" (the viewer's own time
 * zone, named), "Revoked", "Expired on 4 Dec 2026, 09:00 UTC".
 */
export function linkStateInWords(
  link: Pick<ShareLinkRow, 'expiresAt' | 'revoked'>,
  now = Date.now(),
  timeZone?: string,
): string {
  const expiry = expiryInWords(link.expiresAt, timeZone)
  const state = linkState(link, now)
  if (state === 'revoked') return 'Revoked: it no longer opens the drafts'
  return state === 'active' ? `Works until ${expiry}` : `Expired on ${expiry}`
}

/** "11 Dec 2026, 14:05 UTC": in `timeZone` (the viewer's own by default), named. */
export function expiryInWords(iso: string, timeZone?: string): string {
  const date = new Date(iso)
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value
  return zone ? `${when.format(date)} ${zone}` : when.format(date)
}
