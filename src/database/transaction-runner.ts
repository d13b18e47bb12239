import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one way services open a transaction: they get the transaction's EntityManager and reach
 * their own tables through it (`m.getRepository(OwnEntity)`) or through another module's
 * repository method that accepts the manager. Services never hold the DataSource itself.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The manager outside any transaction, for repository methods that take an optional one. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
