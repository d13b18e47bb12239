import { MigrationInterface, QueryRunner } from 'typeorm';

export class MustChangePassword1796172832579 implements MigrationInterface {
  name = 'MustChangePassword1796172832579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"failed_logins\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"locked_until\"");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"must_change_password\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"must_change_password\"");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"locked_until\" TIMESTAMP");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"failed_logins\" integer NOT NULL DEFAULT '0'");
  }
}
