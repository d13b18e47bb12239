import { OutboxService } from '../../../src/mail/outbox.service';
import { JobQueue } from '../../../src/queue/job-queue';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { DATABASES } from '../support/databases';
import { must } from '../support/engine-fixtures';
import {
  bootReminderApp,
  bootReplica,
  createReminderBureau,
  emailOf,
  outboxRows,
  pendingSendJobs,
  petitionTask,
  pinClock,
  reminderEnv,
  runFinished,
  settled,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import { eventually, SmtpSink, smtpError, type ReceivedMail } from '../support/smtp-sink';
import type { TestApp } from '../support/test-app';

/**
 * Issue 4 — delivery: two replicas racing on one database and one Redis queue, an SMTP server
 * that refuses before it accepts, and one that is not there at all until later. Every message is
 * delivered exactly once.
 *
 * 局办公室 has two petitions: one due 2026-06-10 and one due 06-05. Working days 06-10, 06-11,
 * 06-12 each give mail to head-office, 王副局长 (06-05 is ≥ 3 working days overdue on each) —
 * and from 06-11 on the 06-10 one is overdue too. 06-22 (10 working days after 06-05) adds the
 * bureau head.
 */
describe.each(DATABASES)('reminders: delivery (%s)', (db) => {
  let sink: SmtpSink;
  let a: TestApp;
  let replica: TestApp;
  let b: ReminderBureau;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    a = await bootReminderApp('2026-06-10', { db, env: reminderEnv(sink.url) });
    b = await createReminderBureau(a);
    await petitionTask(a, b, '信访〔2026〕21号', '2026-05-26', '2026-06-10');
    await petitionTask(a, b, '信访〔2026〕22号', '2026-05-21', '2026-06-05');
    replica = await bootReplica(a, reminderEnv(sink.url));
    pinClock(replica, '2026-06-10', '07:00');
  });
  afterAll(async () => {
    await replica?.close();
    await a?.close();
    await sink?.close();
  });

  const dayMails = (day: string) => sink.received.filter((m) => m.key.endsWith(day));
  const expectOnePerRecipient = (mails: ReceivedMail[], recipients: string[]) => {
    expect(mails.map((m) => m.to.join(',')).sort()).toEqual([...recipients].sort());
    expect(new Set(mails.map((m) => m.key)).size).toBe(mails.length);
  };

  it('shares one installation: the replica sees the same users and queue prefix', async () => {
    expect(replica.config.QUEUE_PREFIX).toBe(a.config.QUEUE_PREFIX);
    expect(replica.config.DATABASE_URL).toBe(a.config.DATABASE_URL);
    const token = await replica.login('head-office', 'head-office-pass-123');
    expect((await replica.as(token).get('/users/me')).body.id).toBe(b.head.office.id);
  });

  it('two replicas running the day at once (jobs on both workers, runs and sends called directly): one mail each', async () => {
    const day = '2026-06-10';
    for (const t of [a, replica]) pinClock(t, day, '09:00');
    // Both workers get a daily-run job, and both processes also run the day and send every
    // message themselves, bypassing the queue's job-id deduplication: only the outbox claim
    // stands between them and a second mail.
    await Promise.all([a.app.get(JobQueue).add('daily-run', {}), replica.app.get(JobQueue).add('daily-run', {})]);
    const [ra, rb] = await Promise.all([a.app.get(RemindersService).runDaily(), replica.app.get(RemindersService).runDaily()]);
    expect(ra.messageIds.length + rb.messageIds.length).toBeGreaterThan(0);
    const ids = [...new Set([...ra.messageIds, ...rb.messageIds])];
    const outcomes = await Promise.all(
      ids.flatMap((id) => [a.app.get(OutboxService).send(id), replica.app.get(OutboxService).send(id), a.app.get(OutboxService).send(id)]),
    );
    // Each message is sent by exactly one of the callers (or already by a worker).
    for (let i = 0; i < ids.length; i++) expect(outcomes.slice(3 * i, 3 * i + 3).filter((o) => o.status === 'SENT').length).toBeLessThanOrEqual(1);
    await runFinished(a, day);
    await sink.waitFor(() => dayMails(day).length >= 2, 15_000, 'the day’s mails');
    await settled(a, sink);
    expectOnePerRecipient(dayMails(day), [emailOf(b.head.office), emailOf(b.officeLeader)]);
    const rows = (await outboxRows(a)).filter((r) => r.idempotencyKey.endsWith(day));
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ]);
  });

  it('an SMTP server refusing (451, then 554) before accepting: delivered exactly once after retries', async () => {
    const day = '2026-06-11';
    const seen = new Map<string, number>();
    sink.options.refuse = (_attempt, { key }) => {
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n === 1) return smtpError(451, 'Requested action aborted: local error in processing');
      if (n === 2) return smtpError(554, 'Transaction failed');
      return null;
    };
    try {
      for (const t of [a, replica]) pinClock(t, day, '09:00');
      await a.app.get(JobQueue).add('daily-run', {});
      await runFinished(a, day);
      await sink.waitFor(() => dayMails(day).length >= 2, 20_000, 'the retried mails');
      await settled(a, sink);
    } finally {
      sink.options.refuse = undefined;
    }
    expectOnePerRecipient(dayMails(day), [emailOf(b.head.office), emailOf(b.officeLeader)]);
    expect([...seen.values()]).toEqual([3, 3]);
    const rows = (await outboxRows(a)).filter((r) => r.idempotencyKey.endsWith(day));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toEqual(expect.objectContaining({ status: 'sent', attempts: 3, lastError: null, smtpMessageId: expect.stringMatching(/^<.+>$/) }));
    }
    // The accepted copy is the one recorded.
    for (const m of dayMails(day)) expect(rows.find((r) => r.idempotencyKey === m.key)!.smtpMessageId).toBe(m.parsed.messageId);
  });

  it('no SMTP server listening (connection refused), then one starts on the port: delivered later, once', async () => {
    const day = '2026-06-12';
    const port = sink.port;
    await sink.close();
    for (const t of [a, replica]) pinClock(t, day, '09:00');
    await a.app.get(JobQueue).add('daily-run', {});
    await runFinished(a, day);
    // The sends fail and are put back in line with the error, attempt after attempt.
    const failing = await eventually(
      async () => {
        const rows = (await outboxRows(a)).filter((r) => r.idempotencyKey.endsWith(day));
        return rows.length === 2 && rows.every((r) => r.attempts >= 2 && r.status === 'pending') ? rows : null;
      },
      15_000,
      'two failed attempts per message',
    );
    for (const r of failing) expect(r.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(dayMails(day)).toEqual([]);

    await sink.listen(port);
    await sink.waitFor(() => dayMails(day).length >= 2, 30_000, 'the mails after the server came up');
    await settled(a, sink);
    expectOnePerRecipient(dayMails(day), [emailOf(b.head.office), emailOf(b.officeLeader)]);
    const rows = (await outboxRows(a)).filter((r) => r.idempotencyKey.endsWith(day));
    for (const r of rows) expect(r).toEqual(expect.objectContaining({ status: 'sent', attempts: expect.any(Number), lastError: null }));
    for (const r of rows) expect(r.attempts).toBeGreaterThanOrEqual(3);
  });

  it('after all that, nobody got anything twice', () => {
    const keys = sink.received.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(6);
  });
});

