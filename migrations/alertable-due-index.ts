import type { QueryRunner } from 'typeorm';

/**
 * The overdue list (and the daily run's open tasks) walk the alertable tasks by due date: a
 * partial index in that order lets a page stop after its rows instead of sorting every overdue
 * task (PostgreSQL at 100k tasks sorted ~50,000 wide rows per page, spilling to disk on deep
 * pages). Same SQL on both dialects; SQLite's planner uses it too. See `npm run bench:pg`.
 */
export const alertableDueIndex = {
  up: (queryRunner: QueryRunner) =>
    queryRunner.query(
      'CREATE INDEX "IDX_tasks_alertable_due" ON "tasks" ("due_on", "id") WHERE "status" IN (\'open\', \'returned\') AND NOT "backfill" AND "na_requested_at" IS NULL',
    ),
  down: (queryRunner: QueryRunner) => queryRunner.query('DROP INDEX "IDX_tasks_alertable_due"'),
};
