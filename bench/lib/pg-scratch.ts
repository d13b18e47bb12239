/**
 * A PostgreSQL database of the bench's own on the server at PG_ADMIN_URL, and a plain client for
 * raw SQL beside the app's connections.
 */

export interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
// pg ships no types in this project (TypeORM loads it); only what the benches need.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require('pg') as { Client: new (o: { connectionString: string; options?: string }) => PgClient };

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `options`: server settings for the session, as the app's pool passes them (`-c name=value`). */
export async function pgClient(url: string, options?: string): Promise<PgClient> {
  const client = new Client({ connectionString: url, options });
  await client.connect();
  return client;
}

/** Creates `fazhi_bench_<tag>_<pid>`; `drop()` removes it (unless `keep`), whoever is connected. */
export async function scratchPostgres(tag: string, keep: boolean): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `fazhi_bench_${tag}_${process.pid}`;
  const admin = await pgClient(PG_ADMIN_URL);
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    drop: async () => {
      if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
