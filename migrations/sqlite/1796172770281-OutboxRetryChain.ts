import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Column changes only: an earlier version rebuilt the table (create a copy, drop the original),
 * and dropping a parent table inside the migration's transaction deleted the rows of every child
 * table whose foreign key cascades (notifications point at outbox messages). SQLite has ALTER TABLE … ADD / DROP COLUMN.
 */
export class OutboxRetryChain1796172770281 implements MigrationInterface {
  name = 'OutboxRetryChain1796172770281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD COLUMN "retry_chain_start" integer NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD COLUMN "next_attempt_at" datetime');
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD COLUMN "failed_by_outage" boolean NOT NULL DEFAULT (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "failed_by_outage"');
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "next_attempt_at"');
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "retry_chain_start"');
  }
}
