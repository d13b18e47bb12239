import { createServer, type Server, type Socket } from 'node:net';
import { MailJobs } from '../../../src/mail/mail.jobs';
import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import { JobQueue } from '../../../src/queue/job-queue';
import { must } from '../support/engine-fixtures';
import { createDepartment, createUser } from '../support/fixtures';
import { OwnRedis } from '../support/own-redis';
import { reminderEnv, writeTestMessages } from '../support/reminder-fixtures';
import { eventually, freePort, SmtpSink, smtpError } from '../support/smtp-sink';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 10 — reminders recover from faults by themselves: a Redis that restarts empty, an SMTP
 * outage longer than the retry budget, a database write that fails after the SMTP server accepted
 * a message, an SMTP server that never answers. Real Redis (the test's own server), real SMTP sink.
 * Recovery times are printed as figures.
 */

const figure = (line: string) => process.stdout.write(`[figure] ${line}\n`);

const rowsOf = async (t: TestApp, tag: string) =>
  (await t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } })).filter((r) => r.idempotencyKey.startsWith(`${tag}-`));

/** Waits until every message of `tag` is `sent`; returns the milliseconds it took from `since`. */
async function allSent(t: TestApp, tag: string, n: number, since: number, timeoutMs = 30_000): Promise<number> {
  await eventually(
    async () => {
      const rows = await rowsOf(t, tag);
      return rows.length === n && rows.every((r) => r.status === 'sent');
    },
    timeoutMs,
    `${n} messages of ${tag} sent`,
  );
  return Date.now() - since;
}

/** Each key of `tag` arrived exactly once. */
function expectOnceEach(sink: SmtpSink, tag: string, n: number): void {
  const keys = sink.received.map((m) => m.key).filter((k) => k.startsWith(`${tag}-`));
  expect(keys.length).toBe(n);
  expect(new Set(keys).size).toBe(n);
}

