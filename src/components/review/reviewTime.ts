const stamp = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** When a comment was written, to the minute, in UTC like the rest of the site ("Dec 4, 2026, 1:05 PM UTC"). */
export const reviewTime = (iso: string) => `${stamp.format(new Date(iso))} UTC`
