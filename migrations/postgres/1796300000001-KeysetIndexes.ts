import { MigrationInterface, QueryRunner } from 'typeorm';
import { KEYSET_INDEXES } from '../keyset-indexes';

/** Indexes for keyset paging (see ../keyset-indexes.ts): CREATE INDEX only. */
export class KeysetIndexes1796300000001 implements MigrationInterface {
  name = 'KeysetIndexes1796300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, columns] of KEYSET_INDEXES) await queryRunner.query(`CREATE INDEX "${name}" ON "tasks" (${columns})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...KEYSET_INDEXES].reverse()) await queryRunner.query(`DROP INDEX "${name}"`);
  }
}
