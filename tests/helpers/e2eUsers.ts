/** Where the e2e suite's shared production server listens (playwright.config.ts starts it). */
export const e2eBaseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`

/** The account the e2e setup creates through /admin on the fresh production database. */
export const firstAdmin = { email: 'first-admin@example.com', password: 'first-admin-password' }
