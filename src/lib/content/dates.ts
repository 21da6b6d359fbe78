const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

/** A date as readers see it on the site ("November 24, 2026"), in UTC so every server agrees. */
export const readableDate = (iso: string) => longDate.format(new Date(iso))
