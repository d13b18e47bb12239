import { DataSource } from 'typeorm';
import { POSTGRES_MIGRATIONS } from '../../migrations/postgres';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createScratchDatabase, DATABASES, type DatabaseKind, type ScratchDatabase } from './support/databases';
import { bootTestApp, E2E_TIMEOUT_MS, type TestApp } from './support/test-app';

/** Tables, triggers and functions of the schema (TypeORM's own `migrations` table aside). */
async function schemaObjects(ds: DataSource, kind: DatabaseKind): Promise<{ tables: string[]; triggers: string[]; functions: string[] }> {
  if (kind === 'sqlite') {
    const rows: { type: string; name: string }[] = await ds.query(
      "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite_%'",
    );
    return {
      tables: rows
        .filter((r) => r.type === 'table' && r.name !== 'migrations')
        .map((r) => r.name)
        .sort(),
      triggers: rows
        .filter((r) => r.type === 'trigger')
        .map((r) => r.name)
        .sort(),
      functions: [],
    };
  }
  const tables: { name: string }[] = await ds.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'");
  const triggers: { name: string }[] = await ds.query('SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal');
  const functions: { name: string }[] = await ds.query(
    "SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'",
  );
  return { tables: tables.map((r) => r.name).sort(), triggers: triggers.map((r) => r.name).sort(), functions: functions.map((r) => r.name).sort() };
}

/** What the entities would still need: empty when the migrations produce exactly their schema. */
async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

const classNames = (list: Function[]) => list.map((m) => m.name);

it('both dialects have the same migrations, in the same order', () => {
  expect(classNames(SQLITE_MIGRATIONS)).toEqual(classNames(POSTGRES_MIGRATIONS));
  expect(SQLITE_MIGRATIONS.length).toBeGreaterThan(0);
});

describe.each(DATABASES)('migrations (%s)', (kind) => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  const expected = classNames(kind === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS);

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    ds = new DataSource(dataSourceOptions(scratch.url));
    await ds.initialize();
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await scratch?.drop();
  });

  it('starts from an empty database', async () => {
    expect((await schemaObjects(ds, kind)).tables).toEqual([]);
    expect(await ds.showMigrations()).toBe(true);
  });

  it(
    'runs every migration up to the latest',
    async () => {
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual(expected);
      expect(await ds.showMigrations()).toBe(false);
      const tables = (await schemaObjects(ds, kind)).tables;
      expect(tables).toEqual(expect.arrayContaining(ds.entityMetadatas.map((m) => m.tableName)));
    },
    E2E_TIMEOUT_MS,
  );

  it('leaves a schema that matches the entities exactly', async () => {
    expect(await pendingSchemaChanges(ds)).toEqual([]);
  });

  it('makes the audit trail append-only', async () => {
    const objects = await schemaObjects(ds, kind);
    expect(objects.triggers.length).toBeGreaterThan(0);
    await ds.query("INSERT INTO audit_events (at, actor, action, entity, entity_id) VALUES (CURRENT_TIMESTAMP, 'test', 'create', 'x', '1')");
    await expect(ds.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it(
    'undoes every migration, one by one, back to an empty schema',
    async () => {
      for (let i = expected.length - 1; i >= 0; i--) {
        await ds.undoLastMigration({ transaction: 'each' });
        const applied: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
        expect(applied.map((m) => m.name)).toEqual(expected.slice(0, i));
      }
      expect(await schemaObjects(ds, kind)).toEqual({ tables: [], triggers: [], functions: [] });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'runs up again to the same schema',
    async () => {
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual(expected);
      expect(await pendingSchemaChanges(ds)).toEqual([]);
    },
    E2E_TIMEOUT_MS,
  );
});

/** Row counts of every table but TypeORM's own. */
async function rowCounts(ds: DataSource, kind: DatabaseKind): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of (await schemaObjects(ds, kind)).tables) {
    const [row]: { n: number | string }[] = await ds.query(`SELECT COUNT(*) AS n FROM "${table}"`);
    counts.set(table, Number(row.n));
  }
  return counts;
}

describe.each(DATABASES)('reverting migrations on a populated database (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    // The demo bureau: a year's plan with history, evidence rows, notifications and mail. The API
    // role runs no jobs, so nothing writes while the migrations are reverted under it.
    t = await bootTestApp({ db: kind, env: { DEMO: 'true', PROCESS_ROLE: 'api' } });
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await t?.close();
  });

  it(
    'never deletes a row of a table the reverted migration does not drop',
    async () => {
      const ds = t.dataSource;
      const start = await rowCounts(ds, kind);
      expect(start.get('tasks')).toBeGreaterThan(100);
      expect(start.get('task_transitions')).toBeGreaterThan(0);
      expect(start.get('users')).toBeGreaterThan(0);
      const total = (await ds.query('SELECT COUNT(*) AS n FROM migrations'))[0].n;
      const lost: string[] = [];
      for (let left = Number(total); left > 0; left--) {
        const before = await rowCounts(ds, kind);
        const [{ name }]: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
        await ds.undoLastMigration({ transaction: 'each' });
        for (const [table, n] of await rowCounts(ds, kind)) {
          if (before.has(table) && n !== before.get(table)) lost.push(`${name}: ${table} ${before.get(table)} → ${n}`);
        }
      }
      expect(lost).toEqual([]);
    },
    4 * E2E_TIMEOUT_MS,
  );
});
