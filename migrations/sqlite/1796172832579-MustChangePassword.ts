import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Column changes only: an earlier version rebuilt the table (create a copy, drop the original),
 * and dropping a parent table inside the migration's transaction deleted the rows of every child
 * table whose foreign key cascades (everything a user owns). SQLite has ALTER TABLE … ADD / DROP COLUMN.
 */
export class MustChangePassword1796172832579 implements MigrationInterface {
  name = 'MustChangePassword1796172832579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "failed_logins"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "locked_until"');
    await queryRunner.query('ALTER TABLE "users" ADD COLUMN "must_change_password" boolean NOT NULL DEFAULT (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "must_change_password"');
    await queryRunner.query('ALTER TABLE "users" ADD COLUMN "locked_until" datetime');
    await queryRunner.query('ALTER TABLE "users" ADD COLUMN "failed_logins" integer NOT NULL DEFAULT (0)');
  }
}
