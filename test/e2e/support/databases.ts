import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

export type DatabaseKind = 'sqlite' | 'postgres';

/**
 * The databases the e2e suite runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * points at a server (e.g. postgres://postgres@127.0.0.1:5432/fazhi_test). Use with
 * `describe.each(DATABASES)('… (%s)', (db) => …)`; without the URL the PostgreSQL variant simply
 * does not exist (nothing is skipped).
 */
export const DATABASES: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export function postgresServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: PostgreSQL tests need a server, e.g. postgres://postgres@127.0.0.1:5432/fazhi_test');
  return url;
}

/** A fresh, empty database and how to get rid of it. */
export interface ScratchDatabase {
  kind: DatabaseKind;
  /** A DATABASE_URL the app understands (`sqlite:<file>` or `postgres://…`). */
  url: string;
  /** Drops the PostgreSQL database / removes the SQLite folder. Safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database: a SQLite file in `dir` (a new temp folder when omitted), or a new
 * PostgreSQL database `fazhi_e2e_<random>` on the server of TEST_DATABASE_URL.
 */
export async function createScratchDatabase(kind: DatabaseKind, dir?: string): Promise<ScratchDatabase> {
  if (kind === 'sqlite') {
    const folder = dir ?? mkdtempSync(join(tmpdir(), 'fazhi-db-'));
    let dropped = false;
    return {
      kind,
      url: `sqlite:${join(folder, 'fazhi.sqlite')}`,
      drop: async () => {
        if (dropped || dir) return; // a caller-owned folder is the caller's to remove
        dropped = true;
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const server = new URL(postgresServerUrl());
  const name = `fazhi_e2e_${randomBytes(6).toString('hex')}`;
  await withServer(server, (ds) => ds.query(`CREATE DATABASE "${name}"`));
  const target = new URL(server.toString());
  target.pathname = `/${name}`;
  let dropped = false;
  return {
    kind,
    url: target.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withServer(server, (ds) => ds.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Runs `fn` on a short-lived connection to the maintenance database of the PostgreSQL server. */
async function withServer<T>(server: URL, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ type: 'postgres', url: server.toString(), extra: { max: 1 } });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}
