import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedsAndRunReasons1796185617726 implements MigrationInterface {
  name = 'CalendarFeedsAndRunReasons1796185617726';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calendar_feeds\" (\"user_id\" integer NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP NOT NULL, \"last_fetched_at\" TIMESTAMP, CONSTRAINT \"PK_3212ce9ff23847e66347a6730d3\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_df53b5f17d35a6bac0fb13e16a\" ON \"calendar_feeds\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"reminder_runs\" ADD \"skip_reason\" character varying(300)");
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" ADD CONSTRAINT \"FK_3212ce9ff23847e66347a6730d3\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"calendar_feeds\" DROP CONSTRAINT \"FK_3212ce9ff23847e66347a6730d3\"");
    await queryRunner.query("ALTER TABLE \"reminder_runs\" DROP COLUMN \"skip_reason\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_df53b5f17d35a6bac0fb13e16a\"");
    await queryRunner.query("DROP TABLE \"calendar_feeds\"");
  }
}
