import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 执法证 register, the officers recorded on enforcement steps, and how many a template step asks
 * for. Tables are created with their foreign keys at once and the column is added (no rebuild).
 */
export class EnforcementCertificates1796220000001 implements MigrationInterface {
  name = 'EnforcementCertificates1796220000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"enforcement_certificates\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"certificate_no\" varchar(50) NOT NULL, \"holder_name\" varchar(50) NOT NULL, \"holder_user_id\" integer, \"department_id\" integer NOT NULL, \"category\" varchar(50) NOT NULL, \"issued_on\" varchar(10) NOT NULL, \"expires_on\" varchar(10) NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('valid'), \"status_reason\" text, \"notes\" text NOT NULL DEFAULT (''), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_fa50763ce03bb8a4d4a8cd56067\" FOREIGN KEY (\"holder_user_id\") REFERENCES \"users\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_6cffdcbe44f445023714dd99120\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d10fcf45325bb35dcbf6abac8e\" ON \"enforcement_certificates\" (\"certificate_no\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6cffdcbe44f445023714dd9912\" ON \"enforcement_certificates\" (\"department_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a343a013add90451f16c5f8b9a\" ON \"enforcement_certificates\" (\"expires_on\") ");
    await queryRunner.query("CREATE TABLE \"task_officers\" (\"task_id\" integer NOT NULL, \"certificate_id\" integer NOT NULL, \"checked_on\" varchar(10) NOT NULL, CONSTRAINT \"FK_7a667513bb10a09f9e42289e1be\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_019fa7ae18f9de1c82041ad6bcc\" FOREIGN KEY (\"certificate_id\") REFERENCES \"enforcement_certificates\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY (\"task_id\", \"certificate_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_019fa7ae18f9de1c82041ad6bc\" ON \"task_officers\" (\"certificate_id\") ");
    await queryRunner.query("ALTER TABLE \"template_items\" ADD COLUMN \"officers\" integer NOT NULL DEFAULT (0)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"template_items\" DROP COLUMN \"officers\"");
    await queryRunner.query("DROP INDEX \"IDX_019fa7ae18f9de1c82041ad6bc\"");
    await queryRunner.query("DROP TABLE \"task_officers\"");
    await queryRunner.query("DROP INDEX \"IDX_a343a013add90451f16c5f8b9a\"");
    await queryRunner.query("DROP INDEX \"IDX_6cffdcbe44f445023714dd9912\"");
    await queryRunner.query("DROP INDEX \"IDX_d10fcf45325bb35dcbf6abac8e\"");
    await queryRunner.query("DROP TABLE \"enforcement_certificates\"");
  }
}
