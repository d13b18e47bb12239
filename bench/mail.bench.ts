/**
 * Mail benchmark: the daily reminder run of a large bureau, end to end through BullMQ (real
 * Redis), the outbox and the app's pooled nodemailer transport, into a local SMTP sink — against
 * raw nodemailer pushing the same messages into the same sink, interleaved over repetitions.
 *
 *   npm run bench:mail            # or: npx ts-node --transpile-only bench/mail.bench.ts
 *   npm run bench:mail -- --strict   # exit code 1 when a target is missed (2 on a crash)
 *
 * Data: 2,000 departments with one head each and 5 open tasks per department (10,000 tasks), all
 * due or overdue in the reminder sense on the pinned day (overdue 2, 5 and 11 working days, due
 * today, due in 3 working days), written with raw SQL through the app's own DataSource; a bureau
 * head and 8 deputy heads each supervising 250 departments, so the run escalates: tasks ≥ 3
 * working days overdue reach their supervisor, ≥ 10 the bureau head. One digest per head and per
 * leader: 2,009 messages (the leaders' digests are long: 500 and 2,000 escalated tasks).
 *
 * Each repetition measures both sides, in alternating order (app first, then raw first, …):
 *   app  — from enqueueing a daily-run job to the last message accepted by the sink (the run's
 *          planning, rendering and outbox writes included); before it, the run's rows (outbox,
 *          notifications, the run record) are deleted so that every repetition does the same work;
 *   raw  — nodemailer with the app's pool settings (pool, maxConnections 5, maxMessages 500; one
 *          transport kept warm across repetitions, as the app keeps its own), every message
 *          handed over at once, to the last accepted; the messages are the app's outbox rows.
 * CPU per side: this process's user + system time over the phase — the app (its worker runs in
 * this process), the sink and the raw client all run here, so the sink's share is in both sides;
 * the Redis server's CPU (the app side only) is not counted.
 * Targets: app ≥ 60 % of raw messages/s as the median of the repetitions; 0 duplicates; 0 lost.
 *
 * Knobs (optional): BENCH_REPS (5), BENCH_DEPARTMENTS (2000), BENCH_TASKS_PER_DEPT (5),
 * BENCH_SUPERVISORS (8), REDIS_URL, BENCH_WORKER_CONCURRENCY (the app default, 10),
 * BENCH_PROFILE=1 (CPU profiles of one more repetition of each side, not counted; the raw
 * `.cpuprofile` files are kept in the data dir with BENCH_KEEP=1), BENCH_KEEP=1 (keep the
 * data dir).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { BUILTIN_ARRANGEMENTS } from '../src/calendar/builtin-arrangements';
import { WorkingDayCalendar } from '../src/calendar/working-day-calendar';
import { Clock } from '../src/common/clock';
import { loadConfig } from '../src/config/app-config';
import { OutboxMessage } from '../src/mail/outbox-message.entity';
import { JobQueue } from '../src/queue/job-queue';
import { ReminderRun } from '../src/reminders/reminder-run.entity';
import { profile } from './lib/cpu-profile';
import { insertLeaders, sqliteConnection, sqliteDatetime, sqliteSink } from './lib/generate-bureau';
import { emitResults, spread, type RatioRow } from './lib/report';
import { table } from './lib/stats';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const REPS = env('BENCH_REPS', 5);
const DEPARTMENTS = env('BENCH_DEPARTMENTS', 2_000);
const TASKS_PER_DEPT = env('BENCH_TASKS_PER_DEPT', 5);
const SUPERVISORS = env('BENCH_SUPERVISORS', 8);
const WORKER_CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const STRICT = process.argv.includes('--strict');
/** BENCH_PROFILE=1: CPU-profile one more repetition of each side and print where the time goes. */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Wednesday: no weekly summary; 2026-07 has no holiday nearby. */
const TODAY = '2026-07-01';
const HARD_LIMIT_MS = 20 * 60_000;
/** Waiting for the last message of a phase. */
const PHASE_LIMIT_MS = 180_000;
const TARGET_RATIO = 0.6;
/** The app's transport settings (src/mail/mail-transport.ts). */
const POOL = { pool: true, maxConnections: 5, maxMessages: 500 } as const;

