/**
 * List pages as the bureau grows (issue 15 point 3): every engine list route, its first page and a
 * deep one, by cursor (keyset paging) and by the legacy `?page=` (OFFSET, what every list did
 * before), against the trivial authenticated route `/users/me` measured in the same repetitions.
 * Target: any page ≤ 100 ms p50 at 1M tasks.
 *
 *   npm run bench:lists                              # sizes 10000,100000
 *   BENCH_SIZES=10000,100000,1000000 npm run bench:lists
 *   npm run bench:lists -- --strict                  # exit code 1 when a target is missed
 *
 * Optional environment: BENCH_SIZES, BENCH_REPS (5), BENCH_N (requests per series and repetition, 10),
 * BENCH_DEPARTMENTS (200), REDIS_URL.
 *
 * The deep page is the middle of each list: the bench asks once for it by `?page=` (an OFFSET
 * read) and continues from the `nextCursor` that page returns, so cursor and offset figures are
 * of the same rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/org/password.service';
import { Clock } from '../src/common/clock';
import { api, bootBenchApp } from './lib/bench-app';
import { PINNED_NOW } from './lib/engine-harness';
import { generateBureau } from './lib/generate-bureau';
import { HttpLoad, type Req } from './lib/http-load';
import { emitResults, spread, type RatioRow } from './lib/report';
import { latencyStats, ms, table } from './lib/stats';

const TARGET_MS = 100;
const PASSWORD = 'bench-pass-123';
const PAGE_SIZE = 20;
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const REPS = num('BENCH_REPS', 5);
const N = num('BENCH_N', 10);
const strict = process.argv.includes('--strict');

interface PageBody {
  items: unknown[];
  total: number | null;
  nextCursor: string | null;
}

/** The engine's list routes, as the user who reads them. */
const ROUTES: { path: string; as: 'leader' | 'admin' }[] = [
  { path: '/tasks', as: 'leader' },
  { path: '/tasks?sort=-dueOn', as: 'leader' },
  { path: '/tasks?sort=-updatedAt', as: 'leader' },
  { path: '/tasks?view=open', as: 'leader' },
  { path: '/oversight/overdue', as: 'leader' },
  { path: '/tasks/review-queue', as: 'leader' },
  { path: '/audit-events', as: 'admin' },
  { path: '/outbox', as: 'admin' },
  { path: '/notifications', as: 'leader' },
  { path: '/users', as: 'admin' },
  { path: '/plans', as: 'admin' },
];

const withQuery = (path: string, query: Record<string, string | number>) =>
  `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])))}`;

