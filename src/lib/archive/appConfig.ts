// The app's sanitized config, which the archive's schema is derived from (./schema.ts). Read at
// load, not lazily: a content file is checked synchronously, before any database is opened
// (src/scripts/import.ts), so whoever imports the archive has loaded the environment first.
import { loadConfig } from '@/lib/payload'

export const appConfig = await loadConfig()
