import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1796005875462 implements MigrationInterface {
  name = 'Foundation1796005875462';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime NOT NULL, \"user_id\" integer, \"actor\" varchar(40) NOT NULL, \"action\" varchar(40) NOT NULL, \"entity\" varchar(60) NOT NULL, \"entity_id\" varchar(60) NOT NULL, \"before\" text, \"after\" text, \"request_id\" varchar(64))");
    await queryRunner.query("CREATE INDEX \"IDX_3648e11676f1929b9875ee272b\" ON \"audit_events\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1c246079d669576b847df55d9\" ON \"audit_events\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b25896e0d3162bc1307dd93f79\" ON \"audit_events\" (\"entity\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"bureau\" (\"id\" integer PRIMARY KEY NOT NULL, \"name\" varchar(100) NOT NULL, \"settings\" text NOT NULL, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"departments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(10) NOT NULL, \"parent_id\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_91fddbe23e927e1e525c152baa\" ON \"departments\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"department_roles\" (\"role_code\" varchar(40) PRIMARY KEY NOT NULL, \"department_id\" integer NOT NULL)");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT (0), \"locked_until\" datetime, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("CREATE TABLE \"leader_supervisions\" (\"leader_id\" integer NOT NULL, \"department_id\" integer NOT NULL, PRIMARY KEY (\"leader_id\", \"department_id\"))");
    await queryRunner.query("DROP INDEX \"IDX_91fddbe23e927e1e525c152baa\"");
    await queryRunner.query("CREATE TABLE \"temporary_departments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(10) NOT NULL, \"parent_id\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_700b0b13f494cb37b6ca929e79b\" FOREIGN KEY (\"parent_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_departments\"(\"id\", \"code\", \"name\", \"kind\", \"parent_id\", \"active\", \"created_at\", \"updated_at\") SELECT \"id\", \"code\", \"name\", \"kind\", \"parent_id\", \"active\", \"created_at\", \"updated_at\" FROM \"departments\"");
    await queryRunner.query("DROP TABLE \"departments\"");
    await queryRunner.query("ALTER TABLE \"temporary_departments\" RENAME TO \"departments\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_91fddbe23e927e1e525c152baa\" ON \"departments\" (\"code\") ");
    await queryRunner.query("CREATE TABLE \"temporary_department_roles\" (\"role_code\" varchar(40) PRIMARY KEY NOT NULL, \"department_id\" integer NOT NULL, CONSTRAINT \"FK_ce55d37fe55257300bfb93a165f\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_department_roles\"(\"role_code\", \"department_id\") SELECT \"role_code\", \"department_id\" FROM \"department_roles\"");
    await queryRunner.query("DROP TABLE \"department_roles\"");
    await queryRunner.query("ALTER TABLE \"temporary_department_roles\" RENAME TO \"department_roles\"");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT (0), \"locked_until\" datetime, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0921d1972cf861d568f5271cd85\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"failed_logins\", \"locked_until\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"failed_logins\", \"locked_until\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_leader_supervisions\" (\"leader_id\" integer NOT NULL, \"department_id\" integer NOT NULL, CONSTRAINT \"FK_eab09d7250e8e643bc11fb01c4f\" FOREIGN KEY (\"leader_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_1b52f9733e604936298ebf07b47\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"leader_id\", \"department_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_leader_supervisions\"(\"leader_id\", \"department_id\") SELECT \"leader_id\", \"department_id\" FROM \"leader_supervisions\"");
    await queryRunner.query("DROP TABLE \"leader_supervisions\"");
    await queryRunner.query("ALTER TABLE \"temporary_leader_supervisions\" RENAME TO \"leader_supervisions\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"leader_supervisions\" RENAME TO \"temporary_leader_supervisions\"");
    await queryRunner.query("CREATE TABLE \"leader_supervisions\" (\"leader_id\" integer NOT NULL, \"department_id\" integer NOT NULL, PRIMARY KEY (\"leader_id\", \"department_id\"))");
    await queryRunner.query("INSERT INTO \"leader_supervisions\"(\"leader_id\", \"department_id\") SELECT \"leader_id\", \"department_id\" FROM \"temporary_leader_supervisions\"");
    await queryRunner.query("DROP TABLE \"temporary_leader_supervisions\"");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"login\" varchar(60) NOT NULL, \"name\" varchar(60) NOT NULL, \"email\" varchar(200) NOT NULL, \"role\" varchar(10) NOT NULL, \"department_id\" integer, \"is_bureau_head\" boolean NOT NULL DEFAULT (0), \"title\" varchar(40) NOT NULL DEFAULT (''), \"active\" boolean NOT NULL DEFAULT (1), \"password_hash\" varchar(200) NOT NULL, \"failed_logins\" integer NOT NULL DEFAULT (0), \"locked_until\" datetime, \"tokens_valid_after\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"failed_logins\", \"locked_until\", \"tokens_valid_after\", \"created_at\", \"updated_at\") SELECT \"id\", \"login\", \"name\", \"email\", \"role\", \"department_id\", \"is_bureau_head\", \"title\", \"active\", \"password_hash\", \"failed_logins\", \"locked_until\", \"tokens_valid_after\", \"created_at\", \"updated_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE INDEX \"IDX_0921d1972cf861d568f5271cd8\" ON \"users\" (\"department_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_2d443082eccd5198f95f2a36e2\" ON \"users\" (\"login\") ");
    await queryRunner.query("ALTER TABLE \"department_roles\" RENAME TO \"temporary_department_roles\"");
    await queryRunner.query("CREATE TABLE \"department_roles\" (\"role_code\" varchar(40) PRIMARY KEY NOT NULL, \"department_id\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"department_roles\"(\"role_code\", \"department_id\") SELECT \"role_code\", \"department_id\" FROM \"temporary_department_roles\"");
    await queryRunner.query("DROP TABLE \"temporary_department_roles\"");
    await queryRunner.query("DROP INDEX \"IDX_91fddbe23e927e1e525c152baa\"");
    await queryRunner.query("ALTER TABLE \"departments\" RENAME TO \"temporary_departments\"");
    await queryRunner.query("CREATE TABLE \"departments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(40) NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(10) NOT NULL, \"parent_id\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"departments\"(\"id\", \"code\", \"name\", \"kind\", \"parent_id\", \"active\", \"created_at\", \"updated_at\") SELECT \"id\", \"code\", \"name\", \"kind\", \"parent_id\", \"active\", \"created_at\", \"updated_at\" FROM \"temporary_departments\"");
    await queryRunner.query("DROP TABLE \"temporary_departments\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_91fddbe23e927e1e525c152baa\" ON \"departments\" (\"code\") ");
    await queryRunner.query("DROP TABLE \"leader_supervisions\"");
    await queryRunner.query("DROP INDEX \"IDX_0921d1972cf861d568f5271cd8\"");
    await queryRunner.query("DROP INDEX \"IDX_2d443082eccd5198f95f2a36e2\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"department_roles\"");
    await queryRunner.query("DROP INDEX \"IDX_91fddbe23e927e1e525c152baa\"");
    await queryRunner.query("DROP TABLE \"departments\"");
    await queryRunner.query("DROP TABLE \"bureau\"");
    await queryRunner.query("DROP INDEX \"IDX_b25896e0d3162bc1307dd93f79\"");
    await queryRunner.query("DROP INDEX \"IDX_e1c246079d669576b847df55d9\"");
    await queryRunner.query("DROP INDEX \"IDX_3648e11676f1929b9875ee272b\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
  }
}
