import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxRetryChain1796172770281 implements MigrationInterface {
  name = 'OutboxRetryChain1796172770281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD \"retry_chain_start\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD \"next_attempt_at\" TIMESTAMP");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" ADD \"failed_by_outage\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"failed_by_outage\"");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"next_attempt_at\"");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" DROP COLUMN \"retry_chain_start\"");
  }
}
