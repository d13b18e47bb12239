/**
 * The daily reminder run at scale (issue 15 items 1, 7 and 9): for each size (BENCH_SIZES, default
 * 10,000 and 100,000 tasks; BENCH_TASKS=1000000 for one size) a generated bureau with a 分管 leader
 * supervising the offices and every tenth school and a 局长, so that thousands of overdue tasks
 * escalate. The server is started the way `npm start` starts it (scripts/start.js → the compiled
 * dist/src/main.js, PROCESS_ROLE=all: the API here, the job worker in its child process). Each
 * repetition, interleaved: the raw baseline (the run's read of the open tasks as one better-sqlite3
 * statement in this process), then the run itself through the production path (POST /reminder-runs
 * → BullMQ → the worker), timed until the run's row says finished, while a separate process probes
 * `/health/live` every 10 ms; the worker's peak RSS is the kernel's VmHWM, reset just before.
 *
 *   npm run bench:daily                            # builds dist/, then runs this file
 *   BENCH_TASKS=1000000 npm run bench:daily        # the 1M figure
 *   npm run bench:daily -- --strict                # exit code 1 when a target is missed
 *
 * Targets: the run's time per open task at the largest size within 1.5× of the smallest (linear);
 * ≤ 60 s at 1M; `/health/live` p99 ≤ 100 ms during the run; worker peak RSS ≤ 300 MB.
 * Optional environment: BENCH_SIZES, BENCH_TASKS, BENCH_REPS (5), BENCH_DEPARTMENTS (200), REDIS_URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { addDays } from '../src/common/dates';
import { PasswordService } from '../src/org/password.service';
import { DEFAULT_POLICY } from '../src/reminders/reminder-policy.entity';
import { ALERTABLE_SQL } from '../src/tasks/task.entity';
import { api, bootBenchApp } from './lib/bench-app';
import { generateBureau, sqliteConnection, sqliteDatetime } from './lib/generate-bureau';
import { Prober } from './lib/health-prober';
import { emitResults, type RatioRow, spread } from './lib/report';
import { percentile, table } from './lib/stats';

// better-sqlite3 ships no types in this project; only what the bench needs.
interface ReadOnlyDb {
  prepare(sql: string): { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => ReadOnlyDb;

const PASSWORD = 'bench-pass-123';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SIZES = (process.env.BENCH_TASKS ?? process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const DEPARTMENTS = Number(process.env.BENCH_DEPARTMENTS ?? 200);
const TARGET = { linearity: 1.5, runMsAt1M: 60_000, probeP99Ms: 100, rssMb: 300 };
const MB = 1024;

interface Rep {
  runMs: number;
  rawMs: number;
  runCpuMs: number;
  rawCpuMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  probes: number[];
  probeErrors: number;
  /** `/health/live` during one idle second just before the run: this repetition's baseline. */
  idleProbes: number[];
  /** CPU the API process used during the run (it should only answer the probes). */
  apiCpuMs: number;
}

interface SizeResult {
  tasks: number;
  openTasks: number;
  overdue: number;
  messages: number;
  notifications: number;
  outboxChars: number;
  reps: Rep[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A field of /proc/<pid>/status in MB. */
function procMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!line) throw new Error(`no ${field} for process ${pid}`);
  return Number(line[1]) / MB;
}

