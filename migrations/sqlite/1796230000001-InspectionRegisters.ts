import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated, then a hand-written trigger: draws are never deleted (a re-draw only marks the earlier one superseded). */
export class InspectionRegisters1796230000001 implements MigrationInterface {
  name = 'InspectionRegisters1796230000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"inspection_targets\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"category\" varchar(20) NOT NULL, \"area\" varchar(50) NOT NULL DEFAULT (''), \"risk_level\" varchar(10) NOT NULL DEFAULT ('low'), \"supervising_department_id\" integer, \"school_department_id\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_08c84639d581efcfb9db674605\" ON \"inspection_targets\" (\"category\") ");
    await queryRunner.query("CREATE TABLE \"inspection_items\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"title\" varchar(200) NOT NULL, \"legal_basis\" text NOT NULL, \"category\" varchar(20) NOT NULL, \"method\" varchar(100) NOT NULL, \"ratio_percent\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"inspection_conflicts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"target_id\" integer NOT NULL, \"certificate_id\" integer, \"user_id\" integer, \"reason\" text NOT NULL, \"declared_by_id\" integer NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_f0e4acb56724a20e47a836abe9\" ON \"inspection_conflicts\" (\"target_id\") ");
    await queryRunner.query("CREATE TABLE \"inspection_draws\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"plan_id\" integer NOT NULL, \"item_id\" integer NOT NULL, \"drawn_on\" varchar(10) NOT NULL, \"seed_text\" text NOT NULL, \"count_mode\" varchar(10) NOT NULL, \"ratio_percent\" integer, \"target_count\" integer NOT NULL, \"inspectors_per_target\" integer NOT NULL, \"exclude_supervising\" boolean NOT NULL, \"targets_snapshot\" text NOT NULL, \"targets_hash\" varchar(64) NOT NULL, \"inspectors_snapshot\" text NOT NULL, \"inspectors_hash\" varchar(64) NOT NULL, \"conflicts_snapshot\" text NOT NULL, \"conflicts_hash\" varchar(64) NOT NULL, \"seed\" varchar(64) NOT NULL, \"result\" text NOT NULL, \"redraw_reason\" text, \"superseded_by_id\" integer, \"drawn_by_id\" integer NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_a6c82c685336503867123d25a6\" ON \"inspection_draws\" (\"plan_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_70524338479a03ce95ecac25ce\" ON \"inspection_draws\" (\"drawn_on\") ");
    await queryRunner.query("CREATE TABLE \"inspection_draw_targets\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"draw_id\" integer NOT NULL, \"position\" integer NOT NULL, \"target_id\" integer NOT NULL, \"certificate_ids\" varchar(200) NOT NULL, \"outcome\" varchar(20), \"outcome_note\" text, \"outcome_on\" varchar(10))");
    await queryRunner.query("CREATE INDEX \"IDX_6e089acf10b7986c1fe1e49ff7\" ON \"inspection_draw_targets\" (\"target_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2a4befa0f29884c325a2199379\" ON \"inspection_draw_targets\" (\"draw_id\", \"position\") ");

    await queryRunner.query("CREATE TRIGGER inspection_draws_no_delete BEFORE DELETE ON inspection_draws BEGIN SELECT RAISE(ABORT, 'inspection_draws is append-only'); END");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER inspection_draws_no_delete');
    await queryRunner.query("DROP INDEX \"IDX_2a4befa0f29884c325a2199379\"");
    await queryRunner.query("DROP INDEX \"IDX_6e089acf10b7986c1fe1e49ff7\"");
    await queryRunner.query("DROP TABLE \"inspection_draw_targets\"");
    await queryRunner.query("DROP INDEX \"IDX_70524338479a03ce95ecac25ce\"");
    await queryRunner.query("DROP INDEX \"IDX_a6c82c685336503867123d25a6\"");
    await queryRunner.query("DROP TABLE \"inspection_draws\"");
    await queryRunner.query("DROP INDEX \"IDX_f0e4acb56724a20e47a836abe9\"");
    await queryRunner.query("DROP TABLE \"inspection_conflicts\"");
    await queryRunner.query("DROP TABLE \"inspection_items\"");
    await queryRunner.query("DROP INDEX \"IDX_08c84639d581efcfb9db674605\"");
    await queryRunner.query("DROP TABLE \"inspection_targets\"");
  }
}
