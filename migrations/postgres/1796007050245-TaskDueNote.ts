import { MigrationInterface, QueryRunner } from 'typeorm';

export class TaskDueNote1796007050245 implements MigrationInterface {
  name = 'TaskDueNote1796007050245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tasks\" ADD \"due_note\" character varying(200) NOT NULL DEFAULT ''");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tasks\" DROP COLUMN \"due_note\"");
  }
}
