import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadCatalogueFile } from '../../src/catalog/catalogue-file';
import { createApp } from '../../src/app.factory';
import { type AppConfig, loadConfig } from '../../src/config/app-config';

export interface BenchAppOptions {
  dataDir: string;
  adminPassword: string;
  redisUrl: string;
  /** `api` keeps the reminders worker out of the measured process. */
  role: 'api' | 'all';
  /** A PostgreSQL database instead of the SQLite file in `dataDir`. */
  databaseUrl?: string;
}

/**
 * The real application as production builds it, on a fresh SQLite file in `dataDir` (or the
 * PostgreSQL database at `databaseUrl`) and its own
 * queue prefix, listening on an ephemeral loopback port.
 */
export async function bootBenchApp(o: BenchAppOptions): Promise<{ app: NestExpressApplication; port: number; config: AppConfig }> {
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
      ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
    },
  );
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port, config };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { nodeFlags } = require('../../scripts/node-flags') as { nodeFlags(argv: string[]): string[] };

/**
 * The compiled app as `npm run start:<role>` runs it (`dist/src/main.js --role=<role>` with the
 * role's V8 flags) with only `env` (and PATH); resolves once its output shows `ready`.
 */
export async function startCompiled(role: 'api' | 'worker', env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeFlags([`--role=${role}`]), join(__dirname, '..', '..', 'dist', 'src', 'main.js'), `--role=${role}`], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the ${role} process did not start (run npm run build first):\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

/** One JSON API call; throws on an error status. */
export async function api<T>(base: string, method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Every role the catalogue names, mapped onto the generated offices so plans can be built. */
export async function mapRoles(base: string, token: string, offices: number[]): Promise<void> {
  const roles = new Set<string>();
  for (const item of loadCatalogueFile().workPoints.flatMap((wp) => wp.templates.flatMap((tpl) => tpl.items))) {
    [item.lead, ...(item.support ?? []), item.reviewerRole ?? 'legal'].filter((r) => r !== 'schools').forEach((r) => roles.add(r));
  }
  let i = 0;
  for (const role of roles) await api(base, 'PUT', `/department-roles/${role}`, token, { departmentId: offices[i++ % offices.length] });
}
