const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "5 minutes ago", "in 2 hours": the cockpit is read at a glance; the exact time is its title. */
export function fromNow(iso: string, now = Date.now()): string {
  const delta = new Date(iso).getTime() - now
  for (const [unit, ms] of STEPS) {
    if (Math.abs(delta) >= ms) return relative.format(Math.round(delta / ms), unit)
  }
  return relative.format(Math.round(delta / 1000), 'second')
}

/** The exact time, in UTC like the rest of the site's dates. */
export const exactTime = (iso: string) => `${absolute.format(new Date(iso))} UTC`
