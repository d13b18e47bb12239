import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Column changes only: an earlier version rebuilt the table (create a copy, drop the original),
 * and dropping a parent table inside the migration's transaction deleted the rows of every child
 * table whose foreign key cascades (task history, evidence rows, notifications). SQLite has ALTER TABLE … ADD / DROP COLUMN.
 */
export class TaskDueNote1796007050245 implements MigrationInterface {
  name = 'TaskDueNote1796007050245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" ADD COLUMN "due_note" varchar(200) NOT NULL DEFAULT (\'\')');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tasks" DROP COLUMN "due_note"');
  }
}
