import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_links" ADD COLUMN "release_id" integer;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "preview_links_release_idx" ON "preview_links" USING btree ("release_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "preview_links" DROP CONSTRAINT "preview_links_release_id_releases_id_fk";
  
  DROP INDEX "preview_links_release_idx";
  ALTER TABLE "preview_links" DROP COLUMN "release_id";`)
}
