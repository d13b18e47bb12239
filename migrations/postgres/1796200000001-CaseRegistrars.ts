import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may register a case, the registering department and adviser of a case, and 撤销. */
export class CaseRegistrars1796200000001 implements MigrationInterface {
  name = 'CaseRegistrars1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "checklist_templates" ADD "registrars" text NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "checklist_templates" ADD "registrar_acts_as" character varying(40)');
    await queryRunner.query('ALTER TABLE "plans" ADD "registrar_department_id" integer');
    await queryRunner.query('ALTER TABLE "plans" ADD "adviser_id" integer');
    await queryRunner.query('ALTER TABLE "plans" ADD "cancelled_at" TIMESTAMP');
    await queryRunner.query('ALTER TABLE "plans" ADD "cancelled_by_id" integer');
    await queryRunner.query('ALTER TABLE "plans" ADD "cancel_reason" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['cancel_reason', 'cancelled_by_id', 'cancelled_at', 'adviser_id', 'registrar_department_id']) {
      await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "${column}"`);
    }
    await queryRunner.query('ALTER TABLE "checklist_templates" DROP COLUMN "registrar_acts_as"');
    await queryRunner.query('ALTER TABLE "checklist_templates" DROP COLUMN "registrars"');
  }
}
