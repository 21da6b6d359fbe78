import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Existing criteria get the slug their name gives (the rule of src/fields/slug.ts, less accents).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_scorecard_section_position" AS ENUM('afterCriteria', 'afterRanking', 'beforeCaveats');
  CREATE TYPE "public"."enum__guides_v_version_scorecard_section_position" AS ENUM('afterCriteria', 'afterRanking', 'beforeCaveats');
  CREATE TABLE "guide_changes_score_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"framework_id" integer,
  	"criterion_id" integer NOT NULL,
  	"from" numeric,
  	"to" numeric
  );
  
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_scorecard" jsonb;
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_position" "enum_guides_scorecard_section_position" DEFAULT 'afterRanking';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_heading" varchar DEFAULT 'How each entry scores';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_intro" varchar;
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_caption" varchar DEFAULT 'Scores out of 10 on each criterion, and the weighted score';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_total_label" varchar DEFAULT 'Weighted score';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_rationale_label" varchar DEFAULT 'Why';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_reviewed_label" varchar DEFAULT 'Last reviewed';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_difference_label" varchar DEFAULT 'Ranked apart from its score';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_winners_heading" varchar DEFAULT 'Which weights produce which winners';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_editorial_weights_label" varchar DEFAULT 'Our weights';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_equal_weights_label" varchar DEFAULT 'All criteria equal';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_dominant_label" varchar DEFAULT 'counts triple';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_tie_label" varchar DEFAULT 'tied; broken by our editorial rank';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_reader_heading" varchar DEFAULT 'Rank with your own weights';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_apply_label" varchar DEFAULT 'Re-rank';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_own_weighting_label" varchar DEFAULT 'You are looking at your own weighting, not ours.';
  ALTER TABLE "guides" ADD COLUMN "scorecard_section_back_label" varchar DEFAULT 'Back to our ranking';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_scorecard" jsonb;
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_position" "enum__guides_v_version_scorecard_section_position" DEFAULT 'afterRanking';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_heading" varchar DEFAULT 'How each entry scores';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_intro" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_caption" varchar DEFAULT 'Scores out of 10 on each criterion, and the weighted score';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_total_label" varchar DEFAULT 'Weighted score';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_rationale_label" varchar DEFAULT 'Why';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_reviewed_label" varchar DEFAULT 'Last reviewed';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_difference_label" varchar DEFAULT 'Ranked apart from its score';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_winners_heading" varchar DEFAULT 'Which weights produce which winners';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_editorial_weights_label" varchar DEFAULT 'Our weights';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_equal_weights_label" varchar DEFAULT 'All criteria equal';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_dominant_label" varchar DEFAULT 'counts triple';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_tie_label" varchar DEFAULT 'tied; broken by our editorial rank';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_reader_heading" varchar DEFAULT 'Rank with your own weights';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_apply_label" varchar DEFAULT 'Re-rank';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_own_weighting_label" varchar DEFAULT 'You are looking at your own weighting, not ours.';
  ALTER TABLE "_guides_v" ADD COLUMN "version_scorecard_section_back_label" varchar DEFAULT 'Back to our ranking';
  ALTER TABLE "criteria" ADD COLUMN "slug" varchar;
  ALTER TABLE "_criteria_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "guide_changes_score_changes" ADD CONSTRAINT "guide_changes_score_changes_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_changes_score_changes" ADD CONSTRAINT "guide_changes_score_changes_criterion_id_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_changes_score_changes" ADD CONSTRAINT "guide_changes_score_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guide_changes_score_changes_order_idx" ON "guide_changes_score_changes" USING btree ("_order");
  CREATE INDEX "guide_changes_score_changes_parent_id_idx" ON "guide_changes_score_changes" USING btree ("_parent_id");
  CREATE INDEX "guide_changes_score_changes_framework_idx" ON "guide_changes_score_changes" USING btree ("framework_id");
  CREATE INDEX "guide_changes_score_changes_criterion_idx" ON "guide_changes_score_changes" USING btree ("criterion_id");
  UPDATE "criteria" SET "slug" = trim(both '-' from regexp_replace(lower("name"), '[^a-z0-9]+', '-', 'g')) WHERE "slug" IS NULL;
  UPDATE "_criteria_v" SET "version_slug" = trim(both '-' from regexp_replace(lower("version_name"), '[^a-z0-9]+', '-', 'g')) WHERE "version_slug" IS NULL;
  CREATE UNIQUE INDEX "criteria_slug_idx" ON "criteria" USING btree ("slug");
  CREATE INDEX "_criteria_v_version_version_slug_idx" ON "_criteria_v" USING btree ("version_slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guide_changes_score_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guide_changes_score_changes" CASCADE;
  DROP INDEX "criteria_slug_idx";
  DROP INDEX "_criteria_v_version_version_slug_idx";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_scorecard";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_position";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_heading";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_intro";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_caption";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_total_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_rationale_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_reviewed_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_difference_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_winners_heading";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_editorial_weights_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_equal_weights_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_dominant_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_tie_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_reader_heading";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_apply_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_own_weighting_label";
  ALTER TABLE "guides" DROP COLUMN "scorecard_section_back_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_scorecard";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_position";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_heading";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_intro";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_caption";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_total_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_rationale_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_reviewed_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_difference_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_winners_heading";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_editorial_weights_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_equal_weights_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_dominant_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_tie_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_reader_heading";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_apply_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_own_weighting_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_scorecard_section_back_label";
  ALTER TABLE "criteria" DROP COLUMN "slug";
  ALTER TABLE "_criteria_v" DROP COLUMN "version_slug";
  DROP TYPE "public"."enum_guides_scorecard_section_position";
  DROP TYPE "public"."enum__guides_v_version_scorecard_section_position";`)
}
