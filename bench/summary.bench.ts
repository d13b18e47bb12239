import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { PasswordService } from '../src/org/password.service';
import { LATE_SQL, VIEW_CONDITIONS } from '../src/tasks/task-views';
import { bootBenchApp } from './lib/bench-app';
import { PASSWORD, PINNED_NOW } from './lib/engine-harness';
import { generateBureau } from './lib/generate-bureau';
import { Prober } from './lib/health-prober';
import { HttpLoad, type LoadClient, type Req } from './lib/http-load';
import { emitResults, spread, type RatioRow } from './lib/report';
import { latencyStats, ms, percentile, table } from './lib/stats';

/**
 * The leader's summary at scale (issue 15, items 2, 4, 7): the compiled server as production runs
 * it (`dist/src/main.js`, API role, its own process) on a generated bureau; see bench/README.md.
 */

const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 2_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
/** Sequential warm requests per repetition (and of the trivial route beside them). */
const WARM_N = Number(process.env.BENCH_N ?? 30);
/** How often a task changes during the "changing" series (each change makes the next summary cold). */
const CHANGE_EVERY_MS = 250;
/** The compiled app to measure: this checkout's by default, another checkout's `dist` for a before/after. */
const DIST = resolve(process.env.BENCH_DIST ?? join(__dirname, '..', 'dist'));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const STRICT = process.argv.includes('--strict');

interface SqliteDb {
  prepare(sql: string): { all(...p: unknown[]): unknown[]; run(...p: unknown[]): unknown; get(...p: unknown[]): unknown };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, options?: { readonly?: boolean }) => SqliteDb;

