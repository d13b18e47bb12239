import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Worker } from 'node:worker_threads';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The reader thread: its own read-only better-sqlite3 connection on the app's WAL file (it sees
 * every committed write), a small page cache (it scans, it does not need to keep pages), and one
 * statement at a time. Plain JavaScript evaluated by the Worker, so it runs the same under
 * ts-node, Jest and the compiled build.
 */
const READER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 10000 });
db.pragma('cache_size = -8000');
const statements = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = db.prepare(sql)));
    parentPort.postMessage({ id, rows: stmt.all(params) });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
});
`;

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (err: Error) => void;
}

/**
 * Heavy reads (a GROUP BY over every task) off the event loop. better-sqlite3 is synchronous:
 * on the main connection a 300 ms scan would stall every other request for 300 ms. On SQLite the
 * statement runs in a reader thread with its own read-only connection; on PostgreSQL (already
 * asynchronous, with a connection pool) and for an in-memory SQLite database (which no other
 * connection can open) it runs on the DataSource as any query does.
 *
 * Reads only, outside transactions: the reader sees what is committed, not the caller's open
 * transaction.
 */
@Injectable()
export class ReadPool implements OnModuleDestroy {
  private reader?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The raw rows of a select, like `qb.getRawMany()`. */
  rows<T extends ObjectLiteral>(qb: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    const file = this.sqliteFile();
    if (file === undefined) return qb.getRawMany<T>();
    const [sql, params] = qb.getQueryAndParameters();
    // Logged like any query of the DataSource (TypeORM's `logging`, the engine bench's capture).
    this.dataSource.logger.logQuery(sql, params);
    const id = this.nextId++;
    const reader = this.readerFor(file);
    return new Promise<T[]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      reader.postMessage({ id, sql, params: params.map(toSqliteParam) });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const reader = this.reader;
    this.reader = undefined;
    await reader?.terminate();
  }

  private sqliteFile(): string | undefined {
    const o = this.dataSource.options;
    if (o.type !== 'better-sqlite3') return undefined;
    const file = String(o.database);
    return file === ':memory:' || file === '' ? undefined : file;
  }

  private readerFor(file: string): Worker {
    if (this.reader) return this.reader;
    const reader = new Worker(READER_SOURCE, { eval: true, workerData: { file, driver: require.resolve('better-sqlite3') } });
    // Never keeps a process alive on its own (a test that forgets to close the app still exits).
    reader.unref();
    reader.on('message', (m: { id: number; rows?: unknown[]; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.rows ?? []);
    });
    // A crashed reader fails what it held; the next read starts a new one.
    const fail = (err: Error) => {
      if (this.reader === reader) this.reader = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    reader.on('error', fail);
    reader.on('exit', (code) => fail(new Error(`SQLite reader thread exited (${code})`)));
    this.reader = reader;
    return reader;
  }
}

/** better-sqlite3 refuses booleans as parameters; SQLite stores them as 0/1. */
function toSqliteParam(v: unknown): unknown {
  return typeof v === 'boolean' ? Number(v) : v;
}
