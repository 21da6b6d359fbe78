import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ADD COLUMN "table_labels_caption" varchar DEFAULT 'The ranking at a glance';
  ALTER TABLE "guides" ADD COLUMN "declared_bias_label" varchar DEFAULT 'Declared bias: this is our framework';
  ALTER TABLE "_guides_v" ADD COLUMN "version_table_labels_caption" varchar DEFAULT 'The ranking at a glance';
  ALTER TABLE "_guides_v" ADD COLUMN "version_declared_bias_label" varchar DEFAULT 'Declared bias: this is our framework';
  ALTER TABLE "site" ADD COLUMN "publisher_name" varchar DEFAULT 'jerrycan' NOT NULL;
  ALTER TABLE "site" ADD COLUMN "publisher_url" varchar;
  ALTER TABLE "site" ADD COLUMN "labels_skip_link" varchar DEFAULT 'Skip to content' NOT NULL;
  ALTER TABLE "site" ADD COLUMN "labels_contents" varchar DEFAULT 'On this page' NOT NULL;
  ALTER TABLE "site" ADD COLUMN "labels_copy_link" varchar DEFAULT 'Copy link' NOT NULL;
  ALTER TABLE "site" ADD COLUMN "labels_link_copied" varchar DEFAULT 'Link copied' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" DROP COLUMN "table_labels_caption";
  ALTER TABLE "guides" DROP COLUMN "declared_bias_label";
  ALTER TABLE "_guides_v" DROP COLUMN "version_table_labels_caption";
  ALTER TABLE "_guides_v" DROP COLUMN "version_declared_bias_label";
  ALTER TABLE "site" DROP COLUMN "publisher_name";
  ALTER TABLE "site" DROP COLUMN "publisher_url";
  ALTER TABLE "site" DROP COLUMN "labels_skip_link";
  ALTER TABLE "site" DROP COLUMN "labels_contents";
  ALTER TABLE "site" DROP COLUMN "labels_copy_link";
  ALTER TABLE "site" DROP COLUMN "labels_link_copied";`)
}
