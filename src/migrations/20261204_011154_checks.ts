import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// A guide's required checks (src/fields/checks.ts). Also: users.role has no column default since
// its default became a function of the request (the first account is an admin).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_required_checks" AS ENUM('cta', 'references', 'images', 'seoDescription', 'duplicateTitle', 'ranking', 'reachable');
  CREATE TYPE "public"."enum__guides_v_version_required_checks" AS ENUM('cta', 'references', 'images', 'seoDescription', 'duplicateTitle', 'ranking', 'reachable');
  CREATE TABLE "guides_required_checks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_guides_required_checks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_required_checks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guides_v_version_required_checks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
  ALTER TABLE "guides_required_checks" ADD CONSTRAINT "guides_required_checks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_required_checks" ADD CONSTRAINT "_guides_v_version_required_checks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_required_checks_order_idx" ON "guides_required_checks" USING btree ("order");
  CREATE INDEX "guides_required_checks_parent_idx" ON "guides_required_checks" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_required_checks_order_idx" ON "_guides_v_version_required_checks" USING btree ("order");
  CREATE INDEX "_guides_v_version_required_checks_parent_idx" ON "_guides_v_version_required_checks" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_required_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_required_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guides_required_checks" CASCADE;
  DROP TABLE "_guides_v_version_required_checks" CASCADE;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor';
  DROP TYPE "public"."enum_guides_required_checks";
  DROP TYPE "public"."enum__guides_v_version_required_checks";`)
}
