import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import { JobQueue } from '../../../src/queue/job-queue';
import { ReminderJobs } from '../../../src/reminders/reminder-jobs';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { expectError } from '../support/expectations';
import { DATABASES } from '../support/databases';
import { must, type TaskSummary } from '../support/engine-fixtures';
import {
  bootReminderApp,
  createReminderBureau,
  emailOf,
  outboxRows,
  petitionTask,
  pinClock,
  PUBLIC_BASE_URL,
  queueSettled,
  reminderEnv,
  runFinished,
  runRow,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import { eventually, SmtpSink } from '../support/smtp-sink';
import type { TestApp } from '../support/test-app';

/**
 * Issue 4 — urges go out at once; a missed 08:30 run is caught up by the sweep (and only on a
 * working day, only after 08:30, only once); the queue dashboard is for admins.
 */
describe.each(DATABASES)('reminders: urges, catch-up and the queue dashboard (%s)', (db) => {
  const DAY = '2026-06-10';
  let sink: SmtpSink;
  let t: TestApp;
  let b: ReminderBureau;
  let late: TaskSummary;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await bootReminderApp(DAY, { db, env: reminderEnv(sink.url) });
    b = await createReminderBureau(t);
    late = await petitionTask(t, b, '信访〔2026〕41号', '2026-05-21', '2026-06-05'); // 3 working days overdue on 06-10
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  /** Runs one sweep through the queue (as the every-minute scheduler does) and lets what it starts finish. */
  const sweepJob = async () => {
    expect(await t.app.get(JobQueue).add('sweep', {})).toBe(true);
    await queueSettled(t);
  };

  describe('urge (催办)', () => {
    it('a leader’s urge reaches the department head within seconds, without any run', async () => {
      pinClock(t, DAY, '08:00');
      const started = Date.now();
      const urge = must(
        await (await b.as(b.officeLeader)).post(`/tasks/${late.id}/urges`).send({ message: '请于本周五前完成书面告知并上传回执' }),
        201,
        'urge',
      );
      await sink.waitFor((all) => all.some((m) => m.key === `urge-${urge.id}-${b.head.office.id}`), 5_000, 'the urge');
      const urgeMail = sink.received.find((m) => m.key === `urge-${urge.id}-${b.head.office.id}`)!;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(urgeMail.to).toEqual([emailOf(b.head.office)]);
      expect(urgeMail.subject).toBe(`【法治督办】催办：${late.title}`);
      expect(urgeMail.text).toContain('王副局长对以下任务进行了催办：');
      expect(urgeMail.text).toContain('催办意见：请于本周五前完成书面告知并上传回执');
      expect(urgeMail.text).toContain(`${PUBLIC_BASE_URL}/#/tasks/${late.id}`);
      expect(urgeMail.text).toContain('局办公室｜截止 2026-06-05');
      // Only the head of the urged department; no daily run happened.
      expect(sink.received).toHaveLength(1);
      expect(await runRow(t, DAY)).toBeNull();
      const row = (await outboxRows(t)).find((r) => r.kind === 'urge')!;
      expect(row).toEqual(expect.objectContaining({ status: 'sent', attempts: 1, recipientId: b.head.office.id }));
      // The urge is marked notified, so the sweep does not send it again.
      await sweepJob();
      expect(sink.received).toHaveLength(1);
    });

    it('reaches the staff when the department has no active head (a vacancy)', async () => {
      must(await b.admin.patch(`/users/${b.head.office.id}`).send({ active: false }), 200, 'head leaves');
      try {
        const before = sink.received.length;
        const urge = must(
          await (await b.as(b.officeLeader)).post(`/tasks/${late.id}/urges`).send({ message: '负责人空缺期间请工作人员先行办理' }),
          201,
          'urge',
        );
        await sink.waitFor((all) => all.some((m) => m.key === `urge-${urge.id}-${b.staff.office.id}`), 5_000, 'the urge to the staff');
        const sent = sink.received.slice(before);
        expect(sent.map((m) => m.to)).toEqual([[emailOf(b.staff.office)]]);
      } finally {
        must(await b.admin.patch(`/users/${b.head.office.id}`).send({ active: true }), 200, 'head back');
      }
    });

    it('only a leader may urge', async () => {
      const res = await (await b.as(b.head.legal)).post(`/tasks/${late.id}/urges`).send({ message: '催一下' });
      expect(res.status).toBe(403);
    });
  });

  describe('the missed 08:30 run', () => {
    it('at 08:00 the sweep starts nothing', async () => {
      pinClock(t, DAY, '08:00');
      expect(await t.app.get(ReminderJobs).sweep()).toBe('DONE');
      await sweepJob();
      expect(await runRow(t, DAY)).toBeNull();
      expect(sink.received.filter((m) => m.key.startsWith('digest-'))).toEqual([]);
    });

    it('a catch-up job that waited past midnight does not run the next day early', async () => {
      pinClock(t, DAY, '00:00');
      expect(await t.app.get(RemindersService).runDaily('2026-06-09')).toEqual({ status: 'SKIPPED', reason: 'queued for 2026-06-09', messageIds: [] });
      await t.app.get(JobQueue).add('daily-run', { date: '2026-06-09' }, { jobId: 'catch-up-2026-06-09' });
      await eventually(async () => (await t.app.get(JobQueue).bullQueue.getJobState('catch-up-2026-06-09')) === 'completed', 15_000, 'the catch-up job');
      expect(await runRow(t, DAY)).toBeNull();
      expect(await runRow(t, '2026-06-09')).toBeNull();
    });

    it('on a holiday after 08:30 the sweep starts nothing', async () => {
      pinClock(t, '2026-06-19', '10:00'); // 端午节
      await sweepJob();
      expect(await runRow(t, '2026-06-19')).toBeNull();
      expect(sink.received.filter((m) => m.key.startsWith('digest-'))).toEqual([]);
    });

    it('at 10:00 on a working day with no run yet, the sweep catches up: the run happens once', async () => {
      pinClock(t, DAY, '10:00');
      await t.app.get(JobQueue).add('sweep', {});
      const run = await runFinished(t, DAY);
      expect(run.messages).toBe(2);
      await sink.waitFor((all) => all.filter((m) => m.key.startsWith('digest-')).length >= 2, 10_000, 'the caught-up digests');
      // More sweeps (and the direct call) find the day done.
      await t.app.get(ReminderJobs).sweep();
      await sweepJob();
      await sink.settle(1_000);
      const digests = sink.received.filter((m) => m.key.startsWith('digest-'));
      expect(digests.map((m) => m.to[0]).sort()).toEqual([emailOf(b.head.office), emailOf(b.officeLeader)].sort());
      expect((await runRow(t, DAY))!.startedAt).toEqual(run.startedAt);
    });
  });

  describe('the queue dashboard /admin/queues', () => {
    it('answers 200 for an admin token in the Authorization header', async () => {
      const res = await t.http.get('/admin/queues').set('Authorization', `Bearer ${t.adminToken}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const api = await t.http.get('/admin/queues/api/queues').set('Authorization', `Bearer ${t.adminToken}`);
      expect(api.status).toBe(200);
      expect(JSON.stringify(api.body)).toContain('reminders');
    });

    it('401 without a token or with a bad one, 403 for a non-admin, in the common error body', async () => {
      expect(expectError(await t.http.get('/admin/queues').set('X-Request-Id', 'queues-401'), 401).requestId).toBe('queues-401');
      expectError(await t.http.get('/admin/queues').set('Authorization', 'Bearer not-a-token'), 401);
      const head = await t.login('head-office', 'head-office-pass-123');
      expect(expectError(await t.http.get('/admin/queues').set('Authorization', `Bearer ${head}`), 403).message).toBe('只有管理员可以查看任务队列');
      expectError(await t.http.get('/admin/queues/api/queues').set('Authorization', `Bearer ${head}`), 403);
      const leader = await t.login('leader-wang', 'leader-wang-pass-123');
      expectError(await t.http.get('/admin/queues').set('Authorization', `Bearer ${leader}`), 403);
    });
  });
});

describe('reminders: shutdown while a mail is in flight', () => {
  const DAY = '2026-06-10';
  let sink: SmtpSink;
  let t: TestApp;
  let closed = false;
  // A data folder of our own, so the database outlives the app and can be read after close().
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-shutdown-'));

  beforeAll(async () => {
    // The server holds each message 1.5 s before accepting it.
    sink = await SmtpSink.start({ delayMs: 1_500 });
    t = await bootReminderApp(DAY, { env: reminderEnv(sink.url, { DATA_DIR: dataDir }) });
  });
  afterAll(async () => {
    if (!closed) await t?.close();
    await sink?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closing the app waits for the send in progress: the mail is delivered once and marked sent', async () => {
    const b = await createReminderBureau(t);
    const late = await petitionTask(t, b, '信访〔2026〕51号', '2026-05-21', '2026-06-05');
    must(await (await b.as(b.officeLeader)).post(`/tasks/${late.id}/urges`).send({ message: '请尽快' }), 201, 'urge');
    await eventually(async () => sink.inFlight > 0, 10_000, 'the SMTP transaction to start');
    closed = true;
    await t.close(); // app.close(): the worker finishes its active job before the database closes
    expect(t.dataSource.isInitialized).toBe(false);
    await sink.waitForCount(1, 5_000);
    await sink.settle(500);
    expect(sink.received).toHaveLength(1);
    const check = new DataSource(dataSourceOptions(t.config.DATABASE_URL));
    await check.initialize();
    try {
      const rows = await check.query(`SELECT status, attempts, smtp_message_id AS "smtpMessageId" FROM outbox_messages`);
      expect(rows).toEqual([{ status: 'sent', attempts: 1, smtpMessageId: sink.received[0].parsed.messageId }]);
    } finally {
      await check.destroy();
    }
  });
});

describe('reminders: the daily run time', () => {
  let api: TestApp;

  beforeAll(async () => {
    // An API-only process (PROCESS_ROLE=api): the workers run elsewhere, the schedulers live in Redis.
    api = await bootReminderApp('2026-06-10', { env: reminderEnv(undefined, { PROCESS_ROLE: 'api' }) });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('PUT /reminder-policy with a new runAt reschedules the daily run, even from an API-only process', async () => {
    const admin = api.as(api.adminToken);
    const saved = must(await admin.put('/reminder-policy').send({ runAt: '09:15' }), 200, 'policy');
    expect(saved).toEqual(expect.objectContaining({ runAt: '09:15', daysBefore: [7, 3, 1], escalateToSupervisorAfter: 3, escalateToBureauHeadAfter: 10 }));
    const scheduler = await api.app.get(JobQueue).bullQueue.getJobScheduler('daily-run');
    expect(scheduler).toEqual(expect.objectContaining({ pattern: '15 9 * * *', tz: 'Asia/Shanghai' }));
    // The catch-up follows the policy: at 09:00 the run is not due yet, at 09:15 it is.
    pinClock(api, '2026-06-10', '09:00');
    expect(await api.app.get(RemindersService).runIsDue()).toBeNull();
    pinClock(api, '2026-06-10', '09:15');
    expect(await api.app.get(RemindersService).runIsDue()).toBe('2026-06-10');
  });

  it('refuses an escalation to the bureau head earlier than to the supervising leader', async () => {
    const res = await api.as(api.adminToken).put('/reminder-policy').send({ escalateToSupervisorAfter: 5, escalateToBureauHeadAfter: 4 });
    expect(res.status).toBe(400);
  });
});
