import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_changes_section_position" AS ENUM('afterRanking', 'afterCaveats', 'end');
  CREATE TYPE "public"."enum__guides_v_version_changes_section_position" AS ENUM('afterRanking', 'afterCaveats', 'end');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('open', 'scheduled', 'published', 'reverted');
  CREATE TYPE "public"."enum_guide_changes_kind" AS ENUM('publish', 'revert');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishRelease' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishRelease' BEFORE 'schedulePublish';
  CREATE TABLE "releases_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"version" numeric,
  	"added_at" timestamp(3) with time zone,
  	"previous_version" numeric
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"note" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"status" "enum_releases_status" DEFAULT 'open',
  	"published_at" timestamp(3) with time zone,
  	"reverted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"pages_id" integer,
  	"frameworks_id" integer,
  	"criteria_id" integer,
  	"caveats_id" integer
  );
  
  CREATE TABLE "guide_changes_moves" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"framework_id" integer NOT NULL,
  	"from" numeric,
  	"to" numeric
  );
  
  CREATE TABLE "guide_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"guide_id" integer NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_guide_changes_kind" DEFAULT 'publish' NOT NULL,
  	"release_id" integer,
  	"hidden" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides" ADD COLUMN "changes_section_heading" varchar DEFAULT 'What changed';
  ALTER TABLE "guides" ADD COLUMN "changes_section_intro" varchar;
  ALTER TABLE "guides" ADD COLUMN "changes_section_position" "enum_guides_changes_section_position" DEFAULT 'end';
  ALTER TABLE "guides" ADD COLUMN "changes_section_limit" numeric DEFAULT 5;
  ALTER TABLE "guides" ADD COLUMN "changes_section_reverted_label" varchar DEFAULT 'Reverted';
  ALTER TABLE "guides" ADD COLUMN "changes_section_feed_label" varchar DEFAULT 'Follow these changes (Atom feed)';
  ALTER TABLE "guides" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_heading" varchar DEFAULT 'What changed';
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_intro" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_position" "enum__guides_v_version_changes_section_position" DEFAULT 'end';
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_limit" numeric DEFAULT 5;
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_reverted_label" varchar DEFAULT 'Reverted';
  ALTER TABLE "_guides_v" ADD COLUMN "version_changes_section_feed_label" varchar DEFAULT 'Follow these changes (Atom feed)';
  ALTER TABLE "_guides_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "frameworks" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_frameworks_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "criteria" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_criteria_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "caveats" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_caveats_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "preview_links" ADD COLUMN "release_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "releases_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "guide_changes_id" integer;
  ALTER TABLE "releases_items" ADD CONSTRAINT "releases_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_frameworks_fk" FOREIGN KEY ("frameworks_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_criteria_fk" FOREIGN KEY ("criteria_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_caveats_fk" FOREIGN KEY ("caveats_id") REFERENCES "public"."caveats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_changes_moves" ADD CONSTRAINT "guide_changes_moves_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_changes_moves" ADD CONSTRAINT "guide_changes_moves_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_changes" ADD CONSTRAINT "guide_changes_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_changes" ADD CONSTRAINT "guide_changes_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "releases_items_order_idx" ON "releases_items" USING btree ("_order");
  CREATE INDEX "releases_items_parent_id_idx" ON "releases_items" USING btree ("_parent_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_guides_id_idx" ON "releases_rels" USING btree ("guides_id");
  CREATE INDEX "releases_rels_pages_id_idx" ON "releases_rels" USING btree ("pages_id");
  CREATE INDEX "releases_rels_frameworks_id_idx" ON "releases_rels" USING btree ("frameworks_id");
  CREATE INDEX "releases_rels_criteria_id_idx" ON "releases_rels" USING btree ("criteria_id");
  CREATE INDEX "releases_rels_caveats_id_idx" ON "releases_rels" USING btree ("caveats_id");
  CREATE INDEX "guide_changes_moves_order_idx" ON "guide_changes_moves" USING btree ("_order");
  CREATE INDEX "guide_changes_moves_parent_id_idx" ON "guide_changes_moves" USING btree ("_parent_id");
  CREATE INDEX "guide_changes_moves_framework_idx" ON "guide_changes_moves" USING btree ("framework_id");
  CREATE INDEX "guide_changes_guide_idx" ON "guide_changes" USING btree ("guide_id");
  CREATE INDEX "guide_changes_release_idx" ON "guide_changes" USING btree ("release_id");
  CREATE INDEX "guide_changes_updated_at_idx" ON "guide_changes" USING btree ("updated_at");
  CREATE INDEX "guide_changes_created_at_idx" ON "guide_changes" USING btree ("created_at");
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
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guide_changes_fk" FOREIGN KEY ("guide_changes_id") REFERENCES "public"."guide_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_updated_by_idx" ON "guides" USING btree ("updated_by_id");
  CREATE INDEX "_guides_v_version_version_updated_by_idx" ON "_guides_v" USING btree ("version_updated_by_id");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "frameworks_updated_by_idx" ON "frameworks" USING btree ("updated_by_id");
  CREATE INDEX "_frameworks_v_version_version_updated_by_idx" ON "_frameworks_v" USING btree ("version_updated_by_id");
  CREATE INDEX "criteria_updated_by_idx" ON "criteria" USING btree ("updated_by_id");
  CREATE INDEX "_criteria_v_version_version_updated_by_idx" ON "_criteria_v" USING btree ("version_updated_by_id");
  CREATE INDEX "caveats_updated_by_idx" ON "caveats" USING btree ("updated_by_id");
  CREATE INDEX "_caveats_v_version_version_updated_by_idx" ON "_caveats_v" USING btree ("version_updated_by_id");
  CREATE INDEX "preview_links_release_idx" ON "preview_links" USING btree ("release_id");
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");
  CREATE INDEX "payload_locked_documents_rels_guide_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("guide_changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "releases_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_changes_moves" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_items" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  DROP TABLE "guide_changes_moves" CASCADE;
  DROP TABLE "guide_changes" CASCADE;
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
  
  ALTER TABLE "preview_links" DROP CONSTRAINT "preview_links_release_id_releases_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_releases_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_guide_changes_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
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
  DROP INDEX "preview_links_release_idx";
  DROP INDEX "payload_locked_documents_rels_releases_id_idx";
  DROP INDEX "payload_locked_documents_rels_guide_changes_id_idx";
  ALTER TABLE "guides" DROP COLUMN "changes_section_heading";
  ALTER TABLE "guides" DROP COLUMN "changes_section_intro";
  ALTER TABLE "guides" DROP COLUMN "changes_section_position";
  ALTER TABLE "guides" DROP COLUMN "changes_section_limit";
  ALTER TABLE "guides" DROP COLUMN "changes_section_reverted_label";
  ALTER TABLE "guides" DROP COLUMN "changes_section_feed_label";
  ALTER TABLE "guides" DROP COLUMN "updated_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_heading";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_intro";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_position";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_limit";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_reverted_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_changes_section_feed_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "pages" DROP COLUMN "updated_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "frameworks" DROP COLUMN "updated_by_id";
  ALTER TABLE "_frameworks_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "criteria" DROP COLUMN "updated_by_id";
  ALTER TABLE "_criteria_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "caveats" DROP COLUMN "updated_by_id";
  ALTER TABLE "_caveats_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "preview_links" DROP COLUMN "release_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "releases_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "guide_changes_id";
  DROP TYPE "public"."enum_guides_changes_section_position";
  DROP TYPE "public"."enum__guides_v_version_changes_section_position";
  DROP TYPE "public"."enum_releases_status";
  DROP TYPE "public"."enum_guide_changes_kind";`)
}
