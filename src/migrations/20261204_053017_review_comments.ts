import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_comments_kind" AS ENUM('comment', 'verdict');
  CREATE TYPE "public"."enum_review_comments_verdict" AS ENUM('approve', 'changes');
  CREATE TYPE "public"."enum_review_comments_state" AS ENUM('open', 'resolved');
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"quote" varchar,
  	"body" varchar,
  	"reviewer_name" varchar,
  	"link_id" integer,
  	"link_label" varchar,
  	"kind" "enum_review_comments_kind" DEFAULT 'comment' NOT NULL,
  	"verdict" "enum_review_comments_verdict",
  	"draft_version" varchar,
  	"parent_id" integer,
  	"state" "enum_review_comments_state" DEFAULT 'open' NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"pages_id" integer,
  	"releases_id" integer
  );
  
  ALTER TABLE "guides" ADD COLUMN "require_approval" boolean DEFAULT false;
  ALTER TABLE "guides" ADD COLUMN "override_approval" boolean DEFAULT false;
  ALTER TABLE "guides" ADD COLUMN "approval_override_by_id" integer;
  ALTER TABLE "guides" ADD COLUMN "approval_override_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v" ADD COLUMN "version_require_approval" boolean DEFAULT false;
  ALTER TABLE "_guides_v" ADD COLUMN "version_override_approval" boolean DEFAULT false;
  ALTER TABLE "_guides_v" ADD COLUMN "version_approval_override_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_approval_override_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "require_approval" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "override_approval" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "approval_override_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "approval_override_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_require_approval" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_override_approval" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_approval_override_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_approval_override_at" timestamp(3) with time zone;
  ALTER TABLE "releases" ADD COLUMN "require_approval" boolean DEFAULT false;
  ALTER TABLE "releases" ADD COLUMN "override_approval" boolean DEFAULT false;
  ALTER TABLE "releases" ADD COLUMN "approval_override_by_id" integer;
  ALTER TABLE "releases" ADD COLUMN "approval_override_at" timestamp(3) with time zone;
  ALTER TABLE "preview_links" ADD COLUMN "read_only" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_link_id_preview_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."preview_links"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_parent_id_review_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_comments_link_idx" ON "review_comments" USING btree ("link_id");
  CREATE INDEX "review_comments_draft_version_idx" ON "review_comments" USING btree ("draft_version");
  CREATE INDEX "review_comments_parent_idx" ON "review_comments" USING btree ("parent_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  CREATE INDEX "review_comments_rels_order_idx" ON "review_comments_rels" USING btree ("order");
  CREATE INDEX "review_comments_rels_parent_idx" ON "review_comments_rels" USING btree ("parent_id");
  CREATE INDEX "review_comments_rels_path_idx" ON "review_comments_rels" USING btree ("path");
  CREATE INDEX "review_comments_rels_guides_id_idx" ON "review_comments_rels" USING btree ("guides_id");
  CREATE INDEX "review_comments_rels_pages_id_idx" ON "review_comments_rels" USING btree ("pages_id");
  CREATE INDEX "review_comments_rels_releases_id_idx" ON "review_comments_rels" USING btree ("releases_id");
  ALTER TABLE "guides" ADD CONSTRAINT "guides_approval_override_by_id_users_id_fk" FOREIGN KEY ("approval_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_approval_override_by_id_users_id_fk" FOREIGN KEY ("version_approval_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_approval_override_by_id_users_id_fk" FOREIGN KEY ("approval_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_approval_override_by_id_users_id_fk" FOREIGN KEY ("version_approval_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_approval_override_by_id_users_id_fk" FOREIGN KEY ("approval_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_approval_override_approval_override_by_idx" ON "guides" USING btree ("approval_override_by_id");
  CREATE INDEX "_guides_v_version_approval_override_version_approval_ove_idx" ON "_guides_v" USING btree ("version_approval_override_by_id");
  CREATE INDEX "pages_approval_override_approval_override_by_idx" ON "pages" USING btree ("approval_override_by_id");
  CREATE INDEX "_pages_v_version_approval_override_version_approval_over_idx" ON "_pages_v" USING btree ("version_approval_override_by_id");
  CREATE INDEX "releases_approval_override_approval_override_by_idx" ON "releases" USING btree ("approval_override_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_comments_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  DROP TABLE "review_comments_rels" CASCADE;
  ALTER TABLE "guides" DROP CONSTRAINT "guides_approval_override_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_approval_override_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_approval_override_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_approval_override_by_id_users_id_fk";
  
  ALTER TABLE "releases" DROP CONSTRAINT "releases_approval_override_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  DROP INDEX "guides_approval_override_approval_override_by_idx";
  DROP INDEX "_guides_v_version_approval_override_version_approval_ove_idx";
  DROP INDEX "pages_approval_override_approval_override_by_idx";
  DROP INDEX "_pages_v_version_approval_override_version_approval_over_idx";
  DROP INDEX "releases_approval_override_approval_override_by_idx";
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  ALTER TABLE "guides" DROP COLUMN "require_approval";
  ALTER TABLE "guides" DROP COLUMN "override_approval";
  ALTER TABLE "guides" DROP COLUMN "approval_override_by_id";
  ALTER TABLE "guides" DROP COLUMN "approval_override_at";
  ALTER TABLE "_guides_v" DROP COLUMN "version_require_approval";
  ALTER TABLE "_guides_v" DROP COLUMN "version_override_approval";
  ALTER TABLE "_guides_v" DROP COLUMN "version_approval_override_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_approval_override_at";
  ALTER TABLE "pages" DROP COLUMN "require_approval";
  ALTER TABLE "pages" DROP COLUMN "override_approval";
  ALTER TABLE "pages" DROP COLUMN "approval_override_by_id";
  ALTER TABLE "pages" DROP COLUMN "approval_override_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_require_approval";
  ALTER TABLE "_pages_v" DROP COLUMN "version_override_approval";
  ALTER TABLE "_pages_v" DROP COLUMN "version_approval_override_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_approval_override_at";
  ALTER TABLE "releases" DROP COLUMN "require_approval";
  ALTER TABLE "releases" DROP COLUMN "override_approval";
  ALTER TABLE "releases" DROP COLUMN "approval_override_by_id";
  ALTER TABLE "releases" DROP COLUMN "approval_override_at";
  ALTER TABLE "preview_links" DROP COLUMN "read_only";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  DROP TYPE "public"."enum_review_comments_kind";
  DROP TYPE "public"."enum_review_comments_verdict";
  DROP TYPE "public"."enum_review_comments_state";`)
}
