import { MigrationInterface, QueryRunner } from 'typeorm';

/** 整改台账: findings, each with the plan and task that carry its rectification. */
export class Findings1796250000001 implements MigrationInterface {
  name = 'Findings1796250000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "findings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(30) NOT NULL, "source" varchar(20) NOT NULL, "source_ref" varchar(200) NOT NULL DEFAULT (\'\'), "source_plan_id" integer, "found_on" varchar(10) NOT NULL, "year" integer NOT NULL, "description" text NOT NULL, "department_id" integer NOT NULL, "measures" text NOT NULL DEFAULT (\'\'), "deadline_on" varchar(10) NOT NULL, "plan_id" integer NOT NULL, "task_id" integer NOT NULL, "created_by_id" integer NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_findings_code" ON "findings" ("code")');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_findings_plan" ON "findings" ("plan_id")');
    await queryRunner.query('CREATE INDEX "IDX_findings_year" ON "findings" ("year")');
    await queryRunner.query('CREATE INDEX "IDX_findings_department" ON "findings" ("department_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_findings_department"');
    await queryRunner.query('DROP INDEX "IDX_findings_year"');
    await queryRunner.query('DROP INDEX "IDX_findings_plan"');
    await queryRunner.query('DROP INDEX "IDX_findings_code"');
    await queryRunner.query('DROP TABLE "findings"');
  }
}
