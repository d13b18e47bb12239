/**
 * The registers' lists at size (issue 15 point 3): the first page and a deep page (the middle of
 * the list) of 规范性文件, 检查对象名录库 and 整改台账 with BENCH_ROWS rows each, read by cursor,
 * against the trivial authenticated route, and the same deep page read the old way (`?page=N`,
 * OFFSET) beside it. Series interleave within each repetition, so load on the machine hits all
 * sides alike. Target: every page ≤ 100 ms p50.
 *
 *   npm run bench:registers                 # = npx ts-node --transpile-only bench/registers.bench.ts
 *   npm run bench:registers -- --strict     # exit code 1 when a target is missed
 *
 * Optional environment: BENCH_ROWS (100000 per register), BENCH_REPS (5), BENCH_N (30 requests per
 * series), BENCH_TASKS (20000 tasks the findings point at), REDIS_URL (redis://127.0.0.1:6379).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/org/password.service';
import { api, bootBenchApp } from './lib/bench-app';
import { generateBureau, sqliteConnection } from './lib/generate-bureau';
import { HttpLoad, type Req } from './lib/http-load';
import { finishBench, type RatioRow, spread } from './lib/report';
import { latencyStats, ms, table } from './lib/stats';

const PASSWORD = 'bench-registers-password';
const PAGE_SIZE = 20;
const TARGET_MS = 100;
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** One register's list: its path with the sort it is read in. */
const LISTS = [
  { name: 'documents', path: '/documents?sort=-publishedOn' },
  { name: 'inspection targets', path: '/inspections/targets?sort=name' },
  { name: 'findings', path: '/findings?sort=deadlineOn' },
  { name: 'findings status=open', path: '/findings?sort=deadlineOn&status=open' },
];

/**
 * BENCH_ROWS documents, inspection targets and findings in one transaction of INSERT … SELECT over
 * a counter; sort values repeat (days over ~11 years, names over a third of the rows), so ties
 * are common. Findings point at the generated tasks, so their status filter joins real rows.
 */
function seed(ds: DataSource, rows: number, departmentId: number, userId: number): void {
  const db = sqliteConnection(ds);
  const counter = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)';
  const day = (i: string) => `date('2015-01-01', '+' || ((${i} * 7919) % 4000) || ' days')`;
  const [{ first, count }] = db.prepare('SELECT MIN(id) AS first, COUNT(*) AS count FROM tasks').all() as { first: number; count: number }[];
  db.transaction(() => {
    db.prepare(
      `${counter} INSERT INTO normative_documents (doc_number, title, department_id, published_on, effective_on, validity_years, expires_on, filing_due_on) ` +
        `SELECT 'BENCH-' || i, '规范性文件' || i, ?, ${day('i')}, ${day('i')}, 5, date(${day('i')}, '+5 years'), ${day('i')} FROM n`,
    ).run(rows, departmentId);
    db.prepare(
      `${counter} INSERT INTO inspection_targets (name, category, area, risk_level) ` +
        `SELECT '检查对象' || printf('%06d', (i * 7919) % (? / 3 + 1)), CASE i % 3 WHEN 0 THEN 'school' WHEN 1 THEN 'training' ELSE 'kindergarten' END, '城关镇', 'medium' FROM n`,
    ).run(rows, rows);
    db.prepare(
      `${counter} INSERT INTO findings (code, source, found_on, year, description, department_id, deadline_on, plan_id, task_id, created_by_id) ` +
        `SELECT 'BENCH-' || i, 'oversight', ${day('i')}, 2026, '整改问题' || i, ?, date(${day('i')}, '+30 days'), -i, ? + (i % ?), ? FROM n`,
    ).run(rows, departmentId, first, count, userId);
  })();
}

interface Series {
  label: string;
  req: Req;
}

