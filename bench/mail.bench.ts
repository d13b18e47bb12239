/**
 * Mail benchmark: the daily reminder run of a large bureau, end to end through BullMQ (real
 * Redis), the outbox and the app's pooled nodemailer transport, into a local SMTP sink — compared
 * with raw nodemailer pushing the same messages into the same sink.
 *
 *   npm run bench:mail            # or: npx ts-node --transpile-only bench/mail.bench.ts
 *   npm run bench:mail -- --strict   # exit code 1 when a target is missed (2 on a crash)
 *
 * Data: 2,000 departments with one head each and 5 open tasks per department (10,000 tasks), all
 * due or overdue in the reminder sense on the pinned day (overdue 2 and 5 working days, due
 * today, due in 1 and in 3 working days), written with raw SQL through the app's own DataSource.
 * No leaders: exactly one digest per head, 2,000 messages.
 *
 * Measured:
 *   app  — from enqueueing a daily-run job to the last message accepted by the sink (the run's
 *          planning and outbox writes included; the send phase alone is shown too);
 *   raw  — nodemailer with the app's pool settings (pool, maxConnections 5, maxMessages 500),
 *          all messages handed over at once, to the last accepted.
 * Targets: app ≥ 50 % of raw messages/s; 0 duplicates; 0 lost.
 *
 * Knobs (optional): BENCH_DEPARTMENTS (2000), BENCH_TASKS_PER_DEPT (5), REDIS_URL,
 * BENCH_WORKER_CONCURRENCY (the app default, 10), BENCH_PROFILE=1 (CPU profile of the app phase),
 * BENCH_KEEP=1 (keep the data dir), BENCH_JSON=1 (print the figures as one JSON line).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import nodemailer from 'nodemailer';
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
import { sqliteConnection, sqliteDatetime } from './lib/generate-bureau';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const DEPARTMENTS = env('BENCH_DEPARTMENTS', 2_000);
const TASKS_PER_DEPT = env('BENCH_TASKS_PER_DEPT', 5);
const WORKER_CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const STRICT = process.argv.includes('--strict');
/** BENCH_PROFILE=1: CPU-profile the app phase and print where the time goes. */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Wednesday: no weekly summary; 2026-07 has no holiday nearby. */
const TODAY = '2026-07-01';
const HARD_LIMIT_MS = 290_000;
/** Waiting for the last message of a phase. */
const PHASE_LIMIT_MS = 120_000;
/** After the last expected message: time for a late duplicate to show. */
const SETTLE_MS = 2_000;
const TARGET_RATIO = 0.5;
/** The app's transport settings (src/mail/mail-transport.ts). */
const POOL = { pool: true, maxConnections: 5, maxMessages: 500 } as const;

const log = (msg: string) => console.log(`[bench:mail] ${msg}`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

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
  heads: number[];
  tasks: number;
  ms: number;
}

/**
 * 2,000 departments, a head each, 5 open tasks each — all within the reminder windows on TODAY —
 * in one SQLite transaction of prepared statements on the app's connection.
 */
function generate(ds: DataSource, departments: number, perDept: number): Generated {
  const t0 = performance.now();
  const db = sqliteConnection(ds);
  const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);
  // Overdue 2 and 5 working days, due today, due in 1 and 3 working days (then round again).
  const offsets = [-2, -5, 0, 1, 3];
  const dues = offsets.map((n) => calendar.addWorkingDays(TODAY, n));
  const item = db
    .prepare(
      `SELECT ti.id, t.work_point_id, ti.title FROM template_items ti JOIN checklist_templates t ON t.id = ti.template_id WHERE t.kind = 'annual' ORDER BY ti.id LIMIT 1`,
    )
    .get() as { id: number; work_point_id: number; title: string } | undefined;
  if (!item) throw new Error('the catalogue was not loaded at boot');
  const now = sqliteDatetime(new Date());
  const heads: number[] = [];
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
      const login = `mhead${d + 1}`;
      heads.push(Number(insUser.run(login, `${name}负责人`, `${login}@bench.local`, dept, school ? '校长' : '股长', now, now).lastInsertRowid));
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
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { heads, tasks, ms: performance.now() - t0 };
}

