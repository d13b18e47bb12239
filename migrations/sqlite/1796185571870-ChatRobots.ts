import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatRobots1796185571870 implements MigrationInterface {
  name = 'ChatRobots1796185571870';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"user_id\" integer PRIMARY KEY NOT NULL, \"digest_email\" boolean NOT NULL DEFAULT (1), \"weekly_email\" boolean NOT NULL DEFAULT (1), \"urge_email\" boolean NOT NULL DEFAULT (1), \"chat_mobile\" varchar(20), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"chat_robots\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"department_id\" integer, \"kind\" varchar(10) NOT NULL, \"name\" varchar(60) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT (1), \"webhook_base\" varchar(300) NOT NULL, \"token_enc\" text NOT NULL, \"secret_enc\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_b1c98b9a3e31f39754069d0de8\" ON \"chat_robots\" (\"department_id\") ");
    // New columns in place: rebuilding the outbox (TypeORM's way on SQLite) would copy every message.
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD COLUMN \"channel\" varchar(10) NOT NULL DEFAULT ('email')");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD COLUMN \"robot_id\" integer");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"robot_id\"");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"channel\"");
    await queryRunner.query("DROP INDEX \"IDX_b1c98b9a3e31f39754069d0de8\"");
    await queryRunner.query("DROP TABLE \"chat_robots\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
  }
}