async function main(): Promise<RatioRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-registers-'));
  let app: NestExpressApplication | undefined;
  let load: HttpLoad | undefined;
  try {
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', role: 'api' });
    app = booted.app;
    const base = `http://127.0.0.1:${booted.port}`;
    const dataSource = app.get(DataSource);
    const rows = num('BENCH_ROWS', 100_000);
    const bureau = await generateBureau(
      dataSource,
      {
        departments: 20,
        offices: 6,
        tasks: num('BENCH_TASKS', 20_000),
        year: 2026,
        seed: 20261202,
        passwordHash: await app.get(PasswordService).hash(PASSWORD),
      },
      '2026-07-01',
    );
    const seeded = performance.now();
    seed(dataSource, rows, bureau.departmentIds[0], bureau.leaderId);
    console.log(`seeded ${rows} rows per register in ${Math.round(performance.now() - seeded)} ms (${bureau.taskCount} tasks)`);
    const { token } = await api<{ token: string }>(base, 'POST', '/auth/login', '', { login: 'admin', password: PASSWORD });
    const get = (path: string): Req => ({ method: 'GET', path, token });

    // A cursor in the middle of each list: the legacy `?page=` read answers with the cursor after it.
    const lists = await Promise.all(
      LISTS.map(async (l) => {
        const { total } = await api<{ total: number }>(base, 'GET', `${l.path}&pageSize=${PAGE_SIZE}`, token);
        const middle = Math.max(1, Math.floor(total / PAGE_SIZE / 2));
        const page = await api<{ nextCursor: string | null }>(base, 'GET', `${l.path}&pageSize=${PAGE_SIZE}&page=${middle}`, token);
        if (!page.nextCursor) throw new Error(`${l.name}: no cursor after page ${middle} of ${total} rows`);
        return {
          ...l,
          total,
          middle,
          first: get(`${l.path}&pageSize=${PAGE_SIZE}`),
          deep: get(`${l.path}&pageSize=${PAGE_SIZE}&cursor=${page.nextCursor}`),
          offset: get(`${l.path}&pageSize=${PAGE_SIZE}&page=${middle + 1}`),
        };
      }),
    );
    const series: Series[] = [
      { label: 'trivial', req: get('/users/me') },
      ...lists.flatMap((l) => [
        { label: `${l.name} first`, req: l.first },
        { label: `${l.name} deep cursor`, req: l.deep },
        { label: `${l.name} deep offset`, req: l.offset },
      ]),
    ];

    load = await HttpLoad.start(booted.port, dataDir);
    const n = num('BENCH_N', 30);
    const reps = num('BENCH_REPS', 5);
    const p50: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    for (let rep = 0; rep < reps; rep++) {
      for (const s of series) {
        const before = process.cpuUsage();
        const result = await load.latency(s.req, n, 3);
        const used = process.cpuUsage(before);
        if (result.errors || Object.keys(result.statuses).some((k) => k !== '200')) {
          throw new Error(`${s.label}: ${JSON.stringify(result.statuses)} ${result.firstError ?? ''}`);
        }
        (p50[s.label] ??= []).push(latencyStats(result.samples).median);
        // The server's CPU per request (the load generator runs in its own process), warm-up included.
        (cpu[s.label] ??= []).push((used.user + used.system) / 1000 / (n + 3));
      }
    }

    console.log(`\n${rows} rows per register, page size ${PAGE_SIZE}; ${reps} interleaved repetitions of ${n} requests`);
    for (const l of lists) console.log(`${l.name}: ${l.total} rows, deep = page ${l.middle + 1}`);
    const header = ['series', 'p50 min', 'p50 median', 'p50 max', 'server CPU ms/request (median)'];
    console.log(table([header, ...series.map((s) => [s.label, ...Object.values(spread(p50[s.label])).map(ms), ms(spread(cpu[s.label]).median)])]));

    const results: RatioRow[] = [];
    const row = (metric: string, app: string, baseline: string, target?: string): RatioRow => ({
      bench: 'registers',
      metric,
      unit: 'ms',
      app: p50[app],
      base: p50[baseline],
      ratio: p50[app].map((v, i) => v / p50[baseline][i]),
      appCpuMs: cpu[app],
      baseCpuMs: cpu[baseline],
      ...(target ? { target, pass: spread(p50[app]).median <= TARGET_MS } : {}),
    });
    for (const l of lists) {
      results.push(row(`${l.name} first page p50 / trivial p50`, `${l.name} first`, 'trivial', `page p50 ≤ ${TARGET_MS} ms`));
      results.push(row(`${l.name} deep page (cursor) p50 / trivial p50`, `${l.name} deep cursor`, 'trivial', `page p50 ≤ ${TARGET_MS} ms`));
      results.push(row(`${l.name} deep page: OFFSET p50 / cursor p50 (before / after)`, `${l.name} deep offset`, `${l.name} deep cursor`));
    }
    console.log('');
    for (const r of results) {
      const s = spread(r.ratio);
      const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  MISS';
      console.log(`${r.metric}: ${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)} (app median ${ms(spread(r.app).median)} ms)${verdict}`);
    }
    return results;
  } finally {
    await load?.stop();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

finishBench(main());
