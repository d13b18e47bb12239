import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1796006731200 implements MigrationInterface {
  name = 'Reminders1796006731200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"idempotency_key\" varchar(120) NOT NULL, \"kind\" varchar(20) NOT NULL, \"recipient_id\" integer, \"to_address\" varchar(200) NOT NULL, \"subject\" varchar(200) NOT NULL, \"text\" text NOT NULL, \"html\" text NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('pending'), \"attempts\" integer NOT NULL DEFAULT (0), \"last_error\" text, \"smtp_message_id\" varchar(200), \"claimed_at\" datetime, \"sent_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d6d234f89900376e7e91c8149b\" ON \"outbox_messages\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e387c5f8849e248731ae606937\" ON \"outbox_messages\" (\"recipient_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_619e9741bb7812292f54d1670a\" ON \"outbox_messages\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"reminder_policy\" (\"id\" integer PRIMARY KEY NOT NULL, \"enabled\" boolean NOT NULL DEFAULT (1), \"days_before\" text NOT NULL, \"on_due_date\" boolean NOT NULL DEFAULT (1), \"overdue_daily\" boolean NOT NULL DEFAULT (1), \"escalate_to_supervisor_after\" integer NOT NULL DEFAULT (3), \"escalate_to_bureau_head_after\" integer NOT NULL DEFAULT (10), \"weekly_summary_weekday\" integer NOT NULL DEFAULT (1), \"run_at\" varchar(5) NOT NULL DEFAULT ('08:30'), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"reminder_runs\" (\"run_date\" varchar(10) PRIMARY KEY NOT NULL, \"started_at\" datetime NOT NULL, \"finished_at\" datetime, \"messages\" integer NOT NULL DEFAULT (0), \"skipped_tasks\" integer NOT NULL DEFAULT (0))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"reminder_runs\"");
    await queryRunner.query("DROP TABLE \"reminder_policy\"");
    await queryRunner.query("DROP INDEX \"IDX_619e9741bb7812292f54d1670a\"");
    await queryRunner.query("DROP INDEX \"IDX_e387c5f8849e248731ae606937\"");
    await queryRunner.query("DROP INDEX \"IDX_d6d234f89900376e7e91c8149b\"");
    await queryRunner.query("DROP TABLE \"outbox_messages\"");
  }
}
