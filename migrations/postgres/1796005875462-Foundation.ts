import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1796005875462 implements MigrationInterface {
  name = 'Foundation1796005875462';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" SERIAL NOT NULL, \"at\" TIMESTAMP NOT NULL, \"user_id\" integer, \"actor\" character varying(40) NOT NULL, \"action\" character varying(40) NOT NULL, \"entity\" character varying(60) NOT NULL, \"entity_id\" character varying(60) NOT NULL, \"before\" text, \"after\" text, \"request_id\" character varying(64), CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3648e11676f1929b9875ee272b\" ON \"audit_events\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1c246079d669576b847df55d9\" ON \"audit_events\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b25896e0d3162bc1307dd93f79\" ON \"audit_events\"  (\"entity\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"bureau\" (\"id\" integer NOT NULL, \"name\" character varying(100) NOT NULL, \"settings\" text NOT NULL, \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_45752b0ba21b16cb3b5baa47389\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"departments\" (\"id\" SERIAL NOT NULL, \"code\" character varying(40) NOT NULL, \"name\" character varying(100) NOT NULL, \"kind\" character varying(10) NOT NULL, \"parent_id\" integer, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_839517a681a86bb84cbcc6a1e9d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_91fddbe23e927e1e525c152baa\" ON \"departments\"  (\"code\") ");
    await queryRunner.query("CREATE TABLE \"department_roles\" (\"role_code\" character varying(40) NOT NULL, \"department_id\" integer NOT NULL, CONSTRAINT \"PK_7b425eaa7b4918ce2e53d645ec2\" PRIMARY KEY (\"role_code\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" SERIAL NOT NULL, \"login\" character varying(60) NOT NULL, \"name\" character varying(60) NOT NULL, \"email\" character varying(200) NOT NULL, \"role\" character varying(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT false, \"title\" character varying(40) NOT NULL DEFAULT '', \"active\" boolean NOT NULL DEFAULT true, \"password_hash\" character varying(200) NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP, \"tokens_valid_after\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\"  (\"login\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\"  (\"department_id\") ");
    await queryRunner.query("CREATE TABLE \"leader_supervisions\" (\"leader_id\" integer NOT NULL, \"department_id\" integer NOT NULL, CONSTRAINT \"PK_c784bb12f4903167654523bfb8a\" PRIMARY KEY (\"leader_id\", \"department_id\"))");
    await queryRunner.query("ALTER TABLE \"departments\" ADD CONSTRAINT \"FK_700b0b13f494cb37b6ca929e79b\" FOREIGN KEY (\"parent_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"department_roles\" ADD CONSTRAINT \"FK_ce55d37fe55257300bfb93a165f\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"leader_supervisions\" ADD CONSTRAINT \"FK_eab09d7250e8e643bc11fb01c4f\" FOREIGN KEY (\"leader_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"leader_supervisions\" ADD CONSTRAINT \"FK_1b52f9733e604936298ebf07b47\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"leader_supervisions\" DROP CONSTRAINT \"FK_1b52f9733e604936298ebf07b47\"");
    await queryRunner.query("ALTER TABLE \"leader_supervisions\" DROP CONSTRAINT \"FK_eab09d7250e8e643bc11fb01c4f\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\"");
    await queryRunner.query("ALTER TABLE \"department_roles\" DROP CONSTRAINT \"FK_ce55d37fe55257300bfb93a165f\"");
    await queryRunner.query("ALTER TABLE \"departments\" DROP CONSTRAINT \"FK_700b0b13f494cb37b6ca929e79b\"");
    await queryRunner.query("DROP TABLE \"leader_supervisions\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"department_roles\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_91fddbe23e927e1e525c152baa\"");
    await queryRunner.query("DROP TABLE \"departments\"");
    await queryRunner.query("DROP TABLE \"bureau\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b25896e0d3162bc1307dd93f79\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e1c246079d669576b847df55d9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3648e11676f1929b9875ee272b\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
  }
}
