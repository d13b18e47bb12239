import { DataSource } from 'typeorm';
import { POSTGRES_MIGRATIONS } from '../../migrations/postgres';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createScratchDatabase, DATABASES, type DatabaseKind, type ScratchDatabase } from './support/databases';
import { E2E_TIMEOUT_MS } from './support/test-app';

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
