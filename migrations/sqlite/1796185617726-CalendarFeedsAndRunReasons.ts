import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand from the generated one: a plain ADD COLUMN instead of rebuilding reminder_runs. */
export class CalendarFeedsAndRunReasons1796185617726 implements MigrationInterface {
  name = 'CalendarFeedsAndRunReasons1796185617726';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feeds" ("user_id" integer PRIMARY KEY NOT NULL, "token_hash" varchar(64) NOT NULL, "created_at" datetime NOT NULL, "last_fetched_at" datetime, CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds" ("token_hash") ');
    await queryRunner.query('ALTER TABLE "reminder_runs" ADD COLUMN "skip_reason" varchar(300)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reminder_runs" DROP COLUMN "skip_reason"');
    await queryRunner.query('DROP INDEX "IDX_df53b5f17d35a6bac0fb13e16a"');
    await queryRunner.query('DROP TABLE "calendar_feeds"');
  }
}
