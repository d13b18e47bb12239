import { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentRegister1796210000001 implements MigrationInterface {
  name = 'DocumentRegister1796210000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"normative_documents\" (\"id\" SERIAL NOT NULL, \"doc_number\" character varying(100) NOT NULL, \"title\" character varying(200) NOT NULL, \"department_id\" integer NOT NULL, \"published_on\" character varying(10) NOT NULL, \"effective_on\" character varying(10) NOT NULL, \"provisional\" boolean NOT NULL DEFAULT false, \"validity_years\" integer NOT NULL, \"expires_on\" character varying(10) NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'in_force', \"status_on\" character varying(10), \"status_reason\" text, \"replaced_by_id\" integer, \"filed_on\" character varying(10), \"filing_due_on\" character varying(10) NOT NULL, \"fair_competition_reviewed\" boolean NOT NULL DEFAULT false, \"plan_id\" integer, \"evaluation_plan_id\" integer, \"notes\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_630c3c1196fffd2ce5fb2737f7b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b26edca84494b9e3fcbbbd1039\" ON \"normative_documents\"  (\"doc_number\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9baeb9e3743e5e1ccefcbfc78c\" ON \"normative_documents\"  (\"department_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0dabe9ced1d5009aff5ba8edb3\" ON \"normative_documents\"  (\"expires_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1fa2cce1db304df6dd190be2c8\" ON \"normative_documents\"  (\"plan_id\") ");
    await queryRunner.query("CREATE TABLE \"normative_document_events\" (\"id\" SERIAL NOT NULL, \"document_id\" integer NOT NULL, \"kind\" character varying(10) NOT NULL, \"on_date\" character varying(10) NOT NULL, \"reason\" text NOT NULL DEFAULT '', \"replaced_by_id\" integer, \"cleanup_year\" integer, \"cleanup_result\" character varying(10), \"actor_id\" integer, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_682bc1beb629f6fde03774c9c5e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ea1a55ca6d64c7c0926dd7bcf7\" ON \"normative_document_events\"  (\"document_id\", \"cleanup_year\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ea1a55ca6d64c7c0926dd7bcf7\"");
    await queryRunner.query("DROP TABLE \"normative_document_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1fa2cce1db304df6dd190be2c8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0dabe9ced1d5009aff5ba8edb3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9baeb9e3743e5e1ccefcbfc78c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b26edca84494b9e3fcbbbd1039\"");
    await queryRunner.query("DROP TABLE \"normative_documents\"");
  }
}
