import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 不适用 requests, 补录 and the day the work was done. Existing done tasks get `done_on` from
 * `completed_at` (a UTC timestamp) in the bureau's zone, Asia/Shanghai.
 */
export class TaskStates1796200000004 implements MigrationInterface {
  name = 'TaskStates1796200000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD "done_on" character varying(10)');
    await queryRunner.query('ALTER TABLE "tasks" ADD "backfill" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "tasks" ADD "na_reason" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD "na_requested_at" TIMESTAMP');
    await queryRunner.query('ALTER TABLE "tasks" ADD "na_requested_by_id" integer');
    await queryRunner.query('ALTER TABLE "plans" ADD "start_on" character varying(10)');
    await queryRunner.query(
      `UPDATE "tasks" SET "done_on" = to_char(("completed_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') WHERE "status" = 'done' AND "completed_at" IS NOT NULL`,
    );
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
