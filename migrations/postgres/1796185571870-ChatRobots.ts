import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatRobots1796185571870 implements MigrationInterface {
  name = 'ChatRobots1796185571870';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"user_id\" integer NOT NULL, \"digest_email\" boolean NOT NULL DEFAULT true, \"weekly_email\" boolean NOT NULL DEFAULT true, \"urge_email\" boolean NOT NULL DEFAULT true, \"chat_mobile\" character varying(20), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_64c90edc7310c6be7c10c96f675\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"chat_robots\" (\"id\" SERIAL NOT NULL, \"department_id\" integer, \"kind\" character varying(10) NOT NULL, \"name\" character varying(60) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"webhook_base\" character varying(300) NOT NULL, \"token_enc\" text NOT NULL, \"secret_enc\" text, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_458629ad1003061f2fb43a5a3a4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b1c98b9a3e31f39754069d0de8\" ON \"chat_robots\"  (\"department_id\") ");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD \"channel\" character varying(10) NOT NULL DEFAULT 'email'");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD \"robot_id\" integer");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"robot_id\"");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"channel\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b1c98b9a3e31f39754069d0de8\"");
    await queryRunner.query("DROP TABLE \"chat_robots\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
  }
}