async function measureSize(tasks: number, rows: RatioRow[], log: (s: string) => void): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-lists-'));
  let app: NestExpressApplication | undefined;
  let load: HttpLoad | undefined;
  try {
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', role: 'api' });
    app = booted.app;
    const base = `http://127.0.0.1:${booted.port}`;
    const clock = app.get(Clock);
    clock.pin(PINNED_NOW);
    const passwordHash = await app.get(PasswordService).hash(PASSWORD);
    const bureau = await generateBureau(
      app.get(DataSource),
      { departments: num('BENCH_DEPARTMENTS', 200), offices: 12, tasks, year: 2026, seed: 20260701, passwordHash },
      clock.today(),
    );
    log(`[${tasks}] generated ${bureau.taskCount} tasks (${bureau.overdueOnToday} overdue) in ${(bureau.ms / 1000).toFixed(1)} s`);
    const login = async (name: string) => (await api<{ token: string }>(base, 'POST', '/auth/login', '', { login: name, password: PASSWORD })).token;
    const tokens = { leader: await login(bureau.leaderLogin), admin: await login('admin') };
    load = await HttpLoad.start(booted.port, dataDir);
    const trivial: Req = { method: 'GET', path: '/users/me', token: tokens.leader };

    // Each route's first page, its middle page by OFFSET, and the cursor that continues from there.
    const series = [];
    for (const r of ROUTES) {
      const token = tokens[r.as];
      const first = await api<PageBody>(base, 'GET', withQuery(r.path, { pageSize: PAGE_SIZE }), token);
      const middle = Math.max(1, Math.floor((first.total ?? 0) / PAGE_SIZE / 2));
      const offsetPath = withQuery(r.path, { pageSize: PAGE_SIZE, page: middle });
      const cursor = (await api<PageBody>(base, 'GET', offsetPath, token)).nextCursor;
      series.push({
        route: r.path,
        total: first.total ?? 0,
        middle,
        first: { method: 'GET', path: withQuery(r.path, { pageSize: PAGE_SIZE }), token } satisfies Req,
        deep: cursor ? ({ method: 'GET', path: withQuery(r.path, { pageSize: PAGE_SIZE, cursor }), token } satisfies Req) : undefined,
        offset: { method: 'GET', path: offsetPath, token } satisfies Req,
      });
    }

    // Interleaved repetitions: per route, trivial · first page · deep page by cursor · deep page by offset.
    const p50 = (samples: number[]) => latencyStats(samples).median;
    const results = series.map(() => ({
      trivial: [] as number[],
      first: [] as number[],
      deep: [] as number[],
      offset: [] as number[],
      all: { first: [] as number[], deep: [] as number[] },
    }));
    let errors = 0;
    for (let rep = 0; rep < REPS; rep++) {
      for (const [i, s] of series.entries()) {
        const out = results[i];
        const run = async (req: Req, n: number) => {
          const res = await load!.latency(req, n, rep === 0 ? 2 : 1);
          errors += res.errors;
          return res.samples;
        };
        out.trivial.push(p50(await run(trivial, N)));
        const first = await run(s.first, N);
        out.first.push(p50(first));
        out.all.first.push(...first);
        if (s.deep) {
          const deep = await run(s.deep, N);
          out.deep.push(p50(deep));
          out.all.deep.push(...deep);
        }
        // OFFSET pages take seconds at 1M: fewer of them.
        out.offset.push(p50(await run(s.offset, Math.max(2, Math.ceil(N / 5)))));
      }
    }
    if (errors) throw new Error(`${errors} requests failed`);

    const lines: (string | number)[][] = [
      ['route', 'rows', 'trivial p50', 'first p50 / p95', 'deep (cursor) p50 / p95', `deep (offset, page ${'≈'}middle) p50`],
    ];
    for (const [i, s] of series.entries()) {
      const out = results[i];
      const [f, d] = [latencyStats(out.all.first), latencyStats(out.all.deep)];
      lines.push([
        s.route,
        s.total,
        ms(spread(out.trivial).median),
        `${ms(f.median)} / ${ms(f.p95)}`,
        s.deep ? `${ms(d.median)} / ${ms(d.p95)}` : '(one page)',
        `${ms(spread(out.offset).median)} (page ${s.middle})`,
      ]);
      const row = (metric: string, app: number[], target: boolean): RatioRow => ({
        bench: 'lists',
        metric: `${tasks} tasks ${s.route} ${metric} p50 / trivial p50`,
        unit: 'ms',
        app,
        base: out.trivial,
        ratio: app.map((v, k) => v / out.trivial[k]),
        ...(target ? { target: `page p50 ≤ ${TARGET_MS} ms`, pass: spread(app).median <= TARGET_MS } : {}),
      });
      rows.push(row('first page', out.first, true));
      if (s.deep) rows.push(row('deep page (cursor)', out.deep, true));
      rows.push(row('deep page (offset, before)', out.offset, false));
    }
    log(`\n${tasks} tasks, ${REPS} interleaved repetitions × ${N} requests (pageSize ${PAGE_SIZE}), ms:\n${table(lines)}`);
  } finally {
    await load?.stop();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const log = (s: string) => console.log(s);
  const rows: RatioRow[] = [];
  for (const size of SIZES) await measureSize(size, rows, log);
  emitResults(rows);
  const missed = rows.filter((r) => r.pass === false);
  log(missed.length ? `MISSED (${missed.length}): ${missed.map((r) => r.metric).join('; ')}` : `every page ≤ ${TARGET_MS} ms p50`);
  process.exitCode = strict && missed.length ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