/** user + system CPU time of a process, ms (clock ticks of 10 ms). */
function procCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** `npm start` without the build: scripts/start.js on the bench's data, PROCESS_ROLE=all. */
async function startServer(
  dataDir: string,
  port: number,
  queuePrefix: string,
): Promise<{ server: ChildProcess; apiPid: number; workerPid: number; output: () => string }> {
  const server = spawn(process.execPath, [join(__dirname, '..', 'scripts', 'start.js')], {
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      DEMO: 'false',
      LOG_LEVEL: 'log',
      PROCESS_ROLE: 'all',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let listening = false;
  let workerUp = false;
  const take = (c: Buffer) => {
    const text = c.toString();
    listening ||= text.includes('listening on');
    workerUp ||= /\[worker\].*Worker started/.test(text);
    output = (output + text).slice(-20_000);
  };
  server.stdout!.on('data', take);
  server.stderr!.on('data', take);
  for (const deadline = Date.now() + 120_000; !(listening && workerUp);) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stopServer(server);
      throw new Error(`the server did not start (run npm run build first):\n${output.slice(-3000)}`);
    }
    await sleep(100);
  }
  // start.js → main.js (API) → main.js --role=worker
  const [main] = childrenOf(server.pid!);
  const workerPid = childrenOf(main).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--role=worker'));
  if (!workerPid) throw new Error('no worker child found under the API process');
  return { server, apiPid: main, workerPid, output: () => output };
}