const log = (msg: string) => console.log(`[bench:mail] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/** An SMTP server on loopback that counts what it accepts by X-Fazhi-Message (or recipient). */
class CountingSink {
  readonly counts = new Map<string, number>();
  accepted = 0;
  lastAcceptedAt = 0;
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      hideSTARTTLS: true,
      authOptional: true,
      logger: false,
      closeTimeout: 200,
      maxClients: 100,
      onData: (stream, session, callback) => {
        let head = '';
        stream.on('data', (c: Buffer) => {
          if (head.length < 8192 && !head.includes('\r\n\r\n')) head += c.toString('latin1');
        });
        stream.on('end', () => {
          const key = /^X-Fazhi-Message:\s*(.+?)\r?$/im.exec(head)?.[1] ?? `rcpt:${session.envelope.rcptTo.map((r) => r.address).join(',')}`;
          this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
          this.accepted += 1;
          this.lastAcceptedAt = performance.now();
          callback(null, 'Queued');
        });
      },
    });
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  reset(): void {
    this.counts.clear();
    this.accepted = 0;
    this.lastAcceptedAt = 0;
  }

  /** Distinct expected keys received, duplicates (extra copies) and lost (never received). */
  tally(expected: Iterable<string>): { distinct: number; duplicates: number; lost: number; unexpected: number } {
    const want = new Set(expected);
    let distinct = 0;
    let duplicates = 0;
    let unexpected = 0;
    for (const [key, n] of this.counts) {
      if (!want.has(key)) {
        unexpected += n;
        continue;
      }
      distinct += 1;
      duplicates += n - 1;
    }
    return { distinct, duplicates, lost: want.size - distinct, unexpected };
  }

  async waitFor(expected: Set<string>, limitMs: number): Promise<boolean> {
    const deadline = performance.now() + limitMs;
    while (performance.now() < deadline) {
      if (this.accepted >= expected.size && this.tally(expected).distinct === expected.size) return true;
      await sleep(20);
    }
    return false;
  }

  /** Open client connections (diagnostics). */
  get connections(): number {
    return (this.server as unknown as { connections: Set<unknown> }).connections.size;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

interface Generated {
  recipients: number;
  tasks: number;
  ms: number;
}

/**
 * Departments with a head each and `perDept` open tasks each — all within the reminder windows
 * on TODAY — and the leaders, in one SQLite transaction of prepared statements on the app's
 * connection.
 */
async function generate(ds: DataSource, departments: number, perDept: number, supervisors: number): Promise<Generated> {
  const t0 = performance.now();
  const db = sqliteConnection(ds);
  const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);
  // Overdue 2 (reminded), 5 (to the supervisor) and 11 working days (to the bureau head as well),
  // due today, due in 3 working days (then round again).
  const offsets = [-2, -5, -11, 0, 3];
  const dues = offsets.map((n) => calendar.addWorkingDays(TODAY, n));
  const item = db
    .prepare(
      `SELECT ti.id, t.work_point_id, ti.title FROM template_items ti JOIN checklist_templates t ON t.id = ti.template_id WHERE t.kind = 'annual' ORDER BY ti.id LIMIT 1`,
    )
    .get() as { id: number; work_point_id: number; title: string } | undefined;
  if (!item) throw new Error('the catalogue was not loaded at boot');
  const now = sqliteDatetime(new Date());
  const departmentIds: number[] = [];
  let tasks = 0;
  db.transaction(() => {
    const plan = Number(
      db
        .prepare(
          `INSERT INTO plans (kind, unique_key, year, template_id, reference, title, anchors, settings, created_by_id, created_at) VALUES ('annual', 'annual:2026', 2026, NULL, '', '2026年度法治政府建设工作清单（邮件基准）', '{}', '{}', NULL, ?)`,
        )
        .run(now).lastInsertRowid,
    );
    const insDept = db.prepare(`INSERT INTO departments (code, name, kind, parent_id, active, created_at, updated_at) VALUES (?, ?, ?, NULL, 1, ?, ?)`);
    const insUser = db.prepare(
      `INSERT INTO users (login, name, email, role, department_id, is_bureau_head, title, active, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, 'head', ?, 0, ?, 1, 'bench-no-login', ?, ?)`,
    );
    const insTask = db.prepare(
      `INSERT INTO tasks (plan_id, template_item_id, work_point_id, department_id, period_key, period_label, title, description, basis, evidence_hint,
         schedule_text, due_on, status, needs_review, reviewer_department_id, target_count, target_unit, activity_count, gate_task_ids, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', ?, ?, 'open', 0, NULL, NULL, '', 0, '[]', ?, ?)`,
    );
    for (let d = 0; d < departments; d++) {
      const school = d >= 12;
      const name = school ? `第${d - 11}学校` : `第${d + 1}股`;
      const dept = Number(insDept.run(`mail-${d + 1}`, name, school ? 'school' : 'office', now, now).lastInsertRowid);
      departmentIds.push(dept);
      const login = `mhead${d + 1}`;
      insUser.run(login, `${name}负责人`, `${login}@bench.local`, dept, school ? '校长' : '股长', now, now);
      for (let k = 0; k < perDept; k++) {
        const due = dues[k % dues.length];
        insTask.run(
          plan,
          item.id,
          item.work_point_id,
          dept,
          `2026-M${k + 1}`,
          `第${k + 1}期`,
          `${item.title}（${k + 1}）`,
          `${due.slice(5, 7)}月${due.slice(8)}日前`,
          due,
          now,
          now,
        );
        tasks += 1;
      }
    }
  })();
  await insertLeaders(sqliteSink(ds), departmentIds, { bureauHead: true, supervisors }, 'bench-no-login');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { recipients: departments + 1 + supervisors, tasks, ms: performance.now() - t0 };
}

