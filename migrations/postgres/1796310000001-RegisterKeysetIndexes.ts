import { MigrationInterface, QueryRunner } from 'typeorm';
import { createRegisterKeysetIndexes, dropRegisterKeysetIndexes } from '../register-keyset-indexes';

/** Indexes serving each register list's sort for keyset paging (see ../register-keyset-indexes.ts). */
export class RegisterKeysetIndexes1796310000001 implements MigrationInterface {
  name = 'RegisterKeysetIndexes1796310000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of createRegisterKeysetIndexes) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of dropRegisterKeysetIndexes) await queryRunner.query(sql);
  }
}
