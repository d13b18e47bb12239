import { MigrationInterface, QueryRunner } from 'typeorm';

/** 整改台账: findings, each with the plan and task that carry its rectification. */
export class Findings1796250000001 implements MigrationInterface {
  name = 'Findings1796250000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "findings" ("id" SERIAL NOT NULL, "code" character varying(30) NOT NULL, "source" character varying(20) NOT NULL, "source_ref" character varying(200) NOT NULL DEFAULT \'\', "source_plan_id" integer, "found_on" character varying(10) NOT NULL, "year" integer NOT NULL, "description" text NOT NULL, "department_id" integer NOT NULL, "measures" text NOT NULL DEFAULT \'\', "deadline_on" character varying(10) NOT NULL, "plan_id" integer NOT NULL, "task_id" integer NOT NULL, "created_by_id" integer NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_findings" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_findings_code" ON "findings" ("code")');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_findings_plan" ON "findings" ("plan_id")');
    await queryRunner.query('CREATE INDEX "IDX_findings_year" ON "findings" ("year")');
    await queryRunner.query('CREATE INDEX "IDX_findings_department" ON "findings" ("department_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_findings_department"');
    await queryRunner.query('DROP INDEX "public"."IDX_findings_year"');
    await queryRunner.query('DROP INDEX "public"."IDX_findings_plan"');
    await queryRunner.query('DROP INDEX "public"."IDX_findings_code"');
    await queryRunner.query('DROP TABLE "findings"');
  }
}