const median = (xs: number[]) => spread(xs).median;
const mb = (kb: number) => Math.round(kb / 102.4) / 10;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/** `VmRSS` / `VmHWM` (kB) of a process. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode})`);
    if (
      await fetch(`${base}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error('server did not answer within 120 s');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-summary-bench-'));
  const file = join(dataDir, 'fazhi.sqlite');
  let server: ChildProcess | undefined;
  let load: HttpLoad | undefined;
  let prober: Prober | undefined;
  try {
    // ---- data: the app of this checkout migrates the file, the generator fills it ------------
    const setup = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: REDIS_URL, role: 'api' });
    setup.app.get(Clock).pin(PINNED_NOW);
    const today = setup.app.get(Clock).today();
    const hash = await setup.app.get(PasswordService).hash(PASSWORD);
    const bureau = await generateBureau(
      setup.app.get(DataSource),
      { departments: 200, offices: 12, tasks: TASKS, year: 2026, seed: 20260701, passwordHash: hash },
      today,
    );
    await setup.app.close();
    console.log(`generated ${bureau.taskCount} tasks in ${(bureau.ms / 1000).toFixed(1)} s; server: ${DIST}`);

    // ---- the server, as `npm run start:api` runs it ---------------------------------------
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(DIST, 'src', 'main.js')], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DEMO: 'false',
        ADMIN_PASSWORD: PASSWORD,
        PASSWORD_HASH_MEMORY_KIB: '1024',
        LOG_LEVEL: 'error',
        QUEUE_PREFIX: `bench-summary-${process.pid}`,
        REDIS_URL,
        PROCESS_ROLE: 'api',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForServer(base, server);
    const pid = server.pid!;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: bureau.leaderLogin, password: PASSWORD }),
    });
    const token = ((await login.json()) as { token: string }).token;
    const summaryReq: Req = { method: 'GET', path: '/oversight/summary', token };
    const trivialReq: Req = { method: 'GET', path: '/users/me', token };
    load = await HttpLoad.start(port, dataDir);
    prober = Prober.start(dataDir);
    const first = await load.latency(summaryReq, 1, 0);
    if (first.errors) throw new Error(`summary failed: ${first.firstError}`);
    const restKb = memoryOf(pid).rss;

    // ---- baseline SQL: the two GROUP BYs the summary ran before this change ------------------
    const db = new Database(file);
    const yearPlans = (db.prepare('SELECT id FROM plans WHERE year = 2026').all() as { id: number }[]).map((p) => p.id);
    const groupBy = (column: string) =>
      db.prepare(
        `SELECT t.${column} AS id, COUNT(*) AS total, SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END) AS done, ` +
          `SUM(CASE WHEN ${LATE_SQL} THEN 1 ELSE 0 END) AS late, SUM(CASE WHEN ${VIEW_CONDITIONS.overdue.replace(':today', '@today')} THEN 1 ELSE 0 END) AS overdue, ` +
          `SUM(CASE WHEN t.status = 'na' THEN 1 ELSE 0 END) AS na, SUM(CASE WHEN t.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled ` +
          `FROM tasks t WHERE t.plan_id IN (${yearPlans.join(',')}) GROUP BY t.${column}`,
      );
    const rawStatements = [groupBy('department_id'), groupBy('work_point_id')];
    const raw = () => {
      const t0 = performance.now();
      for (const s of rawStatements) s.all({ today });
      return performance.now() - t0;
    };
    // A write through another connection, as a worker process's would be: the summary must count again.
    const someTask = (db.prepare('SELECT MIN(id) AS id FROM tasks').get() as { id: number }).id;
    const touch = db.prepare('UPDATE tasks SET updated_at = updated_at WHERE id = ?');
    const change = () => touch.run(someTask);

    // ---- interleaved repetitions ----------------------------------------------------------------
    const s = {
      cold: [] as number[],
      raw: [] as number[],
      warm: [] as number[],
      trivial: [] as number[],
      solo: [] as number[],
      hammered: [] as number[],
      changing: [] as number[],
      probesIdle: [] as number[],
      probesChanging: [] as number[],
      cpuSolo: [] as number[],
      cpuChanging: [] as number[],
    };
    let errors = 0;
    let firstError: string | undefined;
    const trivialRate = async (clients: LoadClient[]) => {
      const res = await load!.load(clients, ROUND_MS);
      // Counted, not fatal: a server stalled for seconds (the synchronous summary before this
      // change) has keep-alive connections reset under it.
      errors += res.errors;
      firstError ??= res.firstError;
      return (res.consumed[0] / res.elapsedMs) * 1000;
    };
    const withCpu = async <T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number }> => {
      const before = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const value = await fn();
      const after = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime + stime (fields 14 and 15 of stat, 11 and 12 after the command name), in clock ticks of 10 ms.
      const ticks = (f: string[]) => Number(f[11]) + Number(f[12]);
      return { value, cpuMs: (ticks(after) - ticks(before)) * 10 };
    };
    const p99 = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        99,
      );
    for (let r = 0; r < REPS; r++) {
      change();
      const cold = await load.latency(summaryReq, 1, 0);
      s.cold.push(cold.samples[0]);
      s.raw.push(raw());
      s.warm.push(latencyStats((await load.latency(summaryReq, WARM_N, 2)).samples).median);
      s.trivial.push(latencyStats((await load.latency(trivialReq, WARM_N, 2)).samples).median);

      let solo = 0;
      const idle = await prober.measure(port, async () => {
        const m = await withCpu(() => trivialRate([{ repeat: trivialReq }]));
        solo = m.value;
        s.cpuSolo.push(m.cpuMs);
      });
      s.solo.push(solo);
      s.probesIdle.push(p99(idle.samples));
      s.hammered.push(await trivialRate([{ repeat: trivialReq }, { repeat: summaryReq }]));
      let changing = 0;
      const timer = setInterval(change, CHANGE_EVERY_MS);
      const busy = await prober.measure(port, async () => {
        const m = await withCpu(() => trivialRate([{ repeat: trivialReq }, { repeat: summaryReq }]));
        changing = m.value;
        s.cpuChanging.push(m.cpuMs);
      });
      clearInterval(timer);
      s.changing.push(changing);
      s.probesChanging.push(p99(busy.samples));
      console.log(
        `rep ${r + 1}: cold ${ms(s.cold[r])} (raw ${ms(s.raw[r])}), warm p50 ${ms(s.warm[r])} (trivial ${ms(s.trivial[r])}); ` +
          `trivial req/s solo ${solo.toFixed(0)}, summary hammered ${s.hammered[r].toFixed(0)}, hammered + a change every ${CHANGE_EVERY_MS} ms ${changing.toFixed(0)}; ` +
          `/health/live p99 ${ms(s.probesIdle[r])} → ${ms(s.probesChanging[r])}`,
      );
    }

    // ---- memory: every client on the summary while the tasks keep changing ----------------------
    const timer = setInterval(change, CHANGE_EVERY_MS);
    const crowd = await load.load(
      Array.from({ length: CLIENTS }, (_, i) => ({ repeat: i % 2 ? summaryReq : trivialReq })),
      ROUND_MS * 2,
    );
    clearInterval(timer);
    errors += crowd.errors;
    firstError ??= crowd.firstError;
    if (errors) console.log(`${errors} failed requests under load (first: ${firstError})`);
    const peakKb = memoryOf(pid).hwm;
    db.close();

    const ratios = (app: number[], base: number[]) => app.map((a, i) => a / base[i]);
    const rows: RatioRow[] = [
      {
        bench: 'summary',
        metric: `summary cold ms (first after a change) / raw two GROUP BYs, ${TASKS} tasks`,
        unit: 'ms',
        app: s.cold,
        base: s.raw,
        ratio: ratios(s.cold, s.raw),
        target: 'cold ≤ 500 ms',
        pass: median(s.cold) <= 500,
      },
      {
        bench: 'summary',
        metric: `summary warm p50 / trivial p50, ${TASKS} tasks`,
        unit: 'ms',
        app: s.warm,
        base: s.trivial,
        ratio: ratios(s.warm, s.trivial),
        target: 'warm ≤ 150 ms',
        pass: median(s.warm) <= 150,
      },
      {
        bench: 'summary',
        metric: `trivial req/s while one client hammers the summary / solo (higher is better), ${TASKS} tasks`,
        unit: 'req/s',
        app: s.hammered,
        base: s.solo,
        ratio: ratios(s.hammered, s.solo),
        target: '≥ 0.70',
        pass: median(ratios(s.hammered, s.solo)) >= 0.7,
      },
      {
        bench: 'summary',
        metric: `trivial req/s while one client hammers the summary and a task changes every ${CHANGE_EVERY_MS} ms / solo (higher is better), ${TASKS} tasks`,
        unit: 'req/s',
        app: s.changing,
        base: s.solo,
        ratio: ratios(s.changing, s.solo),
        appCpuMs: s.cpuChanging,
        baseCpuMs: s.cpuSolo,
        target: '≥ 0.70',
        pass: median(ratios(s.changing, s.solo)) >= 0.7,
      },
      {
        bench: 'summary',
        metric: `/health/live p99 ms during the changing series / idle, ${TASKS} tasks`,
        unit: 'ms',
        app: s.probesChanging,
        base: s.probesIdle,
        ratio: ratios(s.probesChanging, s.probesIdle),
        target: 'p99 ≤ 50 ms',
        pass: median(s.probesChanging) <= 50,
      },
      {
        bench: 'summary',
        metric: `server peak RSS MB (${CLIENTS} clients: summary + trivial, tasks changing) / at rest, ${TASKS} tasks`,
        unit: 'MB',
        app: [mb(peakKb)],
        base: [mb(restKb)],
        ratio: [peakKb / restKb],
        target: '≤ 300 MB',
        pass: mb(peakKb) <= 300,
      },
    ];
    console.log(
      table([
        ['metric', 'app min / median / max', 'base min / median / max', 'ratio median', 'target', ''],
        ...rows.map((row) => {
          const f = (xs: number[]) => {
            const v = spread(xs);
            return `${ms(v.min)} / ${ms(v.median)} / ${ms(v.max)}`;
          };
          return [row.metric, f(row.app), f(row.base), spread(row.ratio).median.toFixed(2), row.target ?? '', row.pass ? 'PASS' : 'MISS'];
        }),
      ]),
    );
    emitResults(rows);
    if (STRICT && rows.some((row) => !row.pass)) process.exitCode = 1;
  } finally {
    prober?.stop();
    await load?.stop();
    server?.kill('SIGTERM');
    if (server && server.exitCode === null) await new Promise((r) => server!.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
