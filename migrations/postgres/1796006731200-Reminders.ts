import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1796006731200 implements MigrationInterface {
  name = 'Reminders1796006731200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_messages\" (\"id\" SERIAL NOT NULL, \"idempotency_key\" character varying(120) NOT NULL, \"kind\" character varying(20) NOT NULL, \"recipient_id\" integer, \"to_address\" character varying(200) NOT NULL, \"subject\" character varying(200) NOT NULL, \"text\" text NOT NULL, \"html\" text NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'pending', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"smtp_message_id\" character varying(200), \"claimed_at\" TIMESTAMP, \"sent_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_0171348f527c64b137e4d4f5b66\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d6d234f89900376e7e91c8149b\" ON \"outbox_messages\"  (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e387c5f8849e248731ae606937\" ON \"outbox_messages\"  (\"recipient_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_619e9741bb7812292f54d1670a\" ON \"outbox_messages\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"reminder_policy\" (\"id\" integer NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"days_before\" text NOT NULL, \"on_due_date\" boolean NOT NULL DEFAULT true, \"overdue_daily\" boolean NOT NULL DEFAULT true, \"escalate_to_supervisor_after\" integer NOT NULL DEFAULT '3', \"escalate_to_bureau_head_after\" integer NOT NULL DEFAULT '10', \"weekly_summary_weekday\" integer NOT NULL DEFAULT '1', \"run_at\" character varying(5) NOT NULL DEFAULT '08:30', \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_7e1ad666f2ea8748a7f0f5cfaf3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"reminder_runs\" (\"run_date\" character varying(10) NOT NULL, \"started_at\" TIMESTAMP NOT NULL, \"finished_at\" TIMESTAMP, \"messages\" integer NOT NULL DEFAULT '0', \"skipped_tasks\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_6fa072daeccbcca7548b1f84387\" PRIMARY KEY (\"run_date\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"reminder_runs\"");
    await queryRunner.query("DROP TABLE \"reminder_policy\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_619e9741bb7812292f54d1670a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e387c5f8849e248731ae606937\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d6d234f89900376e7e91c8149b\"");
    await queryRunner.query("DROP TABLE \"outbox_messages\"");
  }
}
