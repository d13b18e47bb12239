import { MigrationInterface, QueryRunner } from 'typeorm';

/** 执法证 register, the officers recorded on enforcement steps, and how many a template step asks for. */
export class EnforcementCertificates1796220000001 implements MigrationInterface {
  name = 'EnforcementCertificates1796220000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"enforcement_certificates\" (\"id\" SERIAL NOT NULL, \"certificate_no\" character varying(50) NOT NULL, \"holder_name\" character varying(50) NOT NULL, \"holder_user_id\" integer, \"department_id\" integer NOT NULL, \"category\" character varying(50) NOT NULL, \"issued_on\" character varying(10) NOT NULL, \"expires_on\" character varying(10) NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'valid', \"status_reason\" text, \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_0ad89e351c46fb59e0f00f6405c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d10fcf45325bb35dcbf6abac8e\" ON \"enforcement_certificates\"  (\"certificate_no\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6cffdcbe44f445023714dd9912\" ON \"enforcement_certificates\"  (\"department_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a343a013add90451f16c5f8b9a\" ON \"enforcement_certificates\"  (\"expires_on\") ");
    await queryRunner.query("CREATE TABLE \"task_officers\" (\"task_id\" integer NOT NULL, \"certificate_id\" integer NOT NULL, \"checked_on\" character varying(10) NOT NULL, CONSTRAINT \"PK_64b091a5297d72d502070a871ed\" PRIMARY KEY (\"task_id\", \"certificate_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_019fa7ae18f9de1c82041ad6bc\" ON \"task_officers\"  (\"certificate_id\") ");
    await queryRunner.query("ALTER TABLE \"template_items\" ADD \"officers\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"enforcement_certificates\" ADD CONSTRAINT \"FK_fa50763ce03bb8a4d4a8cd56067\" FOREIGN KEY (\"holder_user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"enforcement_certificates\" ADD CONSTRAINT \"FK_6cffdcbe44f445023714dd99120\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task_officers\" ADD CONSTRAINT \"FK_7a667513bb10a09f9e42289e1be\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task_officers\" ADD CONSTRAINT \"FK_019fa7ae18f9de1c82041ad6bcc\" FOREIGN KEY (\"certificate_id\") REFERENCES \"enforcement_certificates\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"task_officers\" DROP CONSTRAINT \"FK_019fa7ae18f9de1c82041ad6bcc\"");
    await queryRunner.query("ALTER TABLE \"task_officers\" DROP CONSTRAINT \"FK_7a667513bb10a09f9e42289e1be\"");
    await queryRunner.query("ALTER TABLE \"enforcement_certificates\" DROP CONSTRAINT \"FK_6cffdcbe44f445023714dd99120\"");
    await queryRunner.query("ALTER TABLE \"enforcement_certificates\" DROP CONSTRAINT \"FK_fa50763ce03bb8a4d4a8cd56067\"");
    await queryRunner.query("ALTER TABLE \"template_items\" DROP COLUMN \"officers\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_019fa7ae18f9de1c82041ad6bc\"");
    await queryRunner.query("DROP TABLE \"task_officers\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a343a013add90451f16c5f8b9a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6cffdcbe44f445023714dd9912\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d10fcf45325bb35dcbf6abac8e\"");
    await queryRunner.query("DROP TABLE \"enforcement_certificates\"");
  }
}
