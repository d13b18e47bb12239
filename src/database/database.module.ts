import { Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, InjectConfig } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';
import { ReadPool } from './read-pool';
import { TransactionRunner } from './transaction-runner';

const SCHEMA_WAIT_MS = 120_000;

/**
 * Worker-only processes never migrate (several starting at once would race): they wait until an
 * API process has brought the schema to the latest migration.
 */
@Injectable()
class SchemaGate implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.PROCESS_ROLE !== 'worker') return;
    const deadline = Date.now() + SCHEMA_WAIT_MS;
    while (await this.dataSource.showMigrations()) {
      if (Date.now() > deadline) throw new Error('Database schema is not at the latest migration: start an API process (it migrates) first');
      this.logger.log('Waiting for an API process to apply the migrations…');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

/** Opens the database; API processes bring its schema to the latest migration before serving. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL), migrationsRun: config.PROCESS_ROLE !== 'worker' }),
    }),
  ],
  providers: [SchemaGate, TransactionRunner, ReadPool],
  exports: [TransactionRunner, ReadPool],
})
export class DatabaseModule {}
