import { MigrationInterface, QueryRunner } from 'typeorm';
import { alertableDueIndex } from '../alertable-due-index';

/** A partial index of the alertable tasks in due order (overdue list, daily run). */
export class AlertableDueIndex1796330000001 implements MigrationInterface {
  name = 'AlertableDueIndex1796330000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await alertableDueIndex.up(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await alertableDueIndex.down(queryRunner);
  }
}
