import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "analytics_hourly" (
  	"bucket" timestamp with time zone NOT NULL,
  	"path" text NOT NULL,
  	"event" text NOT NULL,
  	"dim" text NOT NULL,
  	"value" text NOT NULL,
  	"count" bigint NOT NULL
  );
  
  CREATE TABLE "analytics_daily" (
  	"bucket" date NOT NULL,
  	"path" text NOT NULL,
  	"event" text NOT NULL,
  	"dim" text NOT NULL,
  	"value" text NOT NULL,
  	"count" bigint NOT NULL
  );
  
  CREATE TABLE "analytics_visitors" (
  	"day" date NOT NULL,
  	"hash" text NOT NULL
  );
  
  CREATE TABLE "analytics_salts" (
  	"day" date PRIMARY KEY NOT NULL,
  	"salt" text NOT NULL
  );
  
  CREATE UNIQUE INDEX "analytics_hourly_key" ON "analytics_hourly" USING btree ("bucket","path","event","dim","value");
  CREATE UNIQUE INDEX "analytics_daily_key" ON "analytics_daily" USING btree ("bucket","path","event","dim","value");
  CREATE UNIQUE INDEX "analytics_visitors_key" ON "analytics_visitors" USING btree ("day","hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "analytics_hourly" CASCADE;
  DROP TABLE "analytics_daily" CASCADE;
  DROP TABLE "analytics_visitors" CASCADE;
  DROP TABLE "analytics_salts" CASCADE;`)
}