interface Result {
  messages: number;
  app: {
    totalMs: number;
    planMs: number;
    sendMs: number;
    perSecond: number;
    sendPerSecond: number;
    duplicates: number;
    lost: number;
    sentInOutbox: number;
    complete: boolean;
  };
  raw: { totalMs: number; perSecond: number; duplicates: number; lost: number; complete: boolean };
  ratio: number;
  pass: boolean;
}

async function run(): Promise<Result> {
  const sink = new CountingSink();
  await sink.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-mail-'));
  let app: NestExpressApplication | undefined;
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
    const clock = app.get(Clock);
    // Before 08:30: the sweep does not start the run on its own while the data is written.
    clock.pin(new Date(`${TODAY}T07:00:00+08:00`));
    const ds = app.get(DataSource);

    const gen = generate(ds, DEPARTMENTS, TASKS_PER_DEPT);
    log(`generated ${fmt(DEPARTMENTS)} departments/heads and ${fmt(gen.tasks)} due-or-overdue tasks in ${fmt(gen.ms)} ms`);
    const expectedApp = new Set(gen.heads.map((id) => `digest-${id}-${TODAY}`));
    const messages = expectedApp.size;

    // Warm-up: nodemailer and the sink's code paths JIT-compiled before either phase is timed.
    const warm = nodemailer.createTransport({ url: sink.url, ...POOL });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        warm.sendMail({
          from: config.MAIL_FROM,
          to: `warm${i}@bench.local`,
          subject: '【法治督办】预热',
          text: '预热',
          headers: { 'X-Fazhi-Message': `warm-${i}` },
        }),
      ),
    );
    warm.close();

    // ---- the app: enqueue the daily run, wait for the last message ------------------------------
    await sleep(500); // let the boot sweep settle
    sink.reset();
    clock.pin(new Date(`${TODAY}T09:00:00+08:00`));
    const runs = ds.getRepository(ReminderRun);
    const t0 = performance.now();
    if (!(await app.get(JobQueue).add('daily-run', {}))) throw new Error('could not enqueue the daily run (Redis?)');
    let planDoneAt = 0;
    const watchRun = (async () => {
      while (!planDoneAt && performance.now() - t0 < PHASE_LIMIT_MS) {
        if ((await runs.findOneBy({ runDate: TODAY }))?.finishedAt) planDoneAt = performance.now();
        else await sleep(20);
      }
    })();
    const waitApp = () => sink.waitFor(expectedApp, PHASE_LIMIT_MS);
    let appComplete: boolean;
    if (PROFILE) {
      const { result, summary } = await profile(waitApp);
      appComplete = result;
      log(`CPU profile of the app phase: ${fmt(summary.totalMs)} ms sampled`);
      for (const p of summary.byPackage.slice(0, 14)) log(`  ${p.name.padEnd(40)} ${fmt(p.ms).padStart(6)} ms  ${fmt(p.pct, 1)} %`);
      for (const f of summary.byFunction.slice(0, 20)) log(`  ${f.name.slice(0, 90).padEnd(90)} ${fmt(f.ms).padStart(6)} ms`);
    } else {
      appComplete = await waitApp();
    }
    await watchRun;
    const appEnd = sink.lastAcceptedAt;
    await sleep(SETTLE_MS);
    const appTally = sink.tally(expectedApp);
    const attempts = (await ds.query('SELECT attempts, COUNT(*) AS n FROM outbox_messages GROUP BY attempts ORDER BY attempts')) as {
      attempts: number;
      n: number;
    }[];
    log(
      `SMTP connections the app holds open to the sink: ${sink.connections} (pool of 5); outbox attempts: ${attempts.map((a) => `${a.n}×${a.attempts}`).join(', ')}`,
    );
    const sentInOutbox = await ds.getRepository(OutboxMessage).countBy({ status: 'sent' });
    const totalMs = appEnd - t0;
    const planMs = planDoneAt ? planDoneAt - t0 : NaN;
    const sendMs = appEnd - (planDoneAt || t0);
    log(`app: ${fmt(appTally.distinct)}/${fmt(messages)} in ${fmt(totalMs)} ms (run ${fmt(planMs)} ms, then sending ${fmt(sendMs)} ms)`);

    // ---- raw nodemailer: the same messages, same pool settings, same sink -----------------------
    const rows = await ds.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
    const transport = nodemailer.createTransport({ url: sink.url, ...POOL });
    sink.reset();
    const expectedRaw = new Set(rows.map((r) => `raw-${r.idempotencyKey}`));
    const rawErrors = new Map<string, number>();
    const r0 = performance.now();
    const sends = rows.map((r) =>
      transport
        .sendMail({
          from: config.MAIL_FROM,
          to: r.toAddress,
          subject: r.subject,
          text: r.text,
          html: r.html,
          headers: { 'X-Fazhi-Message': `raw-${r.idempotencyKey}` },
        })
        .then(
          () => true,
          (err: Error) => {
            rawErrors.set(err.message, (rawErrors.get(err.message) ?? 0) + 1);
            return false;
          },
        ),
    );
    const rawComplete = await sink.waitFor(expectedRaw, PHASE_LIMIT_MS);
    const rawEnd = sink.lastAcceptedAt;
    const failedRaw = (await Promise.all(sends)).filter((ok) => !ok).length;
    await sleep(SETTLE_MS);
    transport.close();
    const rawTally = sink.tally(expectedRaw);
    const rawMs = rawEnd - r0;
    log(
      `raw nodemailer: ${fmt(rawTally.distinct)}/${fmt(rows.length)} in ${fmt(rawMs)} ms${failedRaw ? ` (${failedRaw} sendMail errors: ${JSON.stringify([...rawErrors])})` : ''}`,
    );

    const appRate = (appTally.distinct / totalMs) * 1000;
    const rawRate = (rawTally.distinct / rawMs) * 1000;
    const ratio = appRate / rawRate;
    const pass = ratio >= TARGET_RATIO && appTally.duplicates === 0 && appTally.lost === 0 && appComplete && rawComplete;

    // Leave Redis as found: the queue's jobs and schedulers under this prefix.
    await app
      .get(JobQueue)
      .bullQueue.obliterate({ force: true })
      .catch(() => undefined);
    return {
      messages,
      app: {
        totalMs,
        planMs,
        sendMs,
        perSecond: appRate,
        sendPerSecond: (appTally.distinct / sendMs) * 1000,
        duplicates: appTally.duplicates,
        lost: appTally.lost,
        sentInOutbox,
        complete: appComplete,
      },
      raw: { totalMs: rawMs, perSecond: rawRate, duplicates: rawTally.duplicates, lost: rawTally.lost, complete: rawComplete },
      ratio,
      pass,
    };
  } finally {
    await app?.close().catch(() => undefined);
    await sink.close();
    if (process.env.BENCH_KEEP === '1') log(`data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(r: Result): void {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const rows: [string, string, string][] = [
    ['messages (one digest per head)', fmt(r.messages), ''],
    ['app: enqueue → last accepted', `${fmt(r.app.totalMs)} ms`, ''],
    ['  of which the run (plan + outbox)', `${fmt(r.app.planMs)} ms`, ''],
    ['  of which sending', `${fmt(r.app.sendMs)} ms`, ''],
    ['app messages/s (end to end)', fmt(r.app.perSecond, 1), ''],
    ['app messages/s (send phase)', fmt(r.app.sendPerSecond, 1), ''],
    ['raw nodemailer messages/s (pool 5)', fmt(r.raw.perSecond, 1), ''],
    ['ratio app / raw', `${fmt(r.ratio * 100, 1)} %`, `${verdict(r.ratio >= TARGET_RATIO)} (target ≥ ${TARGET_RATIO * 100} %)`],
    ['duplicates (app)', fmt(r.app.duplicates), `${verdict(r.app.duplicates === 0)} (target 0)`],
    ['lost (app)', fmt(r.app.lost), `${verdict(r.app.lost === 0)} (target 0)`],
    ['outbox rows marked sent', fmt(r.app.sentInOutbox), ''],
    ['duplicates / lost (raw)', `${fmt(r.raw.duplicates)} / ${fmt(r.raw.lost)}`, ''],
  ];
  const w = Math.max(...rows.map((x) => x[0].length));
  console.log('');
  for (const [k, v, note] of rows) console.log(`  ${k.padEnd(w)}  ${v.padStart(12)}  ${note}`);
  console.log('');
  log(r.pass ? 'all targets met' : 'a target was missed');
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
      if (process.env.BENCH_JSON === '1') console.log(`BENCH_RESULT ${JSON.stringify(r)}`);
      process.exitCode = STRICT && !r.pass ? 1 : 0;
      clearTimeout(hardStop);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