describe('reminders under faults', () => {
  let redis: OwnRedis;
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    sink = await SmtpSink.start();
    t = await bootTestApp({
      env: reminderEnv(sink.url, {
        REDIS_URL: redis.url,
        MAIL_SEND_ATTEMPTS: '2',
        MAIL_RETRY_BASE_MS: '4000',
        MAIL_STALE_CLAIM_MS: '1500',
        QUEUE_SWEEP_INTERVAL_MS: '500',
        SMTP_BREAKER_THRESHOLD: '3',
        SMTP_PROBE_INTERVAL_MS: '300',
      }),
    });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('Redis restarted empty: the worker re-installs the daily-run and sweep schedulers by itself', async () => {
    const queue = t.app.get(JobQueue).bullQueue;
    await eventually(async () => (await queue.getJobScheduler('sweep')) && (await queue.getJobScheduler('daily-run')), 10_000, 'the schedulers at boot');
    const started = Date.now();
    await redis.restartEmpty();
    expect(await redis.command((c) => c.dbsize())).toBe(0);
    const restored = await eventually(
      async () => {
        const [sweep, daily] = await Promise.all([queue.getJobScheduler('sweep'), queue.getJobScheduler('daily-run')]);
        return sweep && daily ? { sweep, daily } : null;
      },
      15_000,
      'the schedulers after the restart',
    );
    expect(restored.daily).toEqual(expect.objectContaining({ pattern: '30 8 * * *', tz: 'Asia/Shanghai' }));
    figure(`schedulers re-installed ${Date.now() - started} ms after Redis restarted empty`);
  });

  it('Redis restarted empty while messages wait for a retry: the sweep re-queues them from the outbox, each delivered once', async () => {
    const tag = 'retry-wait';
    const n = 60;
    const seen = new Set<string>();
    sink.options.refuse = (_attempt, { key }) => {
      if (!key.startsWith(`${tag}-`) || seen.has(key)) return null;
      seen.add(key);
      return smtpError(451, 'Try again later');
    };
    try {
      await writeTestMessages(t, tag, n);
      // Every message failed its first attempt and waits (a delayed job in Redis) for the second.
      await eventually(
        async () => {
          const rows = await rowsOf(t, tag);
          return rows.length === n && rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.nextAttemptAt);
        },
        20_000,
        'every message waiting for its retry',
      );
      const started = Date.now();
      await redis.restartEmpty();
      const ms = await allSent(t, tag, n, started);
      figure(`${n} messages waiting for a retry, Redis restarted empty: all sent ${ms} ms later`);
    } finally {
      sink.options.refuse = undefined;
    }
    await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= n, 10_000, 'the retried messages');
    expectOnceEach(sink, tag, n);
    for (const r of await rowsOf(t, tag)) expect(r.attempts).toBe(2);
  });

  it('Redis restarted empty in the middle of a run: the messages whose jobs were lost are sent, each once', async () => {
    const tag = 'mid-run';
    const n = 300;
    sink.options.delayMs = 5;
    try {
      await writeTestMessages(t, tag, n);
      await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= 20, 20_000, 'the run under way');
      const started = Date.now();
      await redis.restartEmpty();
      const ms = await allSent(t, tag, n, started, 60_000);
      const before = sink.received.filter((m) => m.key.startsWith(`${tag}-`) && m.receivedAt < started).length;
      figure(`${n}-message run, Redis restarted empty after ${before} sent: the rest sent ${ms} ms later`);
    } finally {
      sink.options.delayMs = undefined;
    }
    await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= n, 10_000, 'every message');
    expectOnceEach(sink, tag, n);
  });

  it('an SMTP outage longer than the retry budget: messages failed by it are re-sent by themselves once SMTP answers', async () => {
    const tag = 'outage';
    const n = 20;
    const port = sink.port;
    await sink.close();
    await writeTestMessages(t, tag, n);
    const failed = await eventually(
      async () => {
        const rows = await rowsOf(t, tag);
        return rows.length === n && rows.every((r) => r.status === 'failed') ? rows : null;
      },
      20_000,
      'every message failed by the outage',
    );
    for (const r of failed) expect(r).toEqual(expect.objectContaining({ failedByOutage: true, lastError: expect.stringContaining('邮件服务器暂时无法连接') }));
    // The breaker opened: most messages were not even attempted.
    expect(failed.filter((r) => r.attempts === 0).length).toBeGreaterThan(0);

    const started = Date.now();
    await sink.listen(port);
    const ms = await allSent(t, tag, n, started);
    figure(`SMTP back after an outage longer than the retry budget: ${n} failed messages sent ${ms} ms later, without an admin`);
    await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= n, 10_000, 'the messages');
    expectOnceEach(sink, tag, n);
  });

  it('messages an outage failed before a worker restart (its breaker state lost) are re-sent by the sweep', async () => {
    const tag = 'forgotten-outage';
    const n = 3;
    const ids = await writeTestMessages(t, tag, n, false);
    await t.dataSource.getRepository(OutboxMessage).update(ids, { status: 'failed', failedByOutage: true, attempts: 2, lastError: 'ECONNREFUSED' });
    expect(await t.app.get(MailJobs).sweep()).toEqual(expect.arrayContaining(ids));
    await allSent(t, tag, n, Date.now());
    await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= n, 10_000, 'the re-sent messages');
    expectOnceEach(sink, tag, n);
  });

  it('POST /outbox/retry-failed re-sends every failed message at once (admin)', async () => {
    const tag = 'refused';
    const n = 5;
    sink.options.refuse = (_attempt, { key }) => (key.startsWith(`${tag}-`) ? smtpError(550, 'Mailbox unavailable') : null);
    await writeTestMessages(t, tag, n);
    const failed = await eventually(
      async () => {
        const rows = await rowsOf(t, tag);
        return rows.length === n && rows.every((r) => r.status === 'failed') ? rows : null;
      },
      20_000,
      'every message refused',
    );
    for (const r of failed) expect(r).toEqual(expect.objectContaining({ failedByOutage: false, attempts: 2, lastError: expect.stringContaining('550') }));
    sink.options.refuse = undefined;

    const admin = t.as(t.adminToken);
    const body = must(await admin.post('/outbox/retry-failed'), 200, 'retry all');
    expect(body.requeued).toEqual(failed.map((r) => r.id));
    await allSent(t, tag, n, Date.now());
    await sink.waitFor((all) => all.filter((m) => m.key.startsWith(`${tag}-`)).length >= n, 10_000, 'the re-sent messages');
    expectOnceEach(sink, tag, n);
    for (const r of await rowsOf(t, tag)) expect(r.attempts).toBe(3);
    expect((await t.as(await createStaffToken(t)).post('/outbox/retry-failed')).status).toBe(403);
  });

  it('a database error after the SMTP server accepted a message never sends it again: the sent state is written later', async () => {
    const tag = 'unrecorded';
    await t.dataSource.query(
      `CREATE TRIGGER refuse_sent BEFORE UPDATE OF status ON outbox_messages WHEN NEW.status = 'sent' AND NEW.idempotency_key LIKE '${tag}-%' ` +
        "BEGIN SELECT RAISE(ABORT, 'injected fault: database unavailable'); END",
    );
    let dropped = false;
    try {
      const [id] = await writeTestMessages(t, tag, 1);
      await sink.waitFor((all) => all.some((m) => m.key === `${tag}-0`), 10_000, 'the accepted message');
      // The claim goes stale while the sent state cannot be written: the sweep must leave it alone.
      await eventually(async () => (await t.app.get(JobQueue).state(`record-sent-${id}`)) !== 'unknown', 10_000, 'the record-sent job');
      const row = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });
      expect(row.status).toBe('sending');
      await eventually(async () => Date.now() > row.claimedAt!.getTime() + 2_000, 5_000, 'the claim to go stale');
      expect(await t.app.get(MailJobs).sweep()).not.toContain(id);
      await t.dataSource.query('DROP TRIGGER refuse_sent');
      dropped = true;
      const sent = await eventually(
        async () => {
          const r = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });
          return r.status === 'sent' ? r : null;
        },
        20_000,
        'the sent state recorded',
      );
      const mails = sink.received.filter((m) => m.key === `${tag}-0`);
      expect(mails).toHaveLength(1);
      expect(sent).toEqual(expect.objectContaining({ attempts: 1, smtpMessageId: mails[0].parsed.messageId }));
    } finally {
      if (!dropped) await t.dataSource.query('DROP TRIGGER IF EXISTS refuse_sent');
    }
  });
});

