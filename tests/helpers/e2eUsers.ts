/** The account the e2e setup creates through /admin on the fresh production database. */
export const firstAdmin = { email: 'first-admin@example.com', password: 'first-admin-password' }
