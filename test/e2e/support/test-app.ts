import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Redis } from 'ioredis';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../../../src/app.factory';
import { type AppConfig, loadConfig } from '../../../src/config/app-config';
import { createScratchDatabase, type DatabaseKind, type ScratchDatabase } from './databases';

/** Booting runs every migration and hashes the admin password: give hooks and tests room. */
export const E2E_TIMEOUT_MS = 60_000;
jest.setTimeout(E2E_TIMEOUT_MS);

/** A shutdown hook that hangs must fail the suite, not keep the test run alive forever. */
const CLOSE_TIMEOUT_MS = 20_000;

export const ADMIN_LOGIN = 'admin';
export const ADMIN_PASSWORD = 'admin-pass-123';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Requests that carry one user's bearer token. */
export interface AuthedClient {
  get(path: string): request.Test;
  post(path: string): request.Test;
  put(path: string): request.Test;
  patch(path: string): request.Test;
  delete(path: string): request.Test;
  /** For table-driven tests: `client.request(row.method, row.path)`. */
  request(method: HttpMethod, path: string): request.Test;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: DatabaseKind;
  /** Unauthenticated requests: `t.http.get('/health')`. */
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  /** Logs in through the API and returns the token; fails the test unless the login succeeds. */
  login(login: string, password: string): Promise<string>;
  as(token: string): AuthedClient;
  /** Token of the first admin account (login `admin`, password ADMIN_PASSWORD). */
  adminToken: string;
  /** Closes the app, drops the PostgreSQL database and removes the temp DATA_DIR. */
  close(): Promise<void>;
}

export interface BootOptions {
  db?: DatabaseKind;
  /** Extra or overriding configuration variables (e.g. `{ LOGIN_FREE_FAILURES: '3' }`). */
  env?: Record<string, string>;
  /**
   * Leave ADMIN_PASSWORD unset, so the first admin gets a generated password (saved in
   * DATA_DIR/admin-password.txt) that must be changed; `adminToken` is then empty.
   */
  generatedAdminPassword?: boolean;
  /** Where the app's JSON log lines go (with `env: { LOG_LEVEL: 'log' }` to see requests). */
  logStream?: DestinationStream;
}

/**
 * Boots the real application (createApp, as production does) on a fresh database: a SQLite file
 * in a temp DATA_DIR, or a new PostgreSQL database on the server of TEST_DATABASE_URL. It listens
 * on an ephemeral loopback port so tests may send requests concurrently.
 */
export async function bootTestApp(options: BootOptions = {}): Promise<TestApp> {
  const db = options.db ?? 'sqlite';
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
  let scratch: ScratchDatabase | undefined;
  let app: NestExpressApplication | undefined;
  const queuePrefix = `test-${randomBytes(6).toString('hex')}`;
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const cleanup = async () => {
    try {
      if (app) await closeWithin(app, CLOSE_TIMEOUT_MS);
      // Leave nothing in the shared Redis (unless a test chose its own prefix to share it).
      if (!options.env?.QUEUE_PREFIX && !options.env?.REDIS_URL) await deleteKeys(redisUrl, queuePrefix);
    } finally {
      try {
        await scratch?.drop();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  };
  try {
    scratch = db === 'postgres' ? await createScratchDatabase('postgres') : undefined;
    const config = loadConfig(
      {},
      {
        DATA_DIR: dataDir,
        DEMO: 'false',
        ADMIN_PASSWORD: options.generatedAdminPassword ? '' : ADMIN_PASSWORD,
        PASSWORD_HASH_MEMORY_KIB: '1024',
        QUEUE_PREFIX: queuePrefix,
        REDIS_URL: redisUrl,
        LOG_LEVEL: 'error',
        ...(scratch ? { DATABASE_URL: scratch.url } : {}),
        ...options.env,
      },
    );
    app = await createApp(config, { logger: false, logStream: options.logStream });
    await app.init();
    await app.listen(0, '127.0.0.1');
    const http = request(app.getHttpServer());
    const as = (token: string): AuthedClient => {
      const send = (method: HttpMethod, path: string) => http[method](path).set('Authorization', `Bearer ${token}`);
      return {
        get: (path) => send('get', path),
        post: (path) => send('post', path),
        put: (path) => send('put', path),
        patch: (path) => send('patch', path),
        delete: (path) => send('delete', path),
        request: send,
      };
    };
    const login = async (loginName: string, password: string): Promise<string> => {
      const res = await http.post('/auth/login').send({ login: loginName, password });
      if (res.status !== 200 || typeof res.body?.token !== 'string') {
        throw new Error(`login of "${loginName}" failed: ${res.status} ${JSON.stringify(res.body)}`);
      }
      return res.body.token as string;
    };
    return {
      app,
      config,
      db,
      http,
      dataSource: app.get(DataSource),
      login,
      as,
      adminToken: options.generatedAdminPassword ? '' : await login(ADMIN_LOGIN, ADMIN_PASSWORD),
      close: cleanup,
    };
  } catch (err) {
    await cleanup().catch(() => undefined);
    throw err;
  }
}

/** Removes every key under a prefix (for tests that chose their own QUEUE_PREFIX). */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for (let cursor = '0'; ;) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      if ((cursor = next) === '0') break;
    }
  } finally {
    redis.disconnect();
  }
}

async function closeWithin(app: NestExpressApplication, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`app.close() did not finish within ${ms / 1000} s: a shutdown hook hangs`)), ms);
  });
  try {
    await Promise.race([app.close(), hung]);
  } finally {
    clearTimeout(timer);
  }
}
