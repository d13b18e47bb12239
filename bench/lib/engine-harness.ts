import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource, type Logger as OrmLogger } from 'typeorm';
import { PasswordService } from '../../src/org/password.service';
import { Clock } from '../../src/common/clock';
import { bootBenchApp } from './bench-app';
import { profile, type ProfileSummary } from './cpu-profile';
import { generateBureau, type GeneratedBureau } from './generate-bureau';
import { HttpLoad, mergeLoad, type LoadClient, type LoadResult, type Req } from './http-load';
import { type RatioRow } from './report';
import { latencyStats, ms, table, type LatencyStats } from './stats';

/**
 * The engine benchmark as a function: boots the real app on a temp SQLite file, generates the
 * bureau, measures over loopback HTTP, prints a report and returns the figures.
 */

export const PASSWORD = 'bench-pass-123';
export const PINNED_NOW = new Date('2026-07-01T02:00:00Z'); // 10:00 in Asia/Shanghai
export const TARGET_SUMMARY_RATIO = 1.5;
export const TARGET_TICKOFF_SHARE = 0.4;
const TICK_NOTE = '基准测试：已办结 #bench';

export interface EngineBenchOptions {
  label: string;
  tasks: number;
  departments: number;
  offices: number;
  /** Sequential requests per latency series. */
  n: number;
  warmup: number;
  /** Per throughput series, split over `rounds` interleaved rounds (trivial, tick-off, trivial, …). */
  durationMs: number;
  rounds: number;
  /** Latency series are measured in this many interleaved blocks (summary, raw SQL, trivial, …). */
  blocks: number;
  clients: number;
  /** `api` (default): HTTP only, the reminders worker does not run in the process being measured. */
  role: 'api' | 'all';
  profile: boolean;
  keepData: boolean;
  redisUrl: string;
}

export const DEFAULT_OPTIONS: EngineBenchOptions = {
  label: 'baseline',
  tasks: 100_000,
  departments: 200,
  offices: 12,
  n: 200,
  warmup: 20,
  durationMs: 5_000,
  rounds: 5,
  blocks: 5,
  clients: 20,
  role: 'api',
  profile: false,
  keepData: false,
  redisUrl: 'redis://127.0.0.1:6379',
};

export interface EngineBenchResult {
  label: string;
  bureau: Omit<GeneratedBureau, 'heads'>;
  summary: LatencyStats;
  rawSql: LatencyStats;
  rawSqlEach: LatencyStats[];
  rawSqlAll: LatencyStats;
  trivial: LatencyStats;
  trivialTp: LoadResult;
  tickTp: LoadResult;
  /** Server-process CPU time per request (µs) and CPU utilisation (CPU time / wall time) of each throughput series. */
  cpu: { trivialUsPerReq: number; tickUsPerReq: number; trivialUtil: number; tickUtil: number };
  summaryRatio: number;
  tickShare: number;
  errors: number;
  consistent: boolean;
  pass: { summary: boolean; tickoff: boolean; errors: boolean; all: boolean };
  queries: { route: number; aggregates: string[] };
  plans: string[][];
  transactions: { begins: number; nested: number; maxDepth: number; commits: number; rollbacks: number };
  profiles: { name: string; summary: ProfileSummary; requests: number }[];
  backgroundRows: Record<string, number>;
  /** The two target ratios per interleaved block / round, for the common runner. */
  rows: RatioRow[];
}