/** A staff account's token (any non-admin). */
async function createStaffToken(t: TestApp): Promise<string> {
  const departmentId = await createDepartment(t, { code: 'fault-office', name: '故障测试股', kind: 'office' });
  const user = await createUser(t, { login: 'fault-staff', role: 'staff', departmentId });
  return t.login(user.login, user.password);
}

describe('reminders: an SMTP server that accepts connections and never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let t: TestApp;

  beforeAll(async () => {
    const port = await freePort();
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    t = await bootTestApp({
      env: reminderEnv(`smtp://127.0.0.1:${port}`, { SMTP_CONNECT_TIMEOUT_MS: '500', SMTP_SOCKET_TIMEOUT_MS: '500', MAIL_SEND_ATTEMPTS: '1' }),
    });
  });
  afterAll(async () => {
    await t?.close();
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent?.close(resolve));
  });

  it('gives up after SMTP_CONNECT_TIMEOUT_MS instead of holding the worker', async () => {
    const started = Date.now();
    const [id] = await writeTestMessages(t, 'silent', 1);
    const row = await eventually(
      async () => {
        const r = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });
        return r.status === 'failed' ? r : null;
      },
      10_000,
      'the send to give up',
    );
    expect(row.lastError).toMatch(/Greeting never received|timeout/i);
    figure(`silent SMTP server: a send gave up after ${Date.now() - started} ms (SMTP_CONNECT_TIMEOUT_MS=500)`);
  });
});
