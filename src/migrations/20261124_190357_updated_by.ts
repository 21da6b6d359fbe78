import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "frameworks" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_frameworks_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "criteria" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_criteria_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "caveats" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_caveats_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_frameworks_v" ADD CONSTRAINT "_frameworks_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "criteria" ADD CONSTRAINT "criteria_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_criteria_v" ADD CONSTRAINT "_criteria_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "caveats" ADD CONSTRAINT "caveats_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_caveats_v" ADD CONSTRAINT "_caveats_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_updated_by_idx" ON "guides" USING btree ("updated_by_id");
  CREATE INDEX "_guides_v_version_version_updated_by_idx" ON "_guides_v" USING btree ("version_updated_by_id");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "frameworks_updated_by_idx" ON "frameworks" USING btree ("updated_by_id");
  CREATE INDEX "_frameworks_v_version_version_updated_by_idx" ON "_frameworks_v" USING btree ("version_updated_by_id");
  CREATE INDEX "criteria_updated_by_idx" ON "criteria" USING btree ("updated_by_id");
  CREATE INDEX "_criteria_v_version_version_updated_by_idx" ON "_criteria_v" USING btree ("version_updated_by_id");
  CREATE INDEX "caveats_updated_by_idx" ON "caveats" USING btree ("updated_by_id");
  CREATE INDEX "_caveats_v_version_version_updated_by_idx" ON "_caveats_v" USING btree ("version_updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" DROP CONSTRAINT "guides_updated_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_updated_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "frameworks" DROP CONSTRAINT "frameworks_updated_by_id_users_id_fk";
  
  ALTER TABLE "_frameworks_v" DROP CONSTRAINT "_frameworks_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "criteria" DROP CONSTRAINT "criteria_updated_by_id_users_id_fk";
  
  ALTER TABLE "_criteria_v" DROP CONSTRAINT "_criteria_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "caveats" DROP CONSTRAINT "caveats_updated_by_id_users_id_fk";
  
  ALTER TABLE "_caveats_v" DROP CONSTRAINT "_caveats_v_version_updated_by_id_users_id_fk";
  
  DROP INDEX "guides_updated_by_idx";
  DROP INDEX "_guides_v_version_version_updated_by_idx";
  DROP INDEX "pages_updated_by_idx";
  DROP INDEX "_pages_v_version_version_updated_by_idx";
  DROP INDEX "frameworks_updated_by_idx";
  DROP INDEX "_frameworks_v_version_version_updated_by_idx";
  DROP INDEX "criteria_updated_by_idx";
  DROP INDEX "_criteria_v_version_version_updated_by_idx";
  DROP INDEX "caveats_updated_by_idx";
  DROP INDEX "_caveats_v_version_version_updated_by_idx";
  ALTER TABLE "guides" DROP COLUMN "updated_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "pages" DROP COLUMN "updated_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "frameworks" DROP COLUMN "updated_by_id";
  ALTER TABLE "_frameworks_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "criteria" DROP COLUMN "updated_by_id";
  ALTER TABLE "_criteria_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "caveats" DROP COLUMN "updated_by_id";
  ALTER TABLE "_caveats_v" DROP COLUMN "version_updated_by_id";`)
}
