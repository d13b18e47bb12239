import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 不适用 requests, 补录 and the day the work was done. Existing done tasks get `done_on` from
 * `completed_at` (UTC text) in the bureau's zone, Asia/Shanghai (UTC+8 all year).
 */
export class TaskStates1796200000004 implements MigrationInterface {
  name = 'TaskStates1796200000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "done_on" varchar(10)');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "backfill" boolean NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "na_reason" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "na_requested_at" datetime');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "na_requested_by_id" integer');
    await queryRunner.query('ALTER TABLE "plans" ADD COLUMN "start_on" varchar(10)');
    await queryRunner.query(`UPDATE "tasks" SET "done_on" = date("completed_at", '+8 hours') WHERE "status" = 'done' AND "completed_at" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "plans" DROP COLUMN "start_on"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "na_requested_by_id"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "na_requested_at"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "na_reason"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "backfill"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "done_on"');
  }
}
