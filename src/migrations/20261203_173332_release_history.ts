import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_releases_status" ADD VALUE 'failed' BEFORE 'published';
  ALTER TABLE "releases_items" ADD COLUMN "was" varchar;
  ALTER TABLE "releases_items" ADD COLUMN "published_version" numeric;
  ALTER TABLE "releases_globals" ADD COLUMN "published_version" numeric;
  ALTER TABLE "releases" ADD COLUMN "failure" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "releases" ALTER COLUMN "status" SET DEFAULT 'open'::text;
  DROP TYPE "public"."enum_releases_status";
  CREATE TYPE "public"."enum_releases_status" AS ENUM('open', 'scheduled', 'published', 'reverted');
  ALTER TABLE "releases" ALTER COLUMN "status" SET DEFAULT 'open'::"public"."enum_releases_status";
  ALTER TABLE "releases" ALTER COLUMN "status" SET DATA TYPE "public"."enum_releases_status" USING "status"::"public"."enum_releases_status";
  ALTER TABLE "releases_items" DROP COLUMN "was";
  ALTER TABLE "releases_items" DROP COLUMN "published_version";
  ALTER TABLE "releases_globals" DROP COLUMN "published_version";
  ALTER TABLE "releases" DROP COLUMN "failure";`)
}
