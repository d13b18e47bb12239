import { MigrationInterface, QueryRunner } from 'typeorm';
import { targetKindStatements } from '../target-kinds';

/** Targets by kind, percent numbers and labels, withdrawn activities, supporting targets (issue 11, points 6–7). */
export class TargetKinds1796200000003 implements MigrationInterface {
  name = 'TargetKinds1796200000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD "target_kind" character varying(10) NOT NULL DEFAULT \'none\'');
    await queryRunner.query('ALTER TABLE "tasks" ADD "numerator_label" character varying(40) NOT NULL DEFAULT \'\'');
    await queryRunner.query('ALTER TABLE "tasks" ADD "denominator_label" character varying(40) NOT NULL DEFAULT \'\'');
    await queryRunner.query('ALTER TABLE "tasks" ADD "numerator" integer');
    await queryRunner.query('ALTER TABLE "tasks" ADD "denominator" integer');
    await queryRunner.query('ALTER TABLE "template_items" ADD "support_target" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "activities" ADD "withdrawn_at" TIMESTAMP');
    await queryRunner.query('ALTER TABLE "activities" ADD "withdrawn_by_id" integer');
    await queryRunner.query('ALTER TABLE "activities" ADD "withdraw_reason" text');
    for (const statement of targetKindStatements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['withdraw_reason', 'withdrawn_by_id', 'withdrawn_at']) await queryRunner.query(`ALTER TABLE "activities" DROP COLUMN "${column}"`);
    await queryRunner.query('ALTER TABLE "template_items" DROP COLUMN "support_target"');
    for (const column of ['denominator', 'numerator', 'denominator_label', 'numerator_label', 'target_kind']) await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "${column}"`);
  }
}