interface Phase {
  ms: number;
  cpuMs: number;
  distinct: number;
  duplicates: number;
  lost: number;
}

interface AppPhase extends Phase {
  /** Enqueue → the run recorded as finished (planning, rendering, outbox and notification writes). */
  runMs: number;
  sentInOutbox: number;
}

interface Rep {
  app: AppPhase;
  raw: Phase;
  /** App messages/s ÷ raw messages/s (= raw ms ÷ app ms: same messages). */
  ratio: number;
}

interface Result {
  messages: number;
  maxBytes: number;
  totalBytes: number;
  reps: Rep[];
  pass: boolean;
}

/** `fn`, CPU-profiled into `file` (summary printed) when a file is given. */
async function profiled<T>(side: string, fn: () => Promise<T>, file?: string): Promise<T> {
  if (!file) return fn();
  const { result, summary } = await profile(fn, file);
  log(`CPU profile of a ${side} repetition: ${fmt(summary.totalMs)} ms sampled (${file})`);
  for (const p of summary.byPackage.slice(0, 14)) log(`  ${p.name.padEnd(40)} ${fmt(p.ms).padStart(6)} ms  ${fmt(p.pct, 1)} %`);
  for (const f of summary.byFunction.slice(0, 24)) log(`  ${f.name.slice(0, 90).padEnd(90)} ${fmt(f.ms).padStart(6)} ms`);
  return result;
}

/** The app's side: the daily run from a clean day to the last message accepted. */
async function appPhase(app: NestExpressApplication, sink: CountingSink, expected: Set<string>, profileTo?: string): Promise<AppPhase> {
  const ds = app.get(DataSource);
  const clock = app.get(Clock);
  // Before 08:30 nothing starts a run by itself while the day's rows are cleared.
  clock.pin(new Date(`${TODAY}T07:00:00+08:00`));
  await ds.query('DELETE FROM notifications');
  await ds.query('DELETE FROM outbox_messages');
  await ds.query('DELETE FROM reminder_runs WHERE run_date = ?', [TODAY]);
  sink.reset();
  clock.pin(new Date(`${TODAY}T09:00:00+08:00`));
  const runs = ds.getRepository(ReminderRun);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  if (!(await app.get(JobQueue).add('daily-run', {}))) throw new Error('could not enqueue the daily run (Redis?)');
  let runDoneAt = 0;
  const watchRun = (async () => {
    while (!runDoneAt && performance.now() - t0 < PHASE_LIMIT_MS) {
      if ((await runs.findOneBy({ runDate: TODAY }))?.finishedAt) runDoneAt = performance.now();
      else await sleep(20);
    }
  })();
  const complete = await profiled('app', () => sink.waitFor(expected, PHASE_LIMIT_MS), profileTo);
  const cpu = cpuMs(cpu0);
  const end = sink.lastAcceptedAt;
  await watchRun;
  if (!complete) throw new Error(`app: only ${sink.tally(expected).distinct} of ${expected.size} messages within ${PHASE_LIMIT_MS / 1000} s`);
  // Settled: nothing left to run in the queue and every row sent, so a duplicate would have arrived.
  await queueSettled(app);
  const sentInOutbox = await ds.getRepository(OutboxMessage).countBy({ status: 'sent' });
  const tally = sink.tally(expected);
  return { ms: end - t0, cpuMs: cpu, runMs: runDoneAt - t0, sentInOutbox, ...tally };
}

async function queueSettled(app: NestExpressApplication): Promise<void> {
  const queue = app.get(JobQueue).bullQueue;
  for (const deadline = performance.now() + PHASE_LIMIT_MS; performance.now() < deadline; await sleep(50)) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return;
  }
  throw new Error('the queue did not settle');
}

