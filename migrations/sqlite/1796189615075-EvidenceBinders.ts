import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-trimmed from the generator's output: the table is created with its foreign key at once (no rebuild). */
export class EvidenceBinders1796189615075 implements MigrationInterface {
  name = 'EvidenceBinders1796189615075';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"binders\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"requested_by_id\" integer NOT NULL, \"year\" integer NOT NULL, \"work_point_id\" integer, \"department_id\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('queued'), \"files_done\" integer NOT NULL DEFAULT (0), \"files_total\" integer NOT NULL DEFAULT (0), \"bytes\" bigint NOT NULL DEFAULT (0), \"file_name\" varchar(100), \"error\" text, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"finished_at\" datetime, CONSTRAINT \"FK_7981d3baaee513cab13aa5c5994\" FOREIGN KEY (\"requested_by_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_7981d3baaee513cab13aa5c599\" ON \"binders\" (\"requested_by_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_18d341becf2e222410b20f58f3\" ON \"binders\" (\"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_18d341becf2e222410b20f58f3\"");
    await queryRunner.query("DROP INDEX \"IDX_7981d3baaee513cab13aa5c599\"");
    await queryRunner.query("DROP TABLE \"binders\"");
  }
}
