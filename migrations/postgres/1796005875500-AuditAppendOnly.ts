import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: the audit trail refuses UPDATE, DELETE and TRUNCATE at the database level. */
export class AuditAppendOnly1796005875500 implements MigrationInterface {
  name = 'AuditAppendOnly1796005875500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$",
    );
    await queryRunner.query('CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()');
    await queryRunner.query('CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER audit_events_no_change ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
  }
}