/** SIGTERM to start.js (forwarded to the API, which stops its worker); SIGKILL to all of them after 30 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const family = [server.pid!, ...childrenOf(server.pid!).flatMap((main) => [main, ...childrenOf(main)])];
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = setTimeout(() => family.forEach((pid) => process.kill(pid, 'SIGKILL')), 30_000);
  await exited;
  clearTimeout(timer);
}

/** Removes the bench queue's keys from the shared Redis. */
async function dropQueue(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function measureSize(tasks: number, prober: Prober): Promise<SizeResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-daily-'));
  const queuePrefix = `bench-daily-${process.pid}-${tasks}`;
  let server: ChildProcess | undefined;
  let serverOutput = () => '';
  try {
    // Setup in this process: schema, catalogue, admin, the generated bureau.
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: REDIS_URL, role: 'api' });
    const ds = booted.app.get(DataSource);
    const today = booted.app.get(Clock).today();
    const passwordHash = await booted.app.get(PasswordService).hash(PASSWORD);
    const bureau = await generateBureau(
      ds,
      { departments: DEPARTMENTS, offices: 12, tasks, year: 2026, seed: 20261202, passwordHash, leaders: { bureauHead: true, supervisors: 0 } },
      today,
    );
    // Today's run counts as done, so the worker's catch-up sweep does not start one at boot.
    const stamp = sqliteDatetime(new Date());
    sqliteConnection(ds).prepare('INSERT INTO reminder_runs (run_date, started_at, finished_at) VALUES (?, ?, ?)').run(today, stamp, stamp);
    await booted.app.close();
    console.log(`${tasks} tasks generated in ${(bureau.ms / 1000).toFixed(1)} s (${bureau.overdueOnToday} overdue on ${today})`);

    const port = await freePort();
    const started = await startServer(dataDir, port, queuePrefix);
    server = started.server;
    serverOutput = started.output;
    const base = `http://127.0.0.1:${port}`;
    const { token } = await api<{ token: string }>(base, 'POST', '/auth/login', '', { login: 'admin', password: PASSWORD });

    const db = new Database(join(dataDir, 'fazhi.sqlite'), { readonly: true, fileMustExist: true });
    const horizon = addDays(today, Math.max(...DEFAULT_POLICY.daysBefore, 0) * 2 + 14);
    const raw = db.prepare(
      `SELECT t.id, t.title, t.due_on, t.department_id, t.work_point_id, t.assignee_id, t.schedule_text FROM tasks t WHERE ${ALERTABLE_SQL} AND t.due_on <= ?`,
    );
    const finishedAt = db.prepare('SELECT finished_at AS f FROM reminder_runs WHERE run_date = ?');
    const reps: Rep[] = [];
    let openTasks = 0;
    for (let i = 0; i < REPS; i++) {
      // Baseline: the same rows, one statement, no app.
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      openTasks = raw.all(horizon).length;
      const rawMs = performance.now() - t0;
      const rawCpu = process.cpuUsage(cpu0);

      const before = (finishedAt.get(today) as { f: string }).f;
      const rssBeforeMb = procMb(started.workerPid, 'VmRSS');
      writeFileSync(`/proc/${started.workerPid}/clear_refs`, '5');
      const idle = await prober.measure(port, () => sleep(1000));
      const workerCpu0 = procCpuMs(started.workerPid);
      const apiCpu0 = procCpuMs(started.apiPid);
      let runMs = 0;
      const probe = await prober.measure(port, async () => {
        const t1 = performance.now();
        await api(base, 'POST', '/reminder-runs', token);
        while ((finishedAt.get(today) as { f: string }).f === before) await sleep(20);
        runMs = performance.now() - t1;
      });
      reps.push({
        runMs,
        rawMs,
        runCpuMs: procCpuMs(started.workerPid) - workerCpu0,
        rawCpuMs: (rawCpu.user + rawCpu.system) / 1000,
        rssBeforeMb,
        rssPeakMb: procMb(started.workerPid, 'VmHWM'),
        probes: probe.samples,
        probeErrors: probe.errors,
        idleProbes: idle.samples,
        apiCpuMs: procCpuMs(started.apiPid) - apiCpu0,
      });
      const r = reps[reps.length - 1];
      const sorted = [...r.probes].sort((a, b) => a - b);
      console.log(
        `  rep ${i + 1}: run ${(runMs / 1000).toFixed(2)} s (worker CPU ${(r.runCpuMs / 1000).toFixed(2)} s, API CPU ${(r.apiCpuMs / 1000).toFixed(2)} s), raw read ${rawMs.toFixed(0)} ms, worker RSS ${rssBeforeMb.toFixed(0)} → peak ${r.rssPeakMb.toFixed(0)} MB, /health/live p50/p99/max ${percentile(sorted, 50).toFixed(1)}/${percentile(sorted, 99).toFixed(1)}/${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length} probes, ${r.probeErrors} errors; idle p99 ${percentile(
          [...r.idleProbes].sort((a, b) => a - b),
          99,
        ).toFixed(1)} ms)`,
      );
    }
    const counts = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM outbox_messages) AS messages, (SELECT COALESCE(SUM(LENGTH(text) + LENGTH(html)), 0) FROM outbox_messages) AS chars, (SELECT COUNT(*) FROM notifications) AS notifications`,
      )
      .get() as { messages: number; chars: number; notifications: number };
    db.close();
    return {
      tasks,
      openTasks,
      overdue: bureau.overdueOnToday,
      messages: counts.messages,
      notifications: counts.notifications,
      outboxChars: counts.chars,
      reps,
    };
  } finally {
    if (server) {
      // Failed or stalled jobs would distort the figures: show the server's warnings beside them.
      for (const line of serverOutput()
        .split('\n')
        .filter((l) => /"level":"(warn|error)"/.test(l)))
        console.log(`  server: ${line.slice(0, 300)}`);
      await stopServer(server);
    }
    await dropQueue(queuePrefix);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const fmt = (s: { min: number; median: number; max: number }, digits = 0) =>
  `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;

