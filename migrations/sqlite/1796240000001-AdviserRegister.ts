import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 法律顾问 register: engagements, and the kind and result of each review request (a plan). */
export class AdviserRegister1796240000001 implements MigrationInterface {
  name = 'AdviserRegister1796240000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "adviser_engagements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "name" varchar(100) NOT NULL, "contact" varchar(50) NOT NULL DEFAULT (\'\'), "phone" varchar(30) NOT NULL DEFAULT (\'\'), "adviser_user_ids" text NOT NULL, "engaged_by" varchar(10) NOT NULL, "school_ids" text NOT NULL, "start_on" varchar(10) NOT NULL, "end_on" varchar(10) NOT NULL, "fee" integer, "dismissed_on" varchar(10), "dismiss_reason" text, "note" text NOT NULL DEFAULT (\'\'), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'CREATE TABLE "adviser_request_details" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "kind" varchar(20), "result" varchar(20), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_adviser_request_details_plan" FOREIGN KEY ("plan_id") REFERENCES "plans" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_adviser_request_details_plan" ON "adviser_request_details" ("plan_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_adviser_request_details_plan"');
    await queryRunner.query('DROP TABLE "adviser_request_details"');
    await queryRunner.query('DROP TABLE "adviser_engagements"');
  }
}
