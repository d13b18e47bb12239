import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary's covering index (see the Task entity) and, hand-written, a counter that every
 * change to `tasks` bumps in the same transaction, whatever process makes it (API or worker), so cached figures over the tasks know when they are stale.
 * SQLite has one writer at a time: one row is enough.
 */
export class TaskSummaryIndexAndVersion1796320000001 implements MigrationInterface {
  name = 'TaskSummaryIndexAndVersion1796320000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_tasks_summary" ON "tasks" ("department_id", "work_point_id", "plan_id", "status", "due_on", "done_on", "backfill", "na_requested_at")',
    );
    await queryRunner.query('CREATE TABLE "task_versions" ("slot" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL)');
    await queryRunner.query('INSERT INTO "task_versions" ("slot", "version") VALUES (0, 0)');
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      await queryRunner.query(
        `CREATE TRIGGER tasks_version_${event.toLowerCase()} AFTER ${event} ON tasks BEGIN UPDATE task_versions SET version = version + 1 WHERE slot = 0; END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['delete', 'update', 'insert']) await queryRunner.query(`DROP TRIGGER tasks_version_${event}`);
    await queryRunner.query('DROP TABLE "task_versions"');
    await queryRunner.query('DROP INDEX "IDX_tasks_summary"');
  }
}