async function main(): Promise<void> {
  const probeDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-daily-probe-'));
  const prober = Prober.start(probeDir);
  const results: SizeResult[] = [];
  try {
    for (const size of SIZES) results.push(await measureSize(size, prober));
  } finally {
    prober.stop();
    rmSync(probeDir, { recursive: true, force: true });
  }

  const rows: RatioRow[] = [];
  const smallest = results[0];
  const perTask = (r: SizeResult, i: number) => r.reps[i].runMs / r.openTasks;
  console.log(
    table([
      [
        'tasks',
        'open',
        'messages',
        'notifications',
        'outbox chars',
        'run s min/med/max',
        'raw ms min/med/max',
        'µs per open task (med)',
        'probe p99 ms (max)',
        'RSS peak MB (max)',
      ],
      ...results.map((r) => {
        const probesP99 = r.reps.map((p) =>
          percentile(
            [...p.probes].sort((a, b) => a - b),
            99,
          ),
        );
        return [
          r.tasks,
          r.openTasks,
          r.messages,
          r.notifications,
          r.outboxChars,
          fmt(spread(r.reps.map((p) => p.runMs / 1000)), 2),
          fmt(spread(r.reps.map((p) => p.rawMs))),
          ((spread(r.reps.map((p) => p.runMs)).median / r.openTasks) * 1000).toFixed(1),
          Math.max(...probesP99).toFixed(1),
          Math.max(...r.reps.map((p) => p.rssPeakMb)).toFixed(0),
        ];
      }),
    ]),
  );
  for (const r of results) {
    const label = `${r.tasks / 1000}k tasks`;
    const runs = r.reps.map((p) => p.runMs);
    rows.push({
      bench: 'daily',
      metric: `${label}: daily run / raw read of its open tasks (time; target ≤ 60 s at 1M)`,
      unit: 'ms',
      app: runs,
      base: r.reps.map((p) => p.rawMs),
      ratio: r.reps.map((p) => p.runMs / p.rawMs),
      appCpuMs: r.reps.map((p) => p.runCpuMs),
      baseCpuMs: r.reps.map((p) => p.rawCpuMs),
      target: r.tasks >= 1_000_000 ? `run ≤ ${TARGET.runMsAt1M / 1000} s` : undefined,
      pass: r.tasks >= 1_000_000 ? spread(runs).median <= TARGET.runMsAt1M : undefined,
    });
    const p99 = r.reps.map((p) =>
      percentile(
        [...p.probes].sort((a, b) => a - b),
        99,
      ),
    );
    const idleP99 = r.reps.map((p) =>
      percentile(
        [...p.idleProbes].sort((a, b) => a - b),
        99,
      ),
    );
    rows.push({
      bench: 'daily',
      metric: `${label}: /health/live p99 during the run (PROCESS_ROLE=all) / idle p99 just before it`,
      unit: 'ms',
      app: p99,
      base: idleP99,
      ratio: p99.map((v, i) => v / idleP99[i]),
      target: `p99 ≤ ${TARGET.probeP99Ms} ms`,
      pass: spread(p99).median <= TARGET.probeP99Ms,
    });
    const peaks = r.reps.map((p) => p.rssPeakMb);
    rows.push({
      bench: 'daily',
      metric: `${label}: worker peak RSS during the run / at rest before it`,
      unit: 'MB',
      app: peaks,
      base: r.reps.map((p) => p.rssBeforeMb),
      ratio: r.reps.map((p) => p.rssPeakMb / p.rssBeforeMb),
      target: `peak ≤ ${TARGET.rssMb} MB`,
      pass: Math.max(...peaks) <= TARGET.rssMb,
    });
    if (r !== smallest) {
      rows.push({
        bench: 'daily',
        metric: `linearity: run time per open task at ${label} / at ${smallest.tasks / 1000}k`,
        unit: 'µs/task',
        app: r.reps.map((_, i) => perTask(r, i) * 1000),
        base: smallest.reps.map((_, i) => perTask(smallest, i) * 1000),
        ratio: r.reps.map((_, i) => perTask(r, i) / perTask(smallest, i)),
        target: `≤ ${TARGET.linearity}`,
        pass: spread(r.reps.map((_, i) => perTask(r, i) / perTask(smallest, i))).median <= TARGET.linearity,
      });
    }
  }
  for (const row of rows) {
    console.log(
      `${row.pass === undefined ? '     ' : row.pass ? 'PASS ' : 'MISS '} ${row.metric}: ratio min/med/max ${fmt(spread(row.ratio), 2)}${row.target ? ` (target ${row.target})` : ''}`,
    );
  }
  emitResults(rows);
  if (process.argv.includes('--strict') && rows.some((r) => r.pass === false)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
