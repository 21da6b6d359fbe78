import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import {
  bigint,
  date,
  pgTable as table,
  uniqueIndex,
  text,
  timestamp,
} from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The rollup tables and the visitor-hash storage, by name: src/lib/analytics/store.ts writes them. */
export const ANALYTICS_TABLES = {
  hourly: 'analytics_hourly',
  daily: 'analytics_daily',
  visitors: 'analytics_visitors',
  salts: 'analytics_salts',
} as const

// A builder belongs to one table: each table gets its own. The keys are unique indexes, not
// composite primary keys: drizzle-kit's push (Payload's in development) fails on a table that
// has one ("there is no parameter $1": it drops the query's parameters).
const rollupColumns = () => ({
  path: text('path').notNull(),
  event: text('event').notNull(),
  dim: text('dim').notNull(),
  value: text('value').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
})

/**
 * Adds the measurement tables to the schema Payload builds from the config, so that the
 * development push and `migrate:create` both see them: they are no collection (no access rules,
 * no admin, no REST), only counts that src/lib/analytics writes and the cockpit reads.
 */
// In the public schema, as every table of ours (the adapter sets no schemaName).
export const analyticsTables: SchemaHook = ({ schema }) => {
  const tables = {
    [ANALYTICS_TABLES.hourly]: table(
      ANALYTICS_TABLES.hourly,
      {
        bucket: timestamp('bucket', { withTimezone: true, mode: 'string' }).notNull(),
        ...rollupColumns(),
      },
      (t) => [uniqueIndex('analytics_hourly_key').on(t.bucket, t.path, t.event, t.dim, t.value)],
    ),
    [ANALYTICS_TABLES.daily]: table(
      ANALYTICS_TABLES.daily,
      { bucket: date('bucket', { mode: 'string' }).notNull(), ...rollupColumns() },
      (t) => [uniqueIndex('analytics_daily_key').on(t.bucket, t.path, t.event, t.dim, t.value)],
    ),
    // Today's visitor hashes (sha256 of salt, IP, user agent and path): yesterday's are deleted.
    [ANALYTICS_TABLES.visitors]: table(
      ANALYTICS_TABLES.visitors,
      { day: date('day', { mode: 'string' }).notNull(), hash: text('hash').notNull() },
      (t) => [uniqueIndex('analytics_visitors_key').on(t.day, t.hash)],
    ),
    // The random salt of each UTC day, shared by every instance; deleted once its day is over.
    [ANALYTICS_TABLES.salts]: table(ANALYTICS_TABLES.salts, {
      day: date('day', { mode: 'string' }).primaryKey(),
      salt: text('salt').notNull(),
    }),
  }
  return { ...schema, tables: { ...schema.tables, ...tables } }
}