interface SqliteStmt {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface SqliteDb {
  prepare(sql: string): SqliteStmt;
  close(): void;
}
// better-sqlite3 ships no types in this project; only what the bench needs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDb;

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/** Records the SQL (and parameters) the app's DataSource runs while `fn` runs. */
export async function captureQueries<T>(ds: DataSource, fn: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const holder = ds as unknown as { logger: OrmLogger };
  const original = holder.logger;
  holder.logger = new Proxy(original, {
    get(target, prop, receiver) {
      if (prop === 'logQuery') {
        return (sql: string, params?: unknown[], runner?: unknown) => {
          queries.push({ sql, params: params ?? [] });
          return target.logQuery(sql, params, runner as never);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  try {
    return { result: await fn(), queries };
  } finally {
    holder.logger = original;
  }
}

/**
 * TypeORM's SQLite driver has one query runner for the whole process, and a transaction started
 * while another is open becomes a SAVEPOINT inside it. This counts real COMMITs against
 * transactions that ran nested inside another request's transaction.
 */
function instrumentTransactions(ds: DataSource) {
  const runner = ds.createQueryRunner() as unknown as {
    transactionDepth: number;
    startTransaction: (...a: unknown[]) => Promise<void>;
    commitTransaction: (...a: unknown[]) => Promise<void>;
    rollbackTransaction: (...a: unknown[]) => Promise<void>;
  };
  const stats = { begins: 0, nested: 0, maxDepth: 0, commits: 0, rollbacks: 0 };
  const start = runner.startTransaction;
  const commit = runner.commitTransaction;
  const rollback = runner.rollbackTransaction;
  runner.startTransaction = async function (...a) {
    await start.apply(runner, a);
    stats.begins++;
    if (runner.transactionDepth > 1) stats.nested++;
    stats.maxDepth = Math.max(stats.maxDepth, runner.transactionDepth);
  };
  runner.commitTransaction = async function (...a) {
    if (runner.transactionDepth === 1) stats.commits++;
    await commit.apply(runner, a);
  };
  runner.rollbackTransaction = async function (...a) {
    stats.rollbacks++;
    await rollback.apply(runner, a);
  };
  return {
    stats,
    reset: () => Object.assign(stats, { begins: 0, nested: 0, maxDepth: 0, commits: 0, rollbacks: 0 }),
    restore: () => Object.assign(runner, { startTransaction: start, commitTransaction: commit, rollbackTransaction: rollback }),
  };
}

async function postJson<T>(base: string, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

async function getJson<T>(base: string, path: string, token: string): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as T };
}

async function login(base: string, loginName: string): Promise<string> {
  const res = await postJson<{ token?: string }>(base, '/auth/login', { login: loginName, password: PASSWORD });
  if (res.status !== 200 || !res.body.token) throw new Error(`login of ${loginName} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

async function inBatches<T>(xs: T[], size: number, fn: (x: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < xs.length; i += size) await Promise.all(xs.slice(i, i + size).map(fn));
}

function timeSync(fn: () => void, n: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** n split into `parts` nearly equal positive chunks. */
const chunks = (n: number, parts: number) => Array.from({ length: parts }, (_, i) => Math.floor((n * (i + 1)) / parts) - Math.floor((n * i) / parts));

/** Data folders of runs in progress, for an emergency cleanup (see engine.bench.ts's time limit). */
export const activeDataDirs = new Set<string>();

export async function runEngineBench(o: EngineBenchOptions, log: (msg: string) => void): Promise<EngineBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  activeDataDirs.add(dataDir);
  let app: NestExpressApplication | undefined;
  let load: HttpLoad | undefined;
  let ro: SqliteDb | undefined;
  try {
    const booted = await bootBenchApp({ dataDir, adminPassword: PASSWORD, redisUrl: o.redisUrl, role: o.role });
    app = booted.app;
    const base = `http://127.0.0.1:${booted.port}`;
    const ds = app.get(DataSource);
    const clock = app.get(Clock);
    clock.pin(PINNED_NOW);
    const today = clock.today();
    log(`[${o.label}] app (${o.role}) listening on ${base}, data dir ${dataDir}, today pinned to ${today}`);

    // ---- data ---------------------------------------------------------------------------
    const passwordHash = await app.get(PasswordService).hash(PASSWORD);
    const bureau = await generateBureau(
      ds,
      { departments: o.departments, offices: o.offices, tasks: o.tasks, year: 2026, seed: 20260701, passwordHash },
      today,
    );
    log(
      `[${o.label}] generated ${bureau.departmentIds.length} departments, ${bureau.heads.size + 1} users, ${bureau.planIds.length} plans, ${bureau.taskCount} tasks ` +
        `(${Object.entries(bureau.statusCounts)
          .map(([k, v]) => `${k} ${((v / bureau.taskCount) * 100).toFixed(0)}%`)
          .join(', ')}; ` +
        `${bureau.overdueOnToday} overdue on ${today}) in ${(bureau.ms / 1000).toFixed(2)} s`,
    );

    // ---- tokens -------------------------------------------------------------------------
    const leaderToken = await login(base, bureau.leaderLogin);
    const headTokens = new Map<number, string>();
    await inBatches([...bureau.heads], 10, async ([dept, loginName]) => headTokens.set(dept, await login(base, loginName)));
    log(`[${o.label}] logged in the leader and ${headTokens.size} department heads`);

    // ---- sanity check of the route and capture of its SQL ---------------------------------
    type Summary = { today: string; byDepartment: { total: number; overdue: number }[]; byWorkPoint: { total: number }[] };
    const { result: first, queries } = await captureQueries(ds, () => getJson<Summary>(base, '/oversight/summary', leaderToken));
    if (first.status !== 200) throw new Error(`GET /oversight/summary → ${first.status} ${JSON.stringify(first.body)}`);
    const sumTotal = first.body.byDepartment.reduce((s, r) => s + r.total, 0);
    const sumOverdue = first.body.byDepartment.reduce((s, r) => s + r.overdue, 0);
    const wpTotal = first.body.byWorkPoint.reduce((s, r) => s + r.total, 0);
    if (sumTotal !== bureau.taskCount || wpTotal !== bureau.taskCount || sumOverdue !== bureau.overdueOnToday || first.body.today !== today) {
      throw new Error(
        `summary does not match the generated data: total ${sumTotal}/${wpTotal} vs ${bureau.taskCount}, overdue ${sumOverdue} vs ${bureau.overdueOnToday}, today ${first.body.today}`,
      );
    }
    const aggregates = queries.filter((q) => /GROUP BY/i.test(q.sql));
    if (aggregates.length === 0) throw new Error('no GROUP BY query seen while serving /oversight/summary');
    log(
      `[${o.label}] summary verified (${first.body.byDepartment.length} departments, ${first.body.byWorkPoint.length} work points); the route ran ${queries.length} queries, ${aggregates.length} GROUP BY`,
    );

    // ---- latency: summary, raw SQL, trivial — interleaved blocks ---------------------------
    load = await HttpLoad.start(booted.port, dataDir);
    ro = new Database(join(dataDir, 'fazhi.sqlite'), { readonly: true, fileMustExist: true });
    const roDb = ro;
    const aggStmts = aggregates.map((q) => ({ stmt: roDb.prepare(q.sql), params: q.params }));
    const readStmts = queries.filter((q) => /^\s*SELECT/i.test(q.sql)).map((q) => ({ stmt: roDb.prepare(q.sql), params: q.params }));
    const summaryReq: Req = { method: 'GET', path: '/oversight/summary', token: leaderToken };
    const trivialReq: Req = { method: 'GET', path: '/users/me', token: leaderToken };
    const summarySamples: number[] = [];
    const trivialSamples: number[] = [];
    const rawSamples: number[] = [];
    const blockMedians = { summary: [] as number[], base: [] as number[] };
    let latencyErrors = 0;
    let firstLatencyError: string | undefined;
    for (const [b, n] of chunks(o.n, o.blocks).entries()) {
      const warm = b === 0 ? o.warmup : 2;
      const sres = await load.latency(summaryReq, n, warm);
      const raw = timeSync(() => aggStmts.forEach((s) => s.stmt.all(...s.params)), n, warm);
      rawSamples.push(...raw);
      const tres = await load.latency(trivialReq, n, warm);
      blockMedians.summary.push(latencyStats(sres.samples).median);
      blockMedians.base.push(latencyStats(raw).median + latencyStats(tres.samples).median);
      summarySamples.push(...sres.samples);
      trivialSamples.push(...tres.samples);
      latencyErrors += sres.errors + tres.errors;
      firstLatencyError ??= sres.firstError ?? tres.firstError;
    }
    const rawEach = aggStmts.map((s) => latencyStats(timeSync(() => s.stmt.all(...s.params), Math.ceil(o.n / 4), 5)));
    const rawAll = latencyStats(timeSync(() => readStmts.forEach((s) => s.stmt.all(...s.params)), Math.ceil(o.n / 4), 5));
    const plans = aggregates.map((q) => (roDb.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail));
    log(`[${o.label}] latency series done (${latencyErrors} errors${firstLatencyError ? `: ${firstLatencyError}` : ''})`);

    // ---- throughput: trivial route vs tick-off — interleaved rounds -----------------------
    // Client c acts as the head of departments c, c+clients, …: the trivial route with the
    // first of them, the tick-off on the open tasks (no gate, no target count) of all of them,
    // round-robin over its departments; items that need review go to "submitted".
    const candidates = roDb
      .prepare(
        `SELECT id, department_id AS dept FROM tasks WHERE status = 'open' AND gate_task_ids = '[]' AND target_count IS NULL ORDER BY department_id, due_on, id`,
      )
      .all() as { id: number; dept: number }[];
    const byDept = new Map<number, number[]>();
    for (const c of candidates) {
      if (!byDept.has(c.dept)) byDept.set(c.dept, []);
      byDept.get(c.dept)!.push(c.id);
    }
    const clientDepts = Array.from({ length: o.clients }, (_, c) => bureau.departmentIds.filter((_, i) => i % o.clients === c));
    const trivialClients: LoadClient[] = clientDepts.map((ds0) => ({ repeat: { method: 'GET', path: '/users/me', token: headTokens.get(ds0[0])! } }));
    const tickQueues: Req[][] = clientDepts.map((depts) => {
      const lists = depts.map((d) => (byDept.get(d) ?? []).map((id) => ({ id, d })));
      const queue: Req[] = [];
      for (let k = 0; lists.some((l) => k < l.length); k++) {
        for (const l of lists)
          if (k < l.length) queue.push({ method: 'POST', path: `/tasks/${l[k].id}/complete`, token: headTokens.get(l[k].d)!, body: { note: TICK_NOTE } });
      }
      return queue;
    });
    const nextTickClients = (): LoadClient[] => tickQueues.map((q) => ({ queue: q }));
    const consume = (res: LoadResult) => res.consumed.forEach((k, i) => tickQueues[i].splice(0, k));
    const countOf = (sql: string, ...params: unknown[]) => (roDb.prepare(sql).get(...params) as { n: number }).n;
    const transitionsBefore = countOf(`SELECT COUNT(*) AS n FROM task_transitions`);

    const tx = instrumentTransactions(ds);
    // warm-up of both routes
    const warmMs = Math.min(1_000, o.durationMs / 5);
    await load.load(trivialClients, warmMs);
    const tickWarm = await load.load(nextTickClients(), warmMs);
    consume(tickWarm);
    tx.reset();

    const profiles: EngineBenchResult['profiles'] = [];
    const trivialParts: LoadResult[] = [];
    const tickParts: LoadResult[] = [];
    const cpu = { trivial: 0, tick: 0 };
    const roundCpu = { trivial: [] as number[], tick: [] as number[] };
    const measure = async (series: 'trivial' | 'tick', run: () => Promise<LoadResult>) => {
      const c0 = process.cpuUsage();
      // The last round's raw profile is kept in the temp folder for Chrome DevTools / speedscope.
      const out = o.profile ? await profile(run, join(tmpdir(), `fazhi-bench-${series}.cpuprofile`)) : { result: await run(), summary: undefined };
      const c = process.cpuUsage(c0);
      cpu[series] += (c.user + c.system) / 1000;
      roundCpu[series].push((c.user + c.system) / 1000);
      return out;
    };
    const perRound = o.durationMs / o.rounds;
    const profAcc = new Map<string, { parts: ProfileSummary[]; requests: number }>();
    const addProfile = (name: string, s: ProfileSummary | undefined, requests: number) => {
      if (!s) return;
      const e = profAcc.get(name) ?? { parts: [], requests: 0 };
      e.parts.push(s);
      e.requests += requests;
      profAcc.set(name, e);
    };
    for (let r = 0; r < o.rounds; r++) {
      const t = await measure('trivial', () => load!.load(trivialClients, perRound));
      trivialParts.push(t.result);
      addProfile('GET /users/me', t.summary, t.result.ok + t.result.errors);
      const k = await measure('tick', () => load!.load(nextTickClients(), perRound));
      consume(k.result);
      tickParts.push(k.result);
      addProfile('POST /tasks/:id/complete', k.summary, k.result.ok + k.result.errors);
    }
    const transactions = { ...tx.stats };
    tx.restore();
    for (const [name, e] of profAcc) profiles.push({ name, summary: mergeProfiles(e.parts), requests: e.requests });
    const trivialTp = mergeLoad(trivialParts);
    const tickTp = mergeLoad(tickParts);
    log(
      `[${o.label}] throughput: trivial ${trivialTp.reqPerSec.toFixed(0)} req/s (${trivialTp.errors} errors), tick-off ${tickTp.reqPerSec.toFixed(0)} req/s (${tickTp.errors} errors)`,
    );

    // Every 200 must be a committed change: the ticked tasks and their history rows are on disk.
    const ticked = countOf(`SELECT COUNT(*) AS n FROM tasks WHERE completion_note = ? AND status IN ('done', 'submitted')`, TICK_NOTE);
    const transitionsAdded = countOf(`SELECT COUNT(*) AS n FROM task_transitions`) - transitionsBefore;
    const expectedTicked = tickWarm.ok + tickTp.ok;
    const consistent = ticked === expectedTicked && transitionsAdded === expectedTicked;
    const backgroundRows: Record<string, number> = {};
    for (const t of ['outbox_messages', 'reminder_runs']) {
      try {
        backgroundRows[t] = countOf(`SELECT COUNT(*) AS n FROM ${t}`);
      } catch {
        /* table not in this version */
      }
    }

    const summary = latencyStats(summarySamples);
    const rawSql = latencyStats(rawSamples);
    const trivial = latencyStats(trivialSamples);
    const summaryRatio = summary.median / (rawSql.median + trivial.median);
    const tickShare = tickTp.reqPerSec / trivialTp.reqPerSec;
    const errors = latencyErrors + trivialTp.errors + tickTp.errors + tickWarm.errors;
    const pass = { summary: summaryRatio <= TARGET_SUMMARY_RATIO, tickoff: tickShare >= TARGET_TICKOFF_SHARE, errors: errors === 0 && consistent, all: false };
    pass.all = pass.summary && pass.tickoff && pass.errors;
    const { heads: _heads, ...bureauInfo } = bureau;
    const perRoundRatio = (a: number[], b: number[]) => a.map((v, i) => v / b[i]);
    const tickRps = tickParts.map((p) => p.reqPerSec);
    const trivialRps = trivialParts.map((p) => p.reqPerSec);
    const rows: RatioRow[] = [
      {
        bench: 'engine',
        metric: 'summary p50 / (raw SQL p50 + trivial p50)',
        unit: 'ms',
        app: blockMedians.summary,
        base: blockMedians.base,
        ratio: perRoundRatio(blockMedians.summary, blockMedians.base),
        target: `≤ ${TARGET_SUMMARY_RATIO}`,
        pass: pass.summary,
      },
      {
        bench: 'engine',
        metric: 'tick-off req/s / trivial req/s (higher is better)',
        unit: 'req/s',
        app: tickRps,
        base: trivialRps,
        ratio: perRoundRatio(tickRps, trivialRps),
        appCpuMs: roundCpu.tick,
        baseCpuMs: roundCpu.trivial,
        target: `≥ ${TARGET_TICKOFF_SHARE}`,
        pass: pass.tickoff,
      },
    ];
    const result: EngineBenchResult = {
      label: o.label,
      bureau: bureauInfo,
      summary,
      rawSql,
      rawSqlEach: rawEach,
      rawSqlAll: rawAll,
      trivial,
      trivialTp,
      tickTp,
      cpu: {
        trivialUsPerReq: (cpu.trivial * 1000) / Math.max(1, trivialTp.ok + trivialTp.errors),
        tickUsPerReq: (cpu.tick * 1000) / Math.max(1, tickTp.ok + tickTp.errors),
        trivialUtil: cpu.trivial / trivialTp.elapsedMs,
        tickUtil: cpu.tick / tickTp.elapsedMs,
      },
      summaryRatio,
      tickShare,
      errors,
      consistent,
      pass,
      queries: { route: queries.length, aggregates: aggregates.map((q) => q.sql) },
      plans,
      transactions,
      profiles,
      backgroundRows,
      rows,
    };
    printReport(result, o, today, {
      ticked,
      transitionsAdded,
      expectedTicked,
      warmOk: tickWarm.ok,
      firstError: firstLatencyError ?? tickTp.firstError ?? trivialTp.firstError,
    });
    return result;
  } finally {
    ro?.close();
    await load?.stop();
    await app?.close();
    if (o.keepData) log(`[${o.label}] data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
    activeDataDirs.delete(dataDir);
  }
}

function mergeProfiles(parts: ProfileSummary[]): ProfileSummary {
  const add = (key: 'byFunction' | 'byPackage') => {
    const m = new Map<string, number>();
    for (const p of parts) for (const x of p[key]) m.set(x.name, (m.get(x.name) ?? 0) + x.ms);
    return m;
  };
  const totalMs = parts.reduce((s, p) => s + p.totalMs, 0);
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([name, v]) => ({ name, ms: v, pct: totalMs ? (v / totalMs) * 100 : 0 }));
  return { totalMs, byFunction: top(add('byFunction')), byPackage: top(add('byPackage')) };
}

function groupColumn(sql: string): string {
  return /GROUP BY\s+"?\w+"?\."?(\w+)"?/i.exec(sql)?.[1] ?? '?';
}

function printReport(
  r: EngineBenchResult,
  o: EngineBenchOptions,
  today: string,
  tick: { ticked: number; transitionsAdded: number; expectedTicked: number; warmOk: number; firstError?: string },
): void {
  const row = (name: string, st: LatencyStats, errors = '—') => [name, st.n, ms(st.median), ms(st.p95), ms(st.min), ms(st.max), errors];
  const under = (x: LoadResult) => latencyStats(x.samples);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const out: string[] = [];
  out.push('');
  out.push(
    `Fazhi Duban engine benchmark [${r.label}] — ${r.bureau.departmentIds.length} departments, ${r.bureau.taskCount} tasks, SQLite (WAL), ` +
      `today ${today}, PROCESS_ROLE=${o.role}, node ${process.version}`,
  );
  out.push('');
  out.push(
    table([
      ['latency (ms)', 'n', 'median', 'p95', 'min', 'max', 'errors'],
      row('GET /oversight/summary (leader, HTTP)', r.summary, String(r.errors - r.trivialTp.errors - r.tickTp.errors)),
      row(`raw SQL: the ${r.queries.aggregates.length} GROUP BY queries`, r.rawSql),
      ...r.rawSqlEach.map((st, i) => row(`  GROUP BY ${groupColumn(r.queries.aggregates[i])} alone`, st)),
      row(`raw SQL: all ${r.queries.route} queries of the route (info)`, r.rawSqlAll),
      row('GET /users/me (trivial authenticated, HTTP)', r.trivial),
    ]),
  );
  out.push('');
  out.push(
    table([
      [
        `throughput (${o.clients} clients, ${(o.durationMs / 1000).toFixed(1)} s each, ${o.rounds} rounds)`,
        'requests',
        'req/s',
        'errors',
        'median ms',
        'p95 ms',
        'server CPU µs/req',
        'server CPU use',
      ],
      [
        'GET /users/me',
        r.trivialTp.ok + r.trivialTp.errors,
        r.trivialTp.reqPerSec.toFixed(0),
        r.trivialTp.errors,
        ms(under(r.trivialTp).median),
        ms(under(r.trivialTp).p95),
        r.cpu.trivialUsPerReq.toFixed(0),
        `${(r.cpu.trivialUtil * 100).toFixed(0)}%`,
      ],
      [
        'POST /tasks/:id/complete',
        r.tickTp.ok + r.tickTp.errors,
        r.tickTp.reqPerSec.toFixed(0),
        r.tickTp.errors,
        ms(under(r.tickTp).median),
        ms(under(r.tickTp).p95),
        r.cpu.tickUsPerReq.toFixed(0),
        `${(r.cpu.tickUtil * 100).toFixed(0)}%`,
      ],
    ]),
  );
  if (r.tickTp.exhausted) out.push(`note: ${r.tickTp.exhausted} tick-off clients ran out of open tasks before the end of a round`);
  if (tick.firstError) out.push(`first error: ${tick.firstError}`);
  out.push('');
  out.push(
    `tick-off check: ${tick.expectedTicked} × 200 (incl. ${tick.warmOk} in warm-up) → ${tick.ticked} tasks ticked and ${tick.transitionsAdded} history rows on disk ` +
      `(${r.consistent ? 'consistent' : 'MISMATCH'}); measured phase: ${r.transactions.begins} transactions, ${r.transactions.commits} COMMITs, ` +
      `${r.transactions.nested} nested inside another request's transaction (max depth ${r.transactions.maxDepth}), ${r.transactions.rollbacks} rollbacks`,
  );
  if (o.profile)
    out.push(`raw CPU profiles (last round): ${join(tmpdir(), 'fazhi-bench-trivial.cpuprofile')}, ${join(tmpdir(), 'fazhi-bench-tick.cpuprofile')}`);
  if (Object.keys(r.backgroundRows).length)
    out.push(
      `background rows at the end: ${Object.entries(r.backgroundRows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  out.push('');
  for (const p of r.profiles) {
    const per = (v: number) => ((v * 1000) / p.requests).toFixed(0);
    out.push(
      `CPU profile of the server thread, ${p.name}: ${p.summary.totalMs.toFixed(0)} ms sampled over ${p.requests} requests = ${per(p.summary.totalMs)} µs/request`,
    );
    out.push(
      '  by package (µs/request): ' +
        p.summary.byPackage
          .slice(0, 12)
          .map((x) => `${x.name} ${per(x.ms)}`)
          .join(', '),
    );
    out.push('  top functions by self time:');
    p.summary.byFunction.slice(0, 12).forEach((x) => out.push(`    ${per(x.ms).padStart(6)} µs/request  ${x.pct.toFixed(1).padStart(5)}%  ${x.name}`));
    out.push('');
  }
  out.push('query plans of the aggregates:');
  r.plans.forEach((p, i) => out.push(`  GROUP BY ${groupColumn(r.queries.aggregates[i])}: ${p.join(' | ')}`));
  out.push('');
  out.push(
    `summary median / (raw SQL median + trivial median) = ${ms(r.summary.median)} / (${ms(r.rawSql.median)} + ${ms(r.trivial.median)}) = ${r.summaryRatio.toFixed(2)}` +
      `  (target ≤ ${TARGET_SUMMARY_RATIO})  ${verdict(r.pass.summary)}`,
  );
  out.push(
    `tick-off req/s / trivial req/s = ${r.tickTp.reqPerSec.toFixed(0)} / ${r.trivialTp.reqPerSec.toFixed(0)} = ${r.tickShare.toFixed(2)}` +
      `  (target ≥ ${TARGET_TICKOFF_SHARE.toFixed(2)})  ${verdict(r.pass.tickoff)}`,
  );
  out.push(
    `(noise check: server CPU per request, trivial / tick-off = ${r.cpu.trivialUsPerReq.toFixed(0)} / ${r.cpu.tickUsPerReq.toFixed(0)} µs = ${(r.cpu.trivialUsPerReq / r.cpu.tickUsPerReq).toFixed(2)};` +
      ` the throughput ratio a CPU-bound single-threaded server would reach)`,
  );
  out.push(`errors = ${r.errors}${r.consistent ? '' : ' (tick-off responses and database disagree)'}  (target 0)  ${verdict(r.pass.errors)}`);
  out.push('');
  console.log(out.join('\n'));
}