describe('reminders: an SMTP server that keeps refusing', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let b: ReminderBureau;

  beforeAll(async () => {
    sink = await SmtpSink.start({ refuse: () => smtpError(550, 'Mailbox unavailable') });
    t = await bootReminderApp('2026-06-10', { env: reminderEnv(sink.url, { MAIL_SEND_ATTEMPTS: '3', MAIL_RETRY_BASE_MS: '100' }) });
    b = await createReminderBureau(t);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('marks the message failed after MAIL_SEND_ATTEMPTS with the SMTP error; an admin retry delivers it once', async () => {
    const task = await petitionTask(t, b, '信访〔2026〕29号', '2026-05-21', '2026-06-05');
    must(await (await b.as(b.officeLeader)).post(`/tasks/${task.id}/urges`).send({ message: '请尽快' }), 201, 'urge');
    const failed = await eventually(async () => (await outboxRows(t)).find((r) => r.kind === 'urge' && r.status === 'failed'), 15_000, 'the urge to fail');
    expect(failed).toEqual(expect.objectContaining({ attempts: 3, lastError: expect.stringContaining('550'), smtpMessageId: null, sentAt: null }));
    expect(sink.refused).toBe(3);
    expect(sink.received).toEqual([]);
    // No more attempts once failed: no send job is left for it.
    expect(await pendingSendJobs(t, failed.id)).toBe(0);
    expect(sink.dataAttempts).toBe(3);

    const listed = must(await b.admin.get('/outbox?status=failed'), 200, 'failed');
    expect(listed.items).toEqual([
      expect.objectContaining({ id: failed.id, status: 'failed', attempts: 3, lastError: expect.stringContaining('Mailbox unavailable') }),
    ]);

    sink.options.refuse = undefined;
    expect(must(await b.admin.post(`/outbox/${failed.id}/retry`), 200, 'retry')).toEqual({ requeued: [failed.id] });
    await sink.waitForCount(1, 10_000);
    await settled(t, sink);
    expect(sink.received.map((m) => [m.to, m.subject])).toEqual([[[emailOf(b.head.office)], `【法治督办】催办：${task.title}`]]);
    expect((await outboxRows(t)).find((r) => r.id === failed.id)).toEqual(expect.objectContaining({ status: 'sent', attempts: 4, lastError: null }));
    // A sent message cannot be retried.
    expect([403, 409]).toContain((await b.admin.post(`/outbox/${failed.id}/retry`)).status);
  });
});
