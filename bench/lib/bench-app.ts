import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';

export interface BenchAppOptions {
  dataDir: string;
  adminPassword: string;
  redisUrl: string;
  /** `api` keeps the reminders worker out of the measured process. */
  role: 'api' | 'all';
}

/**
 * The real application as production builds it, on a fresh SQLite file in `dataDir` and its own
 * queue prefix, listening on an ephemeral loopback port.
 */
export async function bootBenchApp(o: BenchAppOptions): Promise<{ app: NestExpressApplication; port: number }> {
  const config = loadConfig(
    {},
    {
      DATA_DIR: o.dataDir,
      DEMO: 'false',
      ADMIN_PASSWORD: o.adminPassword,
      PASSWORD_HASH_MEMORY_KIB: '1024',
      LOG_LEVEL: 'error',
      QUEUE_PREFIX: `bench-${randomBytes(6).toString('hex')}`,
      REDIS_URL: o.redisUrl,
      PROCESS_ROLE: o.role,
    },
  );
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}
