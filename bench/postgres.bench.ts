/**
 * PostgreSQL benchmark (see bench/README.md, `npm run bench:pg`): a generated bureau in a
 * database of its own, the read routes against the SQL they run, one API process against two,
 * and the plans of the hot queries.
 *
 * Environment: BENCH_TASKS (100000), BENCH_DEPARTMENTS (200), BENCH_REPS (5), BENCH_N (10 requests
 * per latency block), BENCH_DURATION_MS (2000 per throughput round), BENCH_CLIENTS (8),
 * PG_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL, BENCH_KEEP=1 (keep the
 * database). Needs `npm run build` (the API processes run the compiled dist).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PasswordService } from '../src/org/password.service';
import { TaskStore } from '../src/tasks/task-store.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { bootBenchApp, startCompiled } from './lib/bench-app';
import { captureQueries, type CapturedQuery } from './lib/engine-harness';
import { generateBureau } from './lib/generate-bureau';
import { pgClient, type PgClient, scratchPostgres } from './lib/pg-scratch';
import { HttpLoad, type LoadClient, type Req } from './lib/http-load';
import { finishBench, type RatioRow, spread } from './lib/report';
import { ms, table } from './lib/stats';

const PASSWORD = 'bench-pass-123';
const TARGET_RAW_RATIO = 1.5;
const TARGET_SCALE_OUT = 1.6;
const T0 = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const median = (xs: number[]) => spread(xs).median;

const o = {
  tasks: num('BENCH_TASKS', 100_000),
  departments: num('BENCH_DEPARTMENTS', 200),
  reps: num('BENCH_REPS', 5),
  n: num('BENCH_N', 10),
  durationMs: num('BENCH_DURATION_MS', 2_000),
  clients: num('BENCH_CLIENTS', 8),
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  keep: process.env.BENCH_KEEP === '1',
};

async function login(base: string, loginName: string): Promise<string> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${loginName} → ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

async function getJson<T>(base: string, path: string, token: string): Promise<T> {
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** CPU time (ms, user + system) of a process so far, from /proc; 0 when it is not readable. */
function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line; after "pid (comm) " they are 12th and 13th.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** A hot query: what the app ran, named. */
interface Hot {
  name: string;
  queries: CapturedQuery[];
}

const touchesTasks = (q: CapturedQuery) => /^\s*SELECT/i.test(q.sql) && /"tasks"|\btasks\b/.test(q.sql);

