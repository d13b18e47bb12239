import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one way services open a transaction: they get the transaction's EntityManager and reach
 * their own tables through it (`m.getRepository(OwnEntity)`) or through another module's
 * repository method that accepts the manager. Services never hold the DataSource itself.
 *
 * On SQLite every query shares one connection, and a transaction that yields to the event loop
 * between chunks (a plan's bulk insert) would otherwise have another request's transaction open
 * a savepoint inside it and commit or roll back with it. So SQLite transactions take turns; a
 * transaction opened inside another one (same async context) joins it as before. PostgreSQL
 * gives each transaction its own connection and needs no turns.
 */
@Injectable()
export class TransactionRunner {
  private readonly inside = new AsyncLocalStorage<true>();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres' || this.inside.getStore()) return this.dataSource.transaction(work);
    const run = this.turn.then(() => this.inside.run(true, () => this.dataSource.transaction(work)));
    this.turn = run.catch(() => undefined);
    return run;
  }

  /** The manager outside any transaction, for repository methods that take an optional one. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
