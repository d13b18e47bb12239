import { MigrationInterface, QueryRunner } from 'typeorm';

/** Template options (是否重大…), item onlyIf/earliest/extension rules, the plan's answers and the task's earliest date and its wording; all nullable. */
export class GatesOptionsEarliest1796200000002 implements MigrationInterface {
  name = 'GatesOptionsEarliest1796200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "checklist_templates" ADD COLUMN "options" text');
    await queryRunner.query('ALTER TABLE "template_items" ADD COLUMN "only_if" varchar(40)');
    await queryRunner.query('ALTER TABLE "template_items" ADD COLUMN "earliest" text');
    await queryRunner.query('ALTER TABLE "template_items" ADD COLUMN "extension" text');
    await queryRunner.query('ALTER TABLE "plans" ADD COLUMN "options" text');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "earliest_on" varchar(10)');
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "earliest_note" varchar(200) NOT NULL DEFAULT (\'\')');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "earliest_note"');
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "earliest_on"');
    await queryRunner.query('ALTER TABLE "plans" DROP COLUMN "options"');
    await queryRunner.query('ALTER TABLE "template_items" DROP COLUMN "extension"');
    await queryRunner.query('ALTER TABLE "template_items" DROP COLUMN "earliest"');
    await queryRunner.query('ALTER TABLE "template_items" DROP COLUMN "only_if"');
    await queryRunner.query('ALTER TABLE "checklist_templates" DROP COLUMN "options"');
  }
}
