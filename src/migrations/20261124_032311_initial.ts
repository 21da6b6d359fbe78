import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_frameworks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__frameworks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_criteria_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__criteria_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_caveats_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__caveats_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TABLE "guides_ranking" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"framework_id" integer
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"updated_label" varchar DEFAULT 'Updated',
  	"dek" varchar,
  	"criteria_section_heading" varchar DEFAULT 'The criteria',
  	"criteria_section_intro" jsonb,
  	"criteria_section_outro" jsonb,
  	"table_labels_rank" varchar DEFAULT '#',
  	"table_labels_framework" varchar DEFAULT 'Framework',
  	"table_labels_language" varchar DEFAULT 'Language',
  	"table_labels_build_model" varchar DEFAULT 'Build model',
  	"table_labels_best_for" varchar DEFAULT 'Best for',
  	"cross_link" jsonb,
  	"caveats_section_heading" varchar DEFAULT 'The honest caveats on #1',
  	"cta_heading" varchar,
  	"cta_text" varchar,
  	"cta_link_label" varchar,
  	"cta_url" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"criteria_id" integer,
  	"caveats_id" integer
  );
  
  CREATE TABLE "_guides_v_version_ranking" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"framework_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_updated_label" varchar DEFAULT 'Updated',
  	"version_dek" varchar,
  	"version_criteria_section_heading" varchar DEFAULT 'The criteria',
  	"version_criteria_section_intro" jsonb,
  	"version_criteria_section_outro" jsonb,
  	"version_table_labels_rank" varchar DEFAULT '#',
  	"version_table_labels_framework" varchar DEFAULT 'Framework',
  	"version_table_labels_language" varchar DEFAULT 'Language',
  	"version_table_labels_build_model" varchar DEFAULT 'Build model',
  	"version_table_labels_best_for" varchar DEFAULT 'Best for',
  	"version_cross_link" jsonb,
  	"version_caveats_section_heading" varchar DEFAULT 'The honest caveats on #1',
  	"version_cta_heading" varchar,
  	"version_cta_text" varchar,
  	"version_cta_link_label" varchar,
  	"version_cta_url" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"criteria_id" integer,
  	"caveats_id" integer
  );
  
  CREATE TABLE "frameworks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"language" varchar,
  	"build_model" varchar,
  	"best_for" varchar,
  	"blurb" jsonb,
  	"declared_bias" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_frameworks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_frameworks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_language" varchar,
  	"version_build_model" varchar,
  	"version_best_for" varchar,
  	"version_blurb" jsonb,
  	"version_declared_bias" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__frameworks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "criteria" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"question" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_criteria_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_criteria_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_question" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__criteria_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "caveats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"body" jsonb,
  	"framework_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_caveats_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_caveats_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_label" varchar,
  	"version_body" jsonb,
  	"version_framework_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__caveats_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"frameworks_id" integer,
  	"criteria_id" integer,
  	"caveats_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"home_guide_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "guides_ranking" ADD CONSTRAINT "guides_ranking_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_ranking" ADD CONSTRAINT "guides_ranking_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_criteria_fk" FOREIGN KEY ("criteria_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_caveats_fk" FOREIGN KEY ("caveats_id") REFERENCES "public"."caveats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_ranking" ADD CONSTRAINT "_guides_v_version_ranking_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_version_ranking" ADD CONSTRAINT "_guides_v_version_ranking_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_criteria_fk" FOREIGN KEY ("criteria_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_caveats_fk" FOREIGN KEY ("caveats_id") REFERENCES "public"."caveats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_frameworks_v" ADD CONSTRAINT "_frameworks_v_parent_id_frameworks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_criteria_v" ADD CONSTRAINT "_criteria_v_parent_id_criteria_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "caveats" ADD CONSTRAINT "caveats_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_caveats_v" ADD CONSTRAINT "_caveats_v_parent_id_caveats_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."caveats"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_caveats_v" ADD CONSTRAINT "_caveats_v_version_framework_id_frameworks_id_fk" FOREIGN KEY ("version_framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_frameworks_fk" FOREIGN KEY ("frameworks_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_criteria_fk" FOREIGN KEY ("criteria_id") REFERENCES "public"."criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_caveats_fk" FOREIGN KEY ("caveats_id") REFERENCES "public"."caveats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site" ADD CONSTRAINT "site_home_guide_id_guides_id_fk" FOREIGN KEY ("home_guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_ranking_order_idx" ON "guides_ranking" USING btree ("_order");
  CREATE INDEX "guides_ranking_parent_id_idx" ON "guides_ranking" USING btree ("_parent_id");
  CREATE INDEX "guides_ranking_framework_idx" ON "guides_ranking" USING btree ("framework_id");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_criteria_id_idx" ON "guides_rels" USING btree ("criteria_id");
  CREATE INDEX "guides_rels_caveats_id_idx" ON "guides_rels" USING btree ("caveats_id");
  CREATE INDEX "_guides_v_version_ranking_order_idx" ON "_guides_v_version_ranking" USING btree ("_order");
  CREATE INDEX "_guides_v_version_ranking_parent_id_idx" ON "_guides_v_version_ranking" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_ranking_framework_idx" ON "_guides_v_version_ranking" USING btree ("framework_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_criteria_id_idx" ON "_guides_v_rels" USING btree ("criteria_id");
  CREATE INDEX "_guides_v_rels_caveats_id_idx" ON "_guides_v_rels" USING btree ("caveats_id");
  CREATE UNIQUE INDEX "frameworks_slug_idx" ON "frameworks" USING btree ("slug");
  CREATE INDEX "frameworks_updated_at_idx" ON "frameworks" USING btree ("updated_at");
  CREATE INDEX "frameworks_created_at_idx" ON "frameworks" USING btree ("created_at");
  CREATE INDEX "frameworks__status_idx" ON "frameworks" USING btree ("_status");
  CREATE INDEX "_frameworks_v_parent_idx" ON "_frameworks_v" USING btree ("parent_id");
  CREATE INDEX "_frameworks_v_version_version_slug_idx" ON "_frameworks_v" USING btree ("version_slug");
  CREATE INDEX "_frameworks_v_version_version_updated_at_idx" ON "_frameworks_v" USING btree ("version_updated_at");
  CREATE INDEX "_frameworks_v_version_version_created_at_idx" ON "_frameworks_v" USING btree ("version_created_at");
  CREATE INDEX "_frameworks_v_version_version__status_idx" ON "_frameworks_v" USING btree ("version__status");
  CREATE INDEX "_frameworks_v_created_at_idx" ON "_frameworks_v" USING btree ("created_at");
  CREATE INDEX "_frameworks_v_updated_at_idx" ON "_frameworks_v" USING btree ("updated_at");
  CREATE INDEX "_frameworks_v_latest_idx" ON "_frameworks_v" USING btree ("latest");
  CREATE UNIQUE INDEX "criteria_name_idx" ON "criteria" USING btree ("name");
  CREATE INDEX "criteria_updated_at_idx" ON "criteria" USING btree ("updated_at");
  CREATE INDEX "criteria_created_at_idx" ON "criteria" USING btree ("created_at");
  CREATE INDEX "criteria__status_idx" ON "criteria" USING btree ("_status");
  CREATE INDEX "_criteria_v_parent_idx" ON "_criteria_v" USING btree ("parent_id");
  CREATE INDEX "_criteria_v_version_version_name_idx" ON "_criteria_v" USING btree ("version_name");
  CREATE INDEX "_criteria_v_version_version_updated_at_idx" ON "_criteria_v" USING btree ("version_updated_at");
  CREATE INDEX "_criteria_v_version_version_created_at_idx" ON "_criteria_v" USING btree ("version_created_at");
  CREATE INDEX "_criteria_v_version_version__status_idx" ON "_criteria_v" USING btree ("version__status");
  CREATE INDEX "_criteria_v_created_at_idx" ON "_criteria_v" USING btree ("created_at");
  CREATE INDEX "_criteria_v_updated_at_idx" ON "_criteria_v" USING btree ("updated_at");
  CREATE INDEX "_criteria_v_latest_idx" ON "_criteria_v" USING btree ("latest");
  CREATE UNIQUE INDEX "caveats_label_idx" ON "caveats" USING btree ("label");
  CREATE INDEX "caveats_framework_idx" ON "caveats" USING btree ("framework_id");
  CREATE INDEX "caveats_updated_at_idx" ON "caveats" USING btree ("updated_at");
  CREATE INDEX "caveats_created_at_idx" ON "caveats" USING btree ("created_at");
  CREATE INDEX "caveats__status_idx" ON "caveats" USING btree ("_status");
  CREATE INDEX "_caveats_v_parent_idx" ON "_caveats_v" USING btree ("parent_id");
  CREATE INDEX "_caveats_v_version_version_label_idx" ON "_caveats_v" USING btree ("version_label");
  CREATE INDEX "_caveats_v_version_version_framework_idx" ON "_caveats_v" USING btree ("version_framework_id");
  CREATE INDEX "_caveats_v_version_version_updated_at_idx" ON "_caveats_v" USING btree ("version_updated_at");
  CREATE INDEX "_caveats_v_version_version_created_at_idx" ON "_caveats_v" USING btree ("version_created_at");
  CREATE INDEX "_caveats_v_version_version__status_idx" ON "_caveats_v" USING btree ("version__status");
  CREATE INDEX "_caveats_v_created_at_idx" ON "_caveats_v" USING btree ("created_at");
  CREATE INDEX "_caveats_v_updated_at_idx" ON "_caveats_v" USING btree ("updated_at");
  CREATE INDEX "_caveats_v_latest_idx" ON "_caveats_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_frameworks_id_idx" ON "payload_locked_documents_rels" USING btree ("frameworks_id");
  CREATE INDEX "payload_locked_documents_rels_criteria_id_idx" ON "payload_locked_documents_rels" USING btree ("criteria_id");
  CREATE INDEX "payload_locked_documents_rels_caveats_id_idx" ON "payload_locked_documents_rels" USING btree ("caveats_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_home_guide_idx" ON "site" USING btree ("home_guide_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "guides_ranking" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_ranking" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "frameworks" CASCADE;
  DROP TABLE "_frameworks_v" CASCADE;
  DROP TABLE "criteria" CASCADE;
  DROP TABLE "_criteria_v" CASCADE;
  DROP TABLE "caveats" CASCADE;
  DROP TABLE "_caveats_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum_frameworks_status";
  DROP TYPE "public"."enum__frameworks_v_version_status";
  DROP TYPE "public"."enum_criteria_status";
  DROP TYPE "public"."enum__criteria_v_version_status";
  DROP TYPE "public"."enum_caveats_status";
  DROP TYPE "public"."enum__caveats_v_version_status";
  DROP TYPE "public"."enum_users_role";`)
}
