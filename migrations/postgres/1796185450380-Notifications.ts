import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796185450380 implements MigrationInterface {
  name = 'Notifications1796185450380';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" SERIAL NOT NULL, \"recipient_id\" integer NOT NULL, \"kind\" character varying(20) NOT NULL, \"task_id\" integer, \"task_title\" character varying(200) NOT NULL DEFAULT '', \"text\" character varying(500) NOT NULL, \"source_key\" character varying(120), \"outbox_message_id\" integer, \"read_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b4a7cd30c9f4ca1b23ef0eb6dd\" ON \"notifications\"  (\"task_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c79ca590f1022f3414e429ea4b\" ON \"notifications\"  (\"recipient_id\", \"source_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bd1524d899260446c7d6e9c105\" ON \"notifications\"  (\"recipient_id\", \"read_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\" FOREIGN KEY (\"recipient_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_b4a7cd30c9f4ca1b23ef0eb6dd8\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_b4a7cd30c9f4ca1b23ef0eb6dd8\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bd1524d899260446c7d6e9c105\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c79ca590f1022f3414e429ea4b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b4a7cd30c9f4ca1b23ef0eb6dd\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
  }
}
