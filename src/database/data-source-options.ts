import { Logger } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { ENTITIES } from './entities';
import { POSTGRES_MIGRATIONS } from '../../migrations/postgres';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite';

/**
 * TypeORM options for either database. The schema only ever comes from the migrations of the
 * matching dialect (generated from the entities by `npm run migration:generate`).
 */
export function dataSourceOptions(url: string, extra: { logging?: boolean } = {}): DataSourceOptions {
  if (url.startsWith('sqlite:')) {
    return {
      type: 'better-sqlite3',
      database: url.slice('sqlite:'.length),
      entities: ENTITIES,
      subscribers: [AuditSubscriber],
      migrations: SQLITE_MIGRATIONS,
      migrationsRun: false,
      synchronize: false,
      // WAL lets readers run while a writer commits; the driver itself turns foreign keys on.
      enableWAL: true,
      timeout: 10_000,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('synchronous = NORMAL');
      },
      logging: extra.logging ?? false,
    };
  }
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    subscribers: [AuditSubscriber],
    migrations: POSTGRES_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // Parallel query off: on the 2-core servers a bureau runs on, the workers of one summary take
    // the cores other requests need, and even alone it ran slower (100k tasks, bench:pg: summary
    // SQL median 1.13× and 1.47× the time with max_parallel_workers_per_gather = 2 than with 0).
    extra: { max: 10, options: '-c max_parallel_workers_per_gather=0' },
    // A connection dropped by the server (restart, pg_terminate_backend) raises 'error' on the pool:
    // logged, never fatal. The pool opens a new connection for the next query, and the work that
    // was interrupted is retried by its job.
    poolErrorHandler: (err: Error) => new Logger('Database').warn(`PostgreSQL connection lost (${err.message}); the pool reconnects`),
    logging: extra.logging ?? false,
  };
}
