import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_globals_global" AS ENUM('header', 'footer');
  CREATE TYPE "public"."enum_header_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__header_v_version_navigation_link_type" AS ENUM('internal', 'custom');
  CREATE TYPE "public"."enum__header_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_footer_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__footer_v_version_groups_links_link_type" AS ENUM('internal', 'custom');
  CREATE TYPE "public"."enum__footer_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "releases_globals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"global" "enum_releases_globals_global" NOT NULL,
  	"version" numeric,
  	"added_at" timestamp(3) with time zone,
  	"previous_version" numeric
  );
  
  CREATE TABLE "_header_v_version_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"link_type" "enum__header_v_version_navigation_link_type" DEFAULT 'internal',
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_header_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_site_name" varchar DEFAULT 'jerrycan',
  	"version_logo_id" integer,
  	"version_labels_navigation" varchar DEFAULT 'Main',
  	"version_labels_menu" varchar DEFAULT 'Menu',
  	"version__status" "enum__header_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_header_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"pages_id" integer
  );
  
  CREATE TABLE "_footer_v_version_groups_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"link_type" "enum__footer_v_version_groups_links_link_type" DEFAULT 'internal',
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_footer_v_version_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_footer_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_legal" varchar,
  	"version__status" "enum__footer_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_footer_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"pages_id" integer
  );
  
  ALTER TABLE "header_navigation" ALTER COLUMN "label" DROP NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "site_name" DROP NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "labels_navigation" DROP NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "labels_menu" DROP NOT NULL;
  ALTER TABLE "footer_groups_links" ALTER COLUMN "label" DROP NOT NULL;
  ALTER TABLE "footer_groups" ALTER COLUMN "heading" DROP NOT NULL;
  ALTER TABLE "header" ADD COLUMN "_status" "enum_header_status" DEFAULT 'draft';
  ALTER TABLE "footer" ADD COLUMN "_status" "enum_footer_status" DEFAULT 'draft';
  ALTER TABLE "releases_globals" ADD CONSTRAINT "releases_globals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_version_navigation" ADD CONSTRAINT "_header_v_version_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_header_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v" ADD CONSTRAINT "_header_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_header_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_version_groups_links" ADD CONSTRAINT "_footer_v_version_groups_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v_version_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_version_groups" ADD CONSTRAINT "_footer_v_version_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_globals_order_idx" ON "releases_globals" USING btree ("_order");
  CREATE INDEX "releases_globals_parent_id_idx" ON "releases_globals" USING btree ("_parent_id");
  CREATE INDEX "_header_v_version_navigation_order_idx" ON "_header_v_version_navigation" USING btree ("_order");
  CREATE INDEX "_header_v_version_navigation_parent_id_idx" ON "_header_v_version_navigation" USING btree ("_parent_id");
  CREATE INDEX "_header_v_version_version_logo_idx" ON "_header_v" USING btree ("version_logo_id");
  CREATE INDEX "_header_v_version_version__status_idx" ON "_header_v" USING btree ("version__status");
  CREATE INDEX "_header_v_created_at_idx" ON "_header_v" USING btree ("created_at");
  CREATE INDEX "_header_v_updated_at_idx" ON "_header_v" USING btree ("updated_at");
  CREATE INDEX "_header_v_latest_idx" ON "_header_v" USING btree ("latest");
  CREATE INDEX "_header_v_rels_order_idx" ON "_header_v_rels" USING btree ("order");
  CREATE INDEX "_header_v_rels_parent_idx" ON "_header_v_rels" USING btree ("parent_id");
  CREATE INDEX "_header_v_rels_path_idx" ON "_header_v_rels" USING btree ("path");
  CREATE INDEX "_header_v_rels_guides_id_idx" ON "_header_v_rels" USING btree ("guides_id");
  CREATE INDEX "_header_v_rels_pages_id_idx" ON "_header_v_rels" USING btree ("pages_id");
  CREATE INDEX "_footer_v_version_groups_links_order_idx" ON "_footer_v_version_groups_links" USING btree ("_order");
  CREATE INDEX "_footer_v_version_groups_links_parent_id_idx" ON "_footer_v_version_groups_links" USING btree ("_parent_id");
  CREATE INDEX "_footer_v_version_groups_order_idx" ON "_footer_v_version_groups" USING btree ("_order");
  CREATE INDEX "_footer_v_version_groups_parent_id_idx" ON "_footer_v_version_groups" USING btree ("_parent_id");
  CREATE INDEX "_footer_v_version_version__status_idx" ON "_footer_v" USING btree ("version__status");
  CREATE INDEX "_footer_v_created_at_idx" ON "_footer_v" USING btree ("created_at");
  CREATE INDEX "_footer_v_updated_at_idx" ON "_footer_v" USING btree ("updated_at");
  CREATE INDEX "_footer_v_latest_idx" ON "_footer_v" USING btree ("latest");
  CREATE INDEX "_footer_v_rels_order_idx" ON "_footer_v_rels" USING btree ("order");
  CREATE INDEX "_footer_v_rels_parent_idx" ON "_footer_v_rels" USING btree ("parent_id");
  CREATE INDEX "_footer_v_rels_path_idx" ON "_footer_v_rels" USING btree ("path");
  CREATE INDEX "_footer_v_rels_guides_id_idx" ON "_footer_v_rels" USING btree ("guides_id");
  CREATE INDEX "_footer_v_rels_pages_id_idx" ON "_footer_v_rels" USING btree ("pages_id");
  CREATE INDEX "header__status_idx" ON "header" USING btree ("_status");
  CREATE INDEX "footer__status_idx" ON "footer" USING btree ("_status");`)

  // Written by hand: the header and footer went live on every save until now, so what the
  // database holds is published. Each becomes the first, published version of its global: the
  // version a release holding the global restores on a revert.
  await db.execute(sql`
  UPDATE "header" SET "_status" = 'published';
  UPDATE "footer" SET "_status" = 'published';
  WITH main AS (SELECT * FROM "header" ORDER BY "id" LIMIT 1),
  v AS (
    INSERT INTO "_header_v" ("version_site_name", "version_logo_id", "version_labels_navigation",
      "version_labels_menu", "version__status", "version_updated_at", "version_created_at",
      "created_at", "updated_at", "latest")
    SELECT "site_name", "logo_id", "labels_navigation", "labels_menu", 'published', "updated_at",
      "created_at", coalesce("updated_at", now()), coalesce("updated_at", now()), true
    FROM main RETURNING "id"
  ),
  navigation AS (
    INSERT INTO "_header_v_version_navigation" ("_order", "_parent_id", "label", "link_type", "url", "_uuid")
    SELECT n."_order", v."id", n."label",
      n."link_type"::text::"enum__header_v_version_navigation_link_type", n."url", n."id"
    FROM "header_navigation" n JOIN main ON n."_parent_id" = main."id" CROSS JOIN v
  )
  INSERT INTO "_header_v_rels" ("order", "parent_id", "path", "guides_id", "pages_id")
  SELECT r."order", v."id", 'version.' || r."path", r."guides_id", r."pages_id"
  FROM "header_rels" r JOIN main ON r."parent_id" = main."id" CROSS JOIN v;

  WITH main AS (SELECT * FROM "footer" ORDER BY "id" LIMIT 1),
  v AS (
    INSERT INTO "_footer_v" ("version_legal", "version__status", "version_updated_at",
      "version_created_at", "created_at", "updated_at", "latest")
    SELECT "legal", 'published', "updated_at", "created_at", coalesce("updated_at", now()),
      coalesce("updated_at", now()), true
    FROM main RETURNING "id"
  ),
  groups AS (
    INSERT INTO "_footer_v_version_groups" ("_order", "_parent_id", "heading", "_uuid")
    SELECT g."_order", v."id", g."heading", g."id"
    FROM "footer_groups" g JOIN main ON g."_parent_id" = main."id" CROSS JOIN v
    RETURNING "id", "_uuid"
  ),
  links AS (
    INSERT INTO "_footer_v_version_groups_links" ("_order", "_parent_id", "label", "link_type", "url", "_uuid")
    SELECT l."_order", groups."id", l."label",
      l."link_type"::text::"enum__footer_v_version_groups_links_link_type", l."url", l."id"
    FROM "footer_groups_links" l JOIN groups ON l."_parent_id" = groups."_uuid"
  )
  INSERT INTO "_footer_v_rels" ("order", "parent_id", "path", "guides_id", "pages_id")
  SELECT r."order", v."id", 'version.' || r."path", r."guides_id", r."pages_id"
  FROM "footer_rels" r JOIN main ON r."parent_id" = main."id" CROSS JOIN v;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_globals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_header_v_version_navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_header_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_header_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_footer_v_version_groups_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_footer_v_version_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_footer_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_footer_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_globals" CASCADE;
  DROP TABLE "_header_v_version_navigation" CASCADE;
  DROP TABLE "_header_v" CASCADE;
  DROP TABLE "_header_v_rels" CASCADE;
  DROP TABLE "_footer_v_version_groups_links" CASCADE;
  DROP TABLE "_footer_v_version_groups" CASCADE;
  DROP TABLE "_footer_v" CASCADE;
  DROP TABLE "_footer_v_rels" CASCADE;
  DROP INDEX "header__status_idx";
  DROP INDEX "footer__status_idx";
  ALTER TABLE "header_navigation" ALTER COLUMN "label" SET NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "site_name" SET NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "labels_navigation" SET NOT NULL;
  ALTER TABLE "header" ALTER COLUMN "labels_menu" SET NOT NULL;
  ALTER TABLE "footer_groups_links" ALTER COLUMN "label" SET NOT NULL;
  ALTER TABLE "footer_groups" ALTER COLUMN "heading" SET NOT NULL;
  ALTER TABLE "header" DROP COLUMN "_status";
  ALTER TABLE "footer" DROP COLUMN "_status";
  DROP TYPE "public"."enum_releases_globals_global";
  DROP TYPE "public"."enum_header_status";
  DROP TYPE "public"."enum__header_v_version_navigation_link_type";
  DROP TYPE "public"."enum__header_v_version_status";
  DROP TYPE "public"."enum_footer_status";
  DROP TYPE "public"."enum__footer_v_version_groups_links_link_type";
  DROP TYPE "public"."enum__footer_v_version_status";`)
}
