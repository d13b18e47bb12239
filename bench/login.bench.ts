/**
 * Login answer times (npm run bench:login): a wrong password for a real account, an unknown
 * login, a delayed attempt (429) and a successful login, with the production argon2 cost
 * (PASSWORD_HASH_MEMORY_KIB default), on SQLite and the Redis at REDIS_URL. The first two should
 * be alike (no account discovery by timing); the 429 costs no hash at all.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { emitResults, spread } from './lib/report';
import { latencyStats, ms, table } from './lib/stats';

const SAMPLES = 40;
/** The two 401 cases are measured in this many interleaved blocks (wrong, unknown, wrong, …). */
const BLOCKS = 5;
const ADMIN_PASSWORD = 'bench-admin-123';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-login-bench-'));
  // Enough free failures that the 401 samples are never delayed; the 429 row makes its own delay.
  const free = 100;
  const config = loadConfig(
    {},
    {
      DATA_DIR: dataDir,
      DEMO: 'false',
      ADMIN_PASSWORD,
      LOG_LEVEL: 'error',
      QUEUE_PREFIX: `bench-login-${randomBytes(6).toString('hex')}`,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOGIN_FREE_FAILURES: String(free),
      LOGIN_ADDRESS_FREE_FAILURES: '10000',
    },
  );
  const app = await createApp(config, { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const attempt = async (login: string, password: string): Promise<[number, number]> => {
      const started = performance.now();
      const res = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      await res.arrayBuffer();
      return [performance.now() - started, res.status];
    };
    const sample = async (login: string, password: string, expected: number, n = SAMPLES): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const [t, status] = await attempt(login, password);
        if (status !== expected) throw new Error(`${login}: expected ${expected}, got ${status}`);
        times.push(t);
      }
      return times;
    };
    await sample('admin', ADMIN_PASSWORD, 200); // warm-up
    const wrong: number[][] = [];
    const unknown: number[][] = [];
    for (let b = 0; b < BLOCKS; b++) {
      wrong.push(await sample('admin', 'wrong-password', 401, SAMPLES / BLOCKS));
      unknown.push(await sample('nobody-here', 'wrong-password', 401, SAMPLES / BLOCKS));
    }
    const rows: [string, number[]][] = [
      ['wrong password, real account (401)', wrong.flat()],
      ['unknown login (401)', unknown.flat()],
    ];
    for (let i = 0; i < free; i++) await attempt('delayed-login', 'wrong-password');
    rows.push(['while delayed (429)', await sample('delayed-login', 'wrong-password', 429)]);
    rows.push(['correct password (200)', await sample('admin', ADMIN_PASSWORD, 200)]);
    console.log(`login answer times, ${SAMPLES} sequential requests each, argon2id memory ${config.PASSWORD_HASH_MEMORY_KIB} KiB`);
    console.log(
      table([
        ['case', 'median ms', 'p95 ms', 'min ms', 'max ms'],
        ...rows.map(([label, times]) => {
          const s = latencyStats(times);
          return [label, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)];
        }),
      ]),
    );
    // Alike means the unknown login's median within ±25 % of the real account's, block by block.
    const p50 = (xs: number[]) => latencyStats(xs).median;
    const ratio = unknown.map((u, i) => p50(u) / p50(wrong[i]));
    const alike = spread(ratio).median >= 0.8 && spread(ratio).median <= 1.25;
    emitResults([
      {
        bench: 'login',
        metric: 'unknown login p50 / wrong password p50',
        unit: 'ms',
        app: unknown.map(p50),
        base: wrong.map(p50),
        ratio,
        target: '0.8–1.25',
        pass: alike,
      },
    ]);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
