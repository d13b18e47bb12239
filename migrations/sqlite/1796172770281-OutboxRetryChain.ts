import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxRetryChain1796172770281 implements MigrationInterface {
  name = 'OutboxRetryChain1796172770281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_619e9741bb7812292f54d1670a\"");
    await queryRunner.query("DROP INDEX \"IDX_e387c5f8849e248731ae606937\"");
    await queryRunner.query("DROP INDEX \"IDX_d6d234f89900376e7e91c8149b\"");
    await queryRunner.query("CREATE TABLE \"temporary_outbox_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"idempotency_key\" varchar(120) NOT NULL, \"kind\" varchar(20) NOT NULL, \"recipient_id\" integer, \"to_address\" varchar(200) NOT NULL, \"subject\" varchar(200) NOT NULL, \"text\" text NOT NULL, \"html\" text NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" text, \"smtp_message_id\" varchar(200), \"claimed_at\" datetime, \"sent_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"retry_chain_start\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime, \"failed_by_outage\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_outbox_messages\"(\"id\", \"idempotency_key\", \"kind\", \"recipient_id\", \"to_address\", \"subject\", \"text\", \"html\", \"status\", \"attempts\", \"last_error\", \"smtp_message_id\", \"claimed_at\", \"sent_at\", \"created_at\") SELECT \"id\", \"idempotency_key\", \"kind\", \"recipient_id\", \"to_address\", \"subject\", \"text\", \"html\", \"status\", \"attempts\", \"last_error\", \"smtp_message_id\", \"claimed_at\", \"sent_at\", \"created_at\" FROM \"outbox_messages\"");
    await queryRunner.query("DROP TABLE \"outbox_messages\"");
    await queryRunner.query("ALTER TABLE \"temporary_outbox_messages\" RENAME TO \"outbox_messages\"");
    await queryRunner.query("CREATE INDEX \"IDX_619e9741bb7812292f54d1670a\" ON \"outbox_messages\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e387c5f8849e248731ae606937\" ON \"outbox_messages\" (\"recipient_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d6d234f89900376e7e91c8149b\" ON \"outbox_messages\" (\"idempotency_key\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_d6d234f89900376e7e91c8149b\"");
    await queryRunner.query("DROP INDEX \"IDX_e387c5f8849e248731ae606937\"");
    await queryRunner.query("DROP INDEX \"IDX_619e9741bb7812292f54d1670a\"");
    await queryRunner.query("ALTER TABLE \"outbox_messages\" RENAME TO \"temporary_outbox_messages\"");
    await queryRunner.query("CREATE TABLE \"outbox_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"idempotency_key\" varchar(120) NOT NULL, \"kind\" varchar(20) NOT NULL, \"recipient_id\" integer, \"to_address\" varchar(200) NOT NULL, \"subject\" varchar(200) NOT NULL, \"text\" text NOT NULL, \"html\" text NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" text, \"smtp_message_id\" varchar(200), \"claimed_at\" datetime, \"sent_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"outbox_messages\"(\"id\", \"idempotency_key\", \"kind\", \"recipient_id\", \"to_address\", \"subject\", \"text\", \"html\", \"status\", \"attempts\", \"last_error\", \"smtp_message_id\", \"claimed_at\", \"sent_at\", \"created_at\") SELECT \"id\", \"idempotency_key\", \"kind\", \"recipient_id\", \"to_address\", \"subject\", \"text\", \"html\", \"status\", \"attempts\", \"last_error\", \"smtp_message_id\", \"claimed_at\", \"sent_at\", \"created_at\" FROM \"temporary_outbox_messages\"");
    await queryRunner.query("DROP TABLE \"temporary_outbox_messages\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d6d234f89900376e7e91c8149b\" ON \"outbox_messages\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e387c5f8849e248731ae606937\" ON \"outbox_messages\" (\"recipient_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_619e9741bb7812292f54d1670a\" ON \"outbox_messages\" (\"status\", \"created_at\") ");
  }
}
