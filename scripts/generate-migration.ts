/**
 * Writes a migration for each dialect from the difference between the entities and the schema
 * the existing migrations produce: `npm run migration:generate -- AddTasks`.
 * Needs PostgreSQL at MIGRATION_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * a scratch database is created and dropped there.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  process.stderr.write('usage: npm run migration:generate -- PascalCaseName\n');
  process.exit(1);
}
const timestamp = Date.now();
const pgAdminUrl = process.env.MIGRATION_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function diff(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations();
    const log = await ds.driver.createSchemaBuilder().log();
    const q = (s: { query: string; parameters?: unknown[] }) =>
      `await queryRunner.query(${JSON.stringify(s.query)}${s.parameters?.length ? `, ${JSON.stringify(s.parameters)}` : ''});`;
    return { up: log.upQueries.map(q), down: log.downQueries.reverse().map(q) };
  } finally {
    await ds.destroy();
  }
}

function write(dialect: 'sqlite' | 'postgres', queries: { up: string[]; down: string[] }): void {
  const cls = `${name}${timestamp}`;
  const file = `${timestamp}-${name}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(queryRunner: QueryRunner): Promise<void> {
    ${queries.up.join('\n    ')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    ${queries.down.join('\n    ')}
  }
}
`;
  const dir = join(__dirname, '..', 'migrations', dialect);
  writeFileSync(join(dir, `${file}.ts`), body);
  const indexFile = join(dir, 'index.ts');
  const index = readFileSync(indexFile, 'utf8')
    .replace(/(\nexport const)/, `\nimport { ${cls} } from './${file}';$1`)
    .replace(/= \[(.*)\];/s, (_m, list: string) => `= [${[list.trim(), `${cls}`].filter(Boolean).join(', ')}];`);
  writeFileSync(indexFile, index);
  process.stdout.write(`migrations/${dialect}/${file}.ts: ${queries.up.length} statements\n`);
}

async function main(): Promise<void> {
  const sqliteFile = join(mkdtempSync(join(tmpdir(), 'fazhi-mig-')), 'schema.sqlite');
  const scratch = `fazhi_migration_${timestamp}`;
  const admin = new DataSource({ type: 'postgres', url: pgAdminUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const sqlite = await diff(`sqlite:${sqliteFile}`);
    const postgres = await diff(pgAdminUrl.replace(/\/[^/]*$/, `/${scratch}`));
    if (!sqlite.up.length && !postgres.up.length) {
      process.stdout.write('No schema changes.\n');
      return;
    }
    write('sqlite', sqlite);
    write('postgres', postgres);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
