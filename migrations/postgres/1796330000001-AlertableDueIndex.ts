import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue list (and the daily run's open tasks) walk the alertable tasks by due date: a
 * partial index in that order lets a page stop after its rows instead of sorting every overdue
 * task (PostgreSQL at 100k tasks sorted ~50,000 wide rows per page, spilling to disk on deep pages).
 */
export class AlertableDueIndex1796330000001 implements MigrationInterface {
  name = 'AlertableDueIndex1796330000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_tasks_alertable_due" ON "tasks" ("due_on", "id") WHERE "status" IN (\'open\', \'returned\') AND NOT "backfill" AND "na_requested_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_tasks_alertable_due"');
  }
}