async function timeRaw(pg: PgClient, queries: CapturedQuery[], n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    for (const q of queries) await pg.query(q.sql, q.params);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** A loopback port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function main(): Promise<RatioRow[]> {
  const scratch = await scratchPostgres('pg', o.keep);
  const { name: dbName, url } = scratch;
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-pg-'));
  const children: ChildProcess[] = [];
  let pg: PgClient | undefined;
  let load: HttpLoad | undefined;
  try {
    // ---- data, through the app booted in this process (migrations, catalogue) -------------
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: o.redisUrl, role: 'api', databaseUrl: url });
    const app = booted.app;
    const base = `http://127.0.0.1:${booted.port}`;
    const ds = app.get(DataSource);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const spec = {
      departments: o.departments,
      offices: 12,
      tasks: o.tasks,
      year: 2026,
      seed: 20260701,
      passwordHash: await app.get(PasswordService).hash(PASSWORD),
    };
    const bureau = await generateBureau(ds, spec, today);
    log(
      `database ${dbName}: ${bureau.departmentIds.length} departments, ${bureau.taskCount} tasks (${bureau.overdueOnToday} overdue on ${today}) in ${(bureau.ms / 1000).toFixed(1)} s`,
    );
    const leader = await login(base, bureau.leaderLogin);
    // The reviewer department of generated tasks is the second office; its head sees the review queue.
    const reviewer = await login(base, bureau.heads.get(bureau.departmentIds[1])!);

    // ---- the SQL each hot path runs ----------------------------------------------------------
    const overdueTotal = (await getJson<{ total: number }>(base, '/oversight/overdue', leader)).total;
    const deepPage = Math.max(1, Math.floor(overdueTotal / 20 / 2));
    const routes: { name: string; path: string; token: string }[] = [
      { name: 'GET /oversight/summary', path: '/oversight/summary', token: leader },
      { name: 'GET /oversight/overdue page 1', path: '/oversight/overdue', token: leader },
      { name: `GET /oversight/overdue page ${deepPage}`, path: `/oversight/overdue?page=${deepPage}`, token: leader },
      { name: 'GET /tasks page 1', path: '/tasks', token: leader },
      { name: 'GET /tasks/review-queue page 1', path: '/tasks/review-queue', token: reviewer },
    ];
    const hot: Hot[] = [];
    for (const r of routes) hot.push({ name: r.name, queries: (await captureQueries(ds, () => getJson(base, r.path, r.token))).queries.filter(touchesTasks) });
    const horizon = `${Number(today.slice(0, 4)) + 1}-01-31`;
    hot.push({ name: `daily run: open tasks due by ${horizon}`, queries: (await captureQueries(ds, () => app.get(TaskStore).openDueBy(horizon))).queries });
    const routeQueries = new Map<string, CapturedQuery[]>();
    for (const r of routes.slice(0, 3)) {
      routeQueries.set(
        r.name,
        (await captureQueries(ds, () => getJson(base, r.path, r.token))).queries.filter((q) => /^\s*SELECT/i.test(q.sql)),
      );
    }
    await app.close();

    // The raw SQL runs with the session settings of the app's own pool.
    pg = await pgClient(url, (dataSourceOptions(url) as { extra?: { options?: string } }).extra?.options);
    const pgc = pg;

    // ---- plans ----------------------------------------------------------------------------
    console.log('\nEXPLAIN (ANALYZE, BUFFERS) of the hot queries:');
    for (const h of hot) {
      for (const q of h.queries) {
        const plan = (await pgc.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params)).rows.map((r) => String(r['QUERY PLAN']));
        console.log(`\n--- ${h.name}\n${q.sql}\n${JSON.stringify(q.params)}\n${plan.join('\n')}`);
      }
    }

    // ---- parallel query on and off for the summary's statements ------------------------------
    const summarySql = routeQueries.get(routes[0].name)!;
    const parallel = { on: [] as number[], off: [] as number[] };
    for (let r = 0; r < o.reps; r++) {
      await pgc.query('SET max_parallel_workers_per_gather = 2');
      parallel.on.push(median(await timeRaw(pgc, summarySql, o.n)));
      await pgc.query('SET max_parallel_workers_per_gather = 0');
      parallel.off.push(median(await timeRaw(pgc, summarySql, o.n)));
    }
    await pgc.query('RESET max_parallel_workers_per_gather');

    // ---- two API processes on the same database ----------------------------------------------
    const env = { DATA_DIR: dataDir, DATABASE_URL: url, REDIS_URL: o.redisUrl, QUEUE_PREFIX: `bench-pg-${process.pid}`, DEMO: 'false' };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(await startCompiled('api', { ...env, PORT: String(port), HOST: '127.0.0.1', PROCESS_ROLE: 'api' }, 'listening on'));
    log(`API processes ${children.map((c) => c.pid).join(', ')} on ports ${ports.join(', ')}`);
    load = await HttpLoad.start(ports[0], dataDir);
    const ld = load;

    // ---- latency: each route against its own SQL and the trivial route, interleaved ----------
    const latency = new Map<string, { route: number[]; raw: number[]; trivial: number[] }>();
    const trivialReq: Req = { method: 'GET', path: '/users/me', token: leader };
    for (let r = 0; r < o.reps; r++) {
      for (const route of routes.slice(0, 3)) {
        const e = latency.get(route.name) ?? { route: [], raw: [], trivial: [] };
        e.route.push(median((await ld.latency({ method: 'GET', path: route.path, token: route.token }, o.n, r === 0 ? 5 : 1)).samples));
        e.raw.push(median(await timeRaw(pgc, routeQueries.get(route.name)!, o.n)));
        e.trivial.push(median((await ld.latency(trivialReq, o.n, 2)).samples));
        latency.set(route.name, e);
      }
    }

    // ---- throughput: one process vs two, interleaved rounds ----------------------------------
    const reads = routes.slice(0, 3).concat(routes[3]);
    const clients = (processes: number): LoadClient[] =>
      Array.from({ length: o.clients }, (_, i) => {
        const r = reads[i % reads.length];
        return { repeat: { method: 'GET', path: r.path, token: r.token, port: ports[i % processes] } };
      });
    const backends = async () =>
      (await pgc.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName])).rows.map((r) => Number(r.pid));
    const serverCpu = async () => children.reduce((s, c) => s + procCpuMs(c.pid!), 0) + (await backends()).reduce((s, p) => s + procCpuMs(p), 0);
    await ld.load(clients(2), 1_000); // warm-up: both processes, their pools open
    const tp = {
      one: [] as number[],
      two: [] as number[],
      oneCpu: [] as number[],
      twoCpu: [] as number[],
      oneClient: [] as number[],
      twoClient: [] as number[],
    };
    const tpRows: (string | number)[][] = [['round', 'processes', 'req/s', 'errors', 'server CPU ms', 'req per server-CPU-s', 'generator CPU ms']];
    for (let r = 0; r < o.reps; r++) {
      for (const processes of [1, 2] as const) {
        const c0 = await serverCpu();
        const res = await ld.load(clients(processes), o.durationMs);
        const cpu = (await serverCpu()) - c0;
        const side = processes === 1 ? 'one' : 'two';
        tp[side].push(res.reqPerSec);
        tp[`${side}Cpu`].push(cpu);
        tp[`${side}Client`].push(res.clientCpuMs);
        tpRows.push([
          r + 1,
          processes,
          res.reqPerSec.toFixed(0),
          res.errors,
          cpu.toFixed(0),
          ((res.ok + res.errors) / (cpu / 1000)).toFixed(0),
          res.clientCpuMs.toFixed(0),
        ]);
        if (res.errors) log(`errors: ${res.firstError}`);
      }
    }

    // ---- report ---------------------------------------------------------------------------
    const rows: RatioRow[] = [];
    const latRows: (string | number)[][] = [['route (p50 ms per block)', 'route', 'raw SQL', 'trivial', 'route / (raw + trivial)', 'route / raw']];
    for (const [name, e] of latency) {
      const ratio = e.route.map((v, i) => v / (e.raw[i] + e.trivial[i]));
      latRows.push([
        name,
        ms(median(e.route)),
        ms(median(e.raw)),
        ms(median(e.trivial)),
        spread(ratio).median.toFixed(2),
        (median(e.route) / median(e.raw)).toFixed(2),
      ]);
      rows.push({
        bench: 'pg',
        metric: `${name} p50 / (its SQL p50 + trivial p50)`,
        unit: 'ms',
        app: e.route,
        base: e.raw.map((v, i) => v + e.trivial[i]),
        ratio,
        target: `≤ ${TARGET_RAW_RATIO}`,
        pass: spread(ratio).median <= TARGET_RAW_RATIO,
      });
    }
    const scale = tp.two.map((v, i) => v / tp.one[i]);
    const perCpu = (side: 'one' | 'two') => tp[side].map((v, i) => (v * (o.durationMs / 1000)) / (tp[`${side}Cpu`][i] / 1000));
    const perCpuRatio = perCpu('two').map((v, i) => v / perCpu('one')[i]);
    rows.push({
      bench: 'pg',
      metric: 'read routes req/s, two API processes / one (higher is better)',
      unit: 'req/s',
      app: tp.two,
      base: tp.one,
      ratio: scale,
      appCpuMs: tp.twoCpu,
      baseCpuMs: tp.oneCpu,
      target: `≥ ${TARGET_SCALE_OUT}`,
      pass: spread(scale).median >= TARGET_SCALE_OUT,
    });
    rows.push({
      bench: 'pg',
      metric: 'read routes req per server-CPU-second, two processes / one (info)',
      unit: 'req/CPU-s',
      app: perCpu('two'),
      base: perCpu('one'),
      ratio: perCpuRatio,
      appCpuMs: tp.twoCpu,
      baseCpuMs: tp.oneCpu,
    });
    const parRatio = parallel.on.map((v, i) => v / parallel.off[i]);
    rows.push({
      bench: 'pg',
      metric: 'summary SQL p50, parallel query (2 workers) / off (info)',
      unit: 'ms',
      app: parallel.on,
      base: parallel.off,
      ratio: parRatio,
    });

    console.log(
      `\nFazhi Duban PostgreSQL benchmark — ${bureau.departmentIds.length} departments, ${bureau.taskCount} tasks, today ${today}, ${o.reps} interleaved repetitions\n`,
    );
    console.log(table(latRows));
    console.log('');
    console.log(table(tpRows));
    const s = (xs: number[]) => `${spread(xs).min.toFixed(2)} / ${spread(xs).median.toFixed(2)} / ${spread(xs).max.toFixed(2)}`;
    console.log(
      `\nload generator CPU per round: one process ${ms(median(tp.oneClient))} ms, two ${ms(median(tp.twoClient))} ms of ${o.durationMs} ms (2 cores in all)` +
        `\ntwo / one req/s (min / median / max): ${s(scale)}; per server-CPU-second: ${s(perCpuRatio)}` +
        `\nsummary SQL p50 with parallel query (2 workers) / without: ${s(parRatio)} (${ms(median(parallel.on))} vs ${ms(median(parallel.off))} ms)`,
    );
    for (const r of rows.filter((x) => x.target))
      console.log(`${r.metric}: median ${spread(r.ratio).median.toFixed(2)} (target ${r.target}) ${r.pass ? 'PASS' : 'MISS'}`);
    return rows;
  } finally {
    await load?.stop();
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await pg?.end();
    if (o.keep) log(`database ${dbName} kept`);
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

finishBench(main());
