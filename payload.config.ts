import { postgresAdapter } from '@payloadcms/db-postgres'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Caveats } from './collections/Caveats'
import { Criteria } from './collections/Criteria'
import { Frameworks } from './collections/Frameworks'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { redirectsOptions } from './collections/Redirects'
import { PreviewLinks } from './collections/PreviewLinks'
import { GuideChanges } from './collections/GuideChanges'
import { Releases } from './collections/Releases'
import { ReviewComments } from './collections/ReviewComments'
import { Footer, Header } from './globals/Frame'
import { Agents } from './globals/Agents'
import { Site } from './globals/Site'
import { Users } from './collections/Users'
import { ownLocksOnly } from './src/access/locks'
import { explainClientErrors } from './src/lib/api/clientErrors'
import { proseEditor } from './src/fields/richText'
import { env } from './src/lib/env'
import { survivePostgresRestarts } from './src/lib/database/resilience'
import { skipRepeatedDevPush } from './src/lib/devSchema'
import { healthEndpoint } from './src/lib/database/health'
import { mayRunJobs, runDueJobsEndpoint } from './src/lib/jobs/endpoint'
import { editLinkEndpoint } from './src/lib/editLink/endpoint'
import { statsExportEndpoint } from './src/lib/analytics/read/exportEndpoint'
import { mediaStorage } from './src/lib/media/storage'
import { publishReleaseTask } from './src/lib/releases/job'
import { flushEndpoint } from './src/lib/analytics/endpoint'
import { analyticsTables } from './src/lib/analytics/tables'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar is an external request; the admin makes none.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Guide CMS' },
    // What is going on: unpublished changes, schedules, share links, what is live.
    // The side navigation open on a laptop-wide screen, as on a wider one (OpenNavOnDesktop.tsx).
    components: {
      beforeDashboard: ['/src/components/admin/Cockpit#Cockpit'],
      beforeNavLinks: ['/src/components/admin/OpenNavOnDesktop#OpenNavOnDesktop'],
    },
    // Schedule Publish picks times in UTC unless told otherwise: the zone the cockpit shows.
    timezones: {
      supportedTimezones: ({ defaultTimezones }) => [
        { label: 'UTC (as the cockpit shows times)', value: 'UTC' },
        ...defaultTimezones,
      ],
      defaultTimezone: 'UTC',
    },
  },
  // Every collection lists the write and delete guards first (src/hooks/guardWrites.ts, guardDeletes.ts).
  collections: [
    Guides,
    Pages,
    Frameworks,
    Criteria,
    Caveats,
    Releases,
    GuideChanges,
    PreviewLinks,
    ReviewComments,
    Media,
    Users,
  ],
  globals: [Site, Header, Footer, Agents],
  // Say what happened: "Saved." (Payload's "Updated successfully."), and a publish says
  // "Published." where there are drafts (src/hooks/sayPublished.ts).
  i18n: {
    translations: {
      en: {
        general: { updatedSuccessfully: 'Saved.' },
        version: {
          draftSavedSuccessfully: 'Saved as a draft.',
          scheduledSuccessfully: 'Scheduled.',
        },
      },
    },
  },
  endpoints: [
    healthEndpoint,
    runDueJobsEndpoint,
    editLinkEndpoint,
    statsExportEndpoint,
    flushEndpoint,
  ],
  // A client's mistake answers 4xx with the field and the reason, never a 500 (src/lib/api).
  hooks: { afterError: [explainClientErrors] },
  // Refusals are the client's business: one info line each, no stack trace in the log.
  loggingLevels: { Conflict: 'info' } as Record<string, 'info'>,
  graphQL: { disableIntrospectionInProduction: true, disablePlaygroundInProduction: true },
  onInit: survivePostgresRestarts,
  editor: proseEditor,
  // In `npm run dev`, the first connect skips the push the seed's process just made (devSchema.ts).
  db: skipRepeatedDevPush(
    postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      migrationDir: path.join(dirname, 'src/migrations'),
      // Development and test databases follow the schema by push; production only by migrations.
      push: env.NODE_ENV !== 'production',
      // The measurement rollups: tables of their own, not a collection (src/lib/analytics/tables.ts).
      afterSchemaInit: [analyticsTables],
    }),
  ),
  // Scheduled publishes are jobs; instrumentation.ts runs them in this server (src/lib/jobs/ticker.ts).
  // Scheduled releases too (src/lib/releases/job.ts).
  jobs: { access: { run: mayRunJobs }, tasks: [publishReleaseTask] },
  plugins: [mediaStorage(env), redirectsPlugin(redirectsOptions)],
  sharp,
  telemetry: false,
  typescript: { outputFile: path.join(dirname, 'src/payload-types.ts') },
  // Payload's edit locks are made after the plugins run: their access is set on the result.
}).then(ownLocksOnly)
