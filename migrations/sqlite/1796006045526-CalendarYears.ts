import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarYears1796006045526 implements MigrationInterface {
  name = 'CalendarYears1796006045526';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calendar_years\" (\"year\" integer PRIMARY KEY NOT NULL, \"source\" varchar(20) NOT NULL, \"days_off\" text NOT NULL, \"make_up_workdays\" text NOT NULL, \"holidays\" text NOT NULL, \"loaded_at\" datetime NOT NULL, \"loaded_by_id\" integer)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"calendar_years\"");
  }
}
