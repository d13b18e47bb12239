import { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentRegister1796210000001 implements MigrationInterface {
  name = 'DocumentRegister1796210000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"normative_documents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"doc_number\" varchar(100) NOT NULL, \"title\" varchar(200) NOT NULL, \"department_id\" integer NOT NULL, \"published_on\" varchar(10) NOT NULL, \"effective_on\" varchar(10) NOT NULL, \"provisional\" boolean NOT NULL DEFAULT (0), \"validity_years\" integer NOT NULL, \"expires_on\" varchar(10) NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('in_force'), \"status_on\" varchar(10), \"status_reason\" text, \"replaced_by_id\" integer, \"filed_on\" varchar(10), \"filing_due_on\" varchar(10) NOT NULL, \"fair_competition_reviewed\" boolean NOT NULL DEFAULT (0), \"plan_id\" integer, \"evaluation_plan_id\" integer, \"notes\" text NOT NULL DEFAULT (''), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b26edca84494b9e3fcbbbd1039\" ON \"normative_documents\" (\"doc_number\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9baeb9e3743e5e1ccefcbfc78c\" ON \"normative_documents\" (\"department_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0dabe9ced1d5009aff5ba8edb3\" ON \"normative_documents\" (\"expires_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1fa2cce1db304df6dd190be2c8\" ON \"normative_documents\" (\"plan_id\") ");
    await queryRunner.query("CREATE TABLE \"normative_document_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"document_id\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"on_date\" varchar(10) NOT NULL, \"reason\" text NOT NULL DEFAULT (''), \"replaced_by_id\" integer, \"cleanup_year\" integer, \"cleanup_result\" varchar(10), \"actor_id\" integer, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ea1a55ca6d64c7c0926dd7bcf7\" ON \"normative_document_events\" (\"document_id\", \"cleanup_year\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ea1a55ca6d64c7c0926dd7bcf7\"");
    await queryRunner.query("DROP TABLE \"normative_document_events\"");
    await queryRunner.query("DROP INDEX \"IDX_1fa2cce1db304df6dd190be2c8\"");
    await queryRunner.query("DROP INDEX \"IDX_0dabe9ced1d5009aff5ba8edb3\"");
    await queryRunner.query("DROP INDEX \"IDX_9baeb9e3743e5e1ccefcbfc78c\"");
    await queryRunner.query("DROP INDEX \"IDX_b26edca84494b9e3fcbbbd1039\"");
    await queryRunner.query("DROP TABLE \"normative_documents\"");
  }
}
