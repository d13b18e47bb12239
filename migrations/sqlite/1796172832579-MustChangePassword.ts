import { MigrationInterface, QueryRunner } from 'typeorm';

export class MustChangePassword1796172832579 implements MigrationInterface {
  name = 'MustChangePassword1796172832579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"must_change_password\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT (0), \"locked_until\" datetime, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
  }
}
