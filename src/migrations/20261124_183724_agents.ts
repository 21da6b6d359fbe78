import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_agents_blocked_crawlers" AS ENUM('GPTBot', 'OAI-SearchBot', 'ChatGPT-User', 'ClaudeBot', 'Claude-SearchBot', 'Claude-User', 'Google-Extended', 'Applebot-Extended', 'PerplexityBot', 'Perplexity-User', 'CCBot', 'Meta-ExternalAgent', 'Amazonbot', 'Bytespider', 'MistralAI-User', 'DuckAssistBot');
  CREATE TABLE "agents_blocked_crawlers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_agents_blocked_crawlers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "agents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar NOT NULL,
  	"details" varchar,
  	"sections_guides" varchar DEFAULT 'Guides' NOT NULL,
  	"sections_pages" varchar DEFAULT 'Pages' NOT NULL,
  	"sections_optional" varchar DEFAULT 'Optional' NOT NULL,
  	"sections_full_text" varchar DEFAULT 'Everything in one file' NOT NULL,
  	"sections_full_text_description" varchar DEFAULT 'Every published guide and page in Markdown.' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "agents_blocked_crawlers" ADD CONSTRAINT "agents_blocked_crawlers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "agents_blocked_crawlers_order_idx" ON "agents_blocked_crawlers" USING btree ("order");
  CREATE INDEX "agents_blocked_crawlers_parent_idx" ON "agents_blocked_crawlers" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "agents_blocked_crawlers" CASCADE;
  DROP TABLE "agents" CASCADE;
  DROP TYPE "public"."enum_agents_blocked_crawlers";`)
}
