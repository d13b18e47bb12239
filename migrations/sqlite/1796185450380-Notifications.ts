import { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then trimmed: the generator created the table, then rebuilt it to add the foreign keys.
export class Notifications1796185450380 implements MigrationInterface {
  name = 'Notifications1796185450380';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"recipient_id\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"task_id\" integer, \"task_title\" varchar(200) NOT NULL DEFAULT (''), \"text\" varchar(500) NOT NULL, \"source_key\" varchar(120), \"outbox_message_id\" integer, \"read_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\" FOREIGN KEY (\"recipient_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_b4a7cd30c9f4ca1b23ef0eb6dd8\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_b4a7cd30c9f4ca1b23ef0eb6dd\" ON \"notifications\" (\"task_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c79ca590f1022f3414e429ea4b\" ON \"notifications\" (\"recipient_id\", \"source_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bd1524d899260446c7d6e9c105\" ON \"notifications\" (\"recipient_id\", \"read_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_bd1524d899260446c7d6e9c105\"");
    await queryRunner.query("DROP INDEX \"IDX_c79ca590f1022f3414e429ea4b\"");
    await queryRunner.query("DROP INDEX \"IDX_b4a7cd30c9f4ca1b23ef0eb6dd\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
  }
}