/** The baseline: the same messages through raw nodemailer, all handed over at once. */
async function rawPhase(transport: Transporter, sink: CountingSink, rows: OutboxMessage[], from: string, rep: number, profileTo?: string): Promise<Phase> {
  sink.reset();
  const keys = rows.map((r) => `raw-${rep}-${r.idempotencyKey}`);
  const expected = new Set(keys);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sends = rows.map((r, i) =>
    transport.sendMail({ from, to: r.toAddress, subject: r.subject, text: r.text, html: r.html, headers: { 'X-Fazhi-Message': keys[i] } }).then(
      () => null,
      (err: Error) => err.message,
    ),
  );
  const complete = await profiled('raw', () => sink.waitFor(expected, PHASE_LIMIT_MS), profileTo);
  const cpu = cpuMs(cpu0);
  const end = sink.lastAcceptedAt;
  const errors = (await Promise.all(sends)).filter((e) => e !== null);
  if (!complete) throw new Error(`raw: only ${sink.tally(expected).distinct} of ${expected.size} messages (${errors.length} errors: ${errors[0]})`);
  return { ms: end - t0, cpuMs: cpu, ...sink.tally(expected) };
}

async function run(): Promise<Result> {
  const sink = new CountingSink();
  await sink.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-mail-'));
  let app: NestExpressApplication | undefined;
  let transport: Transporter | undefined;
  const prefix = `bench-mail-${randomBytes(4).toString('hex')}`;
  try {
    const config = loadConfig(
      {},
      {
        DATA_DIR: dataDir,
        DEMO: 'false',
        ADMIN_PASSWORD: 'bench-admin-123',
        PASSWORD_HASH_MEMORY_KIB: '1024',
        QUEUE_PREFIX: prefix,
        REDIS_URL,
        LOG_LEVEL: 'error',
        SMTP_URL: sink.url,
        MAIL_RETRY_BASE_MS: '200',
        PUBLIC_BASE_URL: 'https://fazhi.example.gov.cn',
        ...(WORKER_CONCURRENCY ? { WORKER_CONCURRENCY } : {}),
      },
    );
    log(`booting the app (SQLite in ${dataDir}, Redis ${REDIS_URL}, prefix ${prefix}, worker concurrency ${config.WORKER_CONCURRENCY})`);
    app = await createApp(config, { logger: false });
    await app.init();
    // Before 08:30: the sweep does not start the run on its own while the data is written.
    app.get(Clock).pin(new Date(`${TODAY}T07:00:00+08:00`));
    const ds = app.get(DataSource);
    const gen = await generate(ds, DEPARTMENTS, TASKS_PER_DEPT, SUPERVISORS);
    log(
      `generated ${fmt(DEPARTMENTS)} departments/heads, a bureau head and ${SUPERVISORS} deputies, ${fmt(gen.tasks)} due-or-overdue tasks in ${fmt(gen.ms)} ms`,
    );

    // Warm-up (not counted): one app run, whose outbox rows are the messages of every repetition,
    // and the raw transport's pool opened with as many messages.
    await sleep(500); // let the boot sweep settle
    const recipients = (await ds.query(`SELECT id FROM users WHERE role IN ('head', 'leader')`)) as { id: number }[];
    const expected = new Set(recipients.map((u) => `digest-${u.id}-${TODAY}`));
    const warm = await appPhase(app, sink, expected);
    const rows = await ds.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
    if (rows.length !== gen.recipients) throw new Error(`the run wrote ${rows.length} messages, expected ${gen.recipients} (one per head and leader)`);
    const bytes = rows.map((r) => Buffer.byteLength(r.text) + Buffer.byteLength(r.html));
    log(
      `warm-up run: ${rows.length} messages (${fmt(bytes.reduce((a, b) => a + b, 0) / 1e6, 1)} MB of text + HTML, the largest ${fmt(Math.max(...bytes) / 1e3)} kB), ${fmt(warm.ms)} ms`,
    );
    transport = nodemailer.createTransport({ url: sink.url, ...POOL });
    await rawPhase(transport, sink, rows, config.MAIL_FROM, -1);

    const reps: Rep[] = [];
    for (let i = 0; i < REPS; i++) {
      // Alternate the order, so that whatever drifts during a pair weighs on both sides alike.
      let appSide: AppPhase;
      let rawSide: Phase;
      if (i % 2 === 0) {
        appSide = await appPhase(app, sink, expected);
        rawSide = await rawPhase(transport, sink, rows, config.MAIL_FROM, i);
      } else {
        rawSide = await rawPhase(transport, sink, rows, config.MAIL_FROM, i);
        appSide = await appPhase(app, sink, expected);
      }
      const rep = { app: appSide, raw: rawSide, ratio: rawSide.ms / appSide.ms };
      reps.push(rep);
      log(
        `rep ${i + 1}/${REPS}: app ${fmt(appSide.ms)} ms (run ${fmt(appSide.runMs)} ms, CPU ${fmt(appSide.cpuMs)} ms), raw ${fmt(rawSide.ms)} ms (CPU ${fmt(rawSide.cpuMs)} ms): ${fmt(rep.ratio * 100, 1)} %`,
      );
    }
    if (PROFILE) {
      await appPhase(app, sink, expected, join(dataDir, 'app.cpuprofile'));
      await rawPhase(transport, sink, rows, config.MAIL_FROM, REPS, join(dataDir, 'raw.cpuprofile'));
    }

    const ok = reps.every((r) => r.app.duplicates === 0 && r.app.lost === 0 && r.app.sentInOutbox === rows.length);
    // Leave Redis as found: the queue's jobs and schedulers under this prefix.
    await app
      .get(JobQueue)
      .bullQueue.obliterate({ force: true })
      .catch(() => undefined);
    return {
      messages: rows.length,
      maxBytes: Math.max(...bytes),
      totalBytes: bytes.reduce((a, b) => a + b, 0),
      reps,
      pass: ok && spread(reps.map((r) => r.ratio)).median >= TARGET_RATIO,
    };
  } finally {
    transport?.close();
    await app?.close().catch(() => undefined);
    await sink.close();
    if (process.env.BENCH_KEEP === '1') log(`data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(r: Result): void {
  const rate = (p: Phase) => (r.messages / p.ms) * 1000;
  const rows: (string | number)[][] = [['rep', 'app ms', 'run ms', 'app msg/s', 'app CPU ms', 'raw ms', 'raw msg/s', 'raw CPU ms', 'app/raw', 'dup/lost']];
  r.reps.forEach((x, i) =>
    rows.push([
      i + 1,
      fmt(x.app.ms),
      fmt(x.app.runMs),
      fmt(rate(x.app)),
      fmt(x.app.cpuMs),
      fmt(x.raw.ms),
      fmt(rate(x.raw)),
      fmt(x.raw.cpuMs),
      `${fmt(x.ratio * 100, 1)}%`,
      `${x.app.duplicates}/${x.app.lost}`,
    ]),
  );
  const s = (f: (x: Rep) => number, d = 0, pct = false) => {
    const v = spread(r.reps.map(f));
    const show = (n: number) => (pct ? `${fmt(n * 100, 1)}%` : fmt(n, d));
    return `${show(v.min)} / ${show(v.median)} / ${show(v.max)}`;
  };
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(`  messages: ${fmt(r.messages)} (${fmt(r.totalBytes / 1e6, 1)} MB of text + HTML, the largest ${fmt(r.maxBytes / 1e3)} kB)`);
  console.log(`  app / raw msg/s, min / median / max: ${s((x) => x.ratio, 1, true)}  (target ≥ ${TARGET_RATIO * 100} % as the median)`);
  console.log(`  app ms: ${s((x) => x.app.ms)}; of which the run: ${s((x) => x.app.runMs)}; raw ms: ${s((x) => x.raw.ms)}`);
  console.log(`  CPU ms app: ${s((x) => x.app.cpuMs)}; raw: ${s((x) => x.raw.cpuMs)}; CPU raw / app: ${s((x) => x.raw.cpuMs / x.app.cpuMs, 1, true)}`);
  console.log(
    `  duplicates / lost (app, all repetitions): ${r.reps.reduce((n, x) => n + x.app.duplicates, 0)} / ${r.reps.reduce((n, x) => n + x.app.lost, 0)}`,
  );
  console.log('');
  log(r.pass ? 'all targets met' : 'a target was missed');
  const row: RatioRow = {
    bench: 'mail',
    metric: 'daily run msg/s: app ÷ raw nodemailer (higher is better)',
    unit: 'msg/s',
    app: r.reps.map((x) => rate(x.app)),
    base: r.reps.map((x) => rate(x.raw)),
    ratio: r.reps.map((x) => x.ratio),
    appCpuMs: r.reps.map((x) => x.app.cpuMs),
    baseCpuMs: r.reps.map((x) => x.raw.cpuMs),
    target: `≥ ${TARGET_RATIO} (median; 0 duplicates, 0 lost)`,
    pass: r.pass,
  };
  emitResults([row]);
}

if (require.main === module) {
  const hardStop = setTimeout(() => {
    console.error(`[bench:mail] aborted: still running after ${HARD_LIMIT_MS / 1000} s`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  run().then(
    (r) => {
      report(r);
      process.exitCode = STRICT && !r.pass ? 1 : 0;
      clearTimeout(hardStop);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
