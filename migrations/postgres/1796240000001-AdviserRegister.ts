import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 法律顾问 register: engagements, and the kind and result of each review request (a plan). */
export class AdviserRegister1796240000001 implements MigrationInterface {
  name = 'AdviserRegister1796240000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "adviser_engagements" ("id" SERIAL NOT NULL, "kind" character varying(10) NOT NULL, "name" character varying(100) NOT NULL, "contact" character varying(50) NOT NULL DEFAULT \'\', "phone" character varying(30) NOT NULL DEFAULT \'\', "adviser_user_ids" text NOT NULL, "engaged_by" character varying(10) NOT NULL, "school_ids" text NOT NULL, "start_on" character varying(10) NOT NULL, "end_on" character varying(10) NOT NULL, "fee" integer, "dismissed_on" character varying(10), "dismiss_reason" text, "note" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_adviser_engagements" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "adviser_request_details" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "kind" character varying(20), "result" character varying(20), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_adviser_request_details" PRIMARY KEY ("id"), CONSTRAINT "FK_adviser_request_details_plan" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_adviser_request_details_plan" ON "adviser_request_details" ("plan_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_adviser_request_details_plan"');
    await queryRunner.query('DROP TABLE "adviser_request_details"');
    await queryRunner.query('DROP TABLE "adviser_engagements"');
  }
}
