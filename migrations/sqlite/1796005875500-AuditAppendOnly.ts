import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written: the audit trail refuses UPDATE and DELETE at the database level. */
export class AuditAppendOnly1796005875500 implements MigrationInterface {
  name = 'AuditAppendOnly1796005875500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END");
    await queryRunner.query("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_no_delete');
    await queryRunner.query('DROP TRIGGER audit_events_no_update');
  }
}
