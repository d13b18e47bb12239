import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated, then a hand-written trigger: draws are never deleted (a re-draw only marks the earlier one superseded). */
export class InspectionRegisters1796230000001 implements MigrationInterface {
  name = 'InspectionRegisters1796230000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"inspection_targets\" (\"id\" SERIAL NOT NULL, \"name\" character varying(100) NOT NULL, \"category\" character varying(20) NOT NULL, \"area\" character varying(50) NOT NULL DEFAULT '', \"risk_level\" character varying(10) NOT NULL DEFAULT 'low', \"supervising_department_id\" integer, \"school_department_id\" integer, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_a792ca8b0de06e7bdc74255dbc2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_08c84639d581efcfb9db674605\" ON \"inspection_targets\"  (\"category\") ");
    await queryRunner.query("CREATE TABLE \"inspection_items\" (\"id\" SERIAL NOT NULL, \"title\" character varying(200) NOT NULL, \"legal_basis\" text NOT NULL, \"category\" character varying(20) NOT NULL, \"method\" character varying(100) NOT NULL, \"ratio_percent\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_80e923f33fe378fe5b78d202e11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"inspection_conflicts\" (\"id\" SERIAL NOT NULL, \"target_id\" integer NOT NULL, \"certificate_id\" integer, \"user_id\" integer, \"reason\" text NOT NULL, \"declared_by_id\" integer NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_e43093a6d4791ed9433061e93de\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f0e4acb56724a20e47a836abe9\" ON \"inspection_conflicts\"  (\"target_id\") ");
    await queryRunner.query("CREATE TABLE \"inspection_draws\" (\"id\" SERIAL NOT NULL, \"plan_id\" integer NOT NULL, \"item_id\" integer NOT NULL, \"drawn_on\" character varying(10) NOT NULL, \"seed_text\" text NOT NULL, \"count_mode\" character varying(10) NOT NULL, \"ratio_percent\" integer, \"target_count\" integer NOT NULL, \"inspectors_per_target\" integer NOT NULL, \"exclude_supervising\" boolean NOT NULL, \"targets_snapshot\" text NOT NULL, \"targets_hash\" character varying(64) NOT NULL, \"inspectors_snapshot\" text NOT NULL, \"inspectors_hash\" character varying(64) NOT NULL, \"conflicts_snapshot\" text NOT NULL, \"conflicts_hash\" character varying(64) NOT NULL, \"seed\" character varying(64) NOT NULL, \"result\" text NOT NULL, \"redraw_reason\" text, \"superseded_by_id\" integer, \"drawn_by_id\" integer NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_a20ca966cac90fdccec5b7d3c63\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a6c82c685336503867123d25a6\" ON \"inspection_draws\"  (\"plan_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_70524338479a03ce95ecac25ce\" ON \"inspection_draws\"  (\"drawn_on\") ");
    await queryRunner.query("CREATE TABLE \"inspection_draw_targets\" (\"id\" SERIAL NOT NULL, \"draw_id\" integer NOT NULL, \"position\" integer NOT NULL, \"target_id\" integer NOT NULL, \"certificate_ids\" character varying(200) NOT NULL, \"outcome\" character varying(20), \"outcome_note\" text, \"outcome_on\" character varying(10), CONSTRAINT \"PK_27ec3b34fb1909f43a438df33a1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6e089acf10b7986c1fe1e49ff7\" ON \"inspection_draw_targets\"  (\"target_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2a4befa0f29884c325a2199379\" ON \"inspection_draw_targets\"  (\"draw_id\", \"position\") ");
    await queryRunner.query(
      "CREATE FUNCTION inspection_draws_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'inspection_draws is append-only'; END $$",
    );
    await queryRunner.query('CREATE TRIGGER inspection_draws_no_delete BEFORE DELETE ON inspection_draws FOR EACH ROW EXECUTE FUNCTION inspection_draws_append_only()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER inspection_draws_no_delete ON inspection_draws');
    await queryRunner.query('DROP FUNCTION inspection_draws_append_only()');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2a4befa0f29884c325a2199379\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6e089acf10b7986c1fe1e49ff7\"");
    await queryRunner.query("DROP TABLE \"inspection_draw_targets\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_70524338479a03ce95ecac25ce\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a6c82c685336503867123d25a6\"");
    await queryRunner.query("DROP TABLE \"inspection_draws\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f0e4acb56724a20e47a836abe9\"");
    await queryRunner.query("DROP TABLE \"inspection_conflicts\"");
    await queryRunner.query("DROP TABLE \"inspection_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_08c84639d581efcfb9db674605\"");
    await queryRunner.query("DROP TABLE \"inspection_targets\"");
  }
}
