import { MigrationInterface, QueryRunner } from 'typeorm';

const SLOTS = 16;

/**
 * The summary's covering index (see the Task entity) and, hand-written, a counter that every
 * statement changing `tasks` bumps in the same transaction, whatever process runs it (API or
 * worker), so cached figures over the tasks know when they are stale; the version is the sum of
 * the slots. Each connection bumps its own slot (backend pid modulo 16), so concurrent
 * transactions rarely wait on one another's row lock.
 */
export class TaskSummaryIndexAndVersion1796320000001 implements MigrationInterface {
  name = 'TaskSummaryIndexAndVersion1796320000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_tasks_summary" ON "tasks" ("department_id", "work_point_id", "plan_id", "status", "due_on", "done_on", "backfill", "na_requested_at")',
    );
    await queryRunner.query('CREATE TABLE "task_versions" ("slot" integer PRIMARY KEY NOT NULL, "version" bigint NOT NULL)');
    await queryRunner.query(`INSERT INTO "task_versions" ("slot", "version") SELECT s, 0 FROM generate_series(0, ${SLOTS - 1}) AS s`);
    await queryRunner.query(
      `CREATE FUNCTION tasks_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE task_versions SET version = version + 1 WHERE slot = pg_backend_pid() % ${SLOTS}; RETURN NULL; END $$`,
    );
    await queryRunner.query('CREATE TRIGGER tasks_version AFTER INSERT OR UPDATE OR DELETE ON tasks FOR EACH STATEMENT EXECUTE FUNCTION tasks_version_bump()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tasks_version ON tasks');
    await queryRunner.query('DROP FUNCTION tasks_version_bump()');
    await queryRunner.query('DROP TABLE "task_versions"');
    await queryRunner.query('DROP INDEX "IDX_tasks_summary"');
  }
}
