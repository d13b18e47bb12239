import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceBinders1796189615075 implements MigrationInterface {
  name = 'EvidenceBinders1796189615075';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"binders\" (\"id\" SERIAL NOT NULL, \"requested_by_id\" integer NOT NULL, \"year\" integer NOT NULL, \"work_point_id\" integer, \"department_id\" integer, \"status\" character varying(10) NOT NULL DEFAULT 'queued', \"files_done\" integer NOT NULL DEFAULT '0', \"files_total\" integer NOT NULL DEFAULT '0', \"bytes\" bigint NOT NULL DEFAULT '0', \"file_name\" character varying(100), \"error\" text, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP, CONSTRAINT \"PK_e9c7b970b5b35da4afbdf378003\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7981d3baaee513cab13aa5c599\" ON \"binders\"  (\"requested_by_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18d341becf2e222410b20f58f3\" ON \"binders\"  (\"created_at\") ");
    await queryRunner.query("ALTER TABLE \"binders\" ADD CONSTRAINT \"FK_7981d3baaee513cab13aa5c5994\" FOREIGN KEY (\"requested_by_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"binders\" DROP CONSTRAINT \"FK_7981d3baaee513cab13aa5c5994\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_18d341becf2e222410b20f58f3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7981d3baaee513cab13aa5c599\"");
    await queryRunner.query("DROP TABLE \"binders\"");
  }
}
