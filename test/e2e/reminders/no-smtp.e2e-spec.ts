import { simpleParser } from 'mailparser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASES } from '../support/databases';
import { must } from '../support/engine-fixtures';
import {
  bootReminderApp,
  createReminderBureau,
  emailOf,
  outboxRows,
  petitionTask,
  pinClock,
  queueSettled,
  reminderEnv,
  runFinished,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import { eventually } from '../support/smtp-sink';
import type { TestApp } from '../support/test-app';

const NOT_CONFIGURED = '未配置 SMTP 服务器（SMTP_URL），邮件保留在发件箱中';

/**
 * Issue 4 — without SMTP_URL nothing is lost: every message stays in the outbox as `unsent`
 * (with the reason), readable there and as an .eml file under DATA_DIR/mail; an urge too.
 */
describe.each(DATABASES)('reminders: no SMTP server configured (%s)', (db) => {
  const DAY = '2026-06-10';
  let t: TestApp;
  let b: ReminderBureau;

  beforeAll(async () => {
    t = await bootReminderApp(DAY, { db, env: reminderEnv() });
    b = await createReminderBureau(t);
    await petitionTask(t, b, '信访〔2026〕31号', '2026-05-26', '2026-06-10'); // due today
    await petitionTask(t, b, '信访〔2026〕32号', '2026-05-21', '2026-06-05'); // 3 working days overdue → 王副局长
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the daily run leaves its messages unsent in the outbox, with the reason', async () => {
    expect(t.config.SMTP_URL).toBeUndefined();
    pinClock(t, DAY, '09:00');
    must(await b.admin.post('/reminder-runs'), 202, 'run');
    await runFinished(t, DAY);
    const rows = await eventually(
      async () => {
        const r = await outboxRows(t);
        return r.length === 2 && r.every((m) => m.status === 'unsent') ? r : null;
      },
      15_000,
      'two unsent messages',
    );
    expect(rows.map((r) => r.toAddress).sort()).toEqual([emailOf(b.head.office), emailOf(b.officeLeader)].sort());
    for (const r of rows)
      expect(r).toEqual(expect.objectContaining({ status: 'unsent', attempts: 1, lastError: NOT_CONFIGURED, smtpMessageId: null, sentAt: null }));
  });

  it('keeps each as an .eml under DATA_DIR/mail whose Chinese subject and body decode', async () => {
    for (const row of await outboxRows(t)) {
      const file = join(t.config.dataDir, 'mail', `${row.id}.eml`);
      expect(existsSync(file)).toBe(true);
      const mail = await simpleParser(readFileSync(file));
      expect(mail.subject).toBe(row.subject);
      expect(mail.text?.trim()).toBe(row.text.trim());
      expect(mail.headers.get('x-fazhi-message')).toBe(row.idempotencyKey);
      expect((mail.to as { value: { address: string }[] }).value[0].address).toBe(row.toAddress);
    }
    const head = (await outboxRows(t)).find((r) => r.recipientId === b.head.office.id)!;
    expect(head.subject).toBe('【法治督办】1项任务已逾期，1项任务即将到期');
  });

  it('admin GET /outbox?status=unsent lists them with the error; the recipient sees theirs in /outbox/mine', async () => {
    const unsent = must(await b.admin.get('/outbox?status=unsent'), 200, 'unsent');
    expect(unsent.total).toBe(2);
    for (const m of unsent.items) expect(m).toEqual(expect.objectContaining({ status: 'unsent', attempts: 1, lastError: NOT_CONFIGURED }));
    const mine = must(await (await b.as(b.officeLeader)).get('/outbox/mine'), 200, 'mine');
    expect(mine.items.map((m: { subject: string; status: string }) => [m.subject, m.status])).toEqual([['【法治督办】逾期督办：1项任务', 'unsent']]);
  });

  it('running the day again writes nothing new; an admin retry tries again and keeps it unsent', async () => {
    must(await b.admin.post('/reminder-runs'), 202, 'run again');
    await queueSettled(t);
    const rows = await outboxRows(t);
    expect(rows).toHaveLength(2);
    const retry = must(await b.admin.post(`/outbox/${rows[0].id}/retry`), 200, 'retry');
    expect(retry).toEqual({ requeued: [rows[0].id] });
    const again = await eventually(
      async () => {
        const r = (await outboxRows(t)).find((m) => m.id === rows[0].id)!;
        return r.attempts === 2 && r.status === 'unsent' ? r : null;
      },
      10_000,
      'the retried message to be tried again',
    );
    expect(again.lastError).toBe(NOT_CONFIGURED);
  });

  it('an urge is kept too', async () => {
    const petition = (await outboxRows(t)).length;
    const task = must(await b.admin.get(`/tasks?departmentId=${b.dept.office}&pageSize=1`), 200, 'tasks').items[0];
    must(await (await b.as(b.officeLeader)).post(`/tasks/${task.id}/urges`).send({ message: '请尽快办理' }), 201, 'urge');
    const urge = await eventually(async () => (await outboxRows(t)).find((r) => r.kind === 'urge' && r.status === 'unsent'), 10_000, 'the urge in the outbox');
    expect(urge).toEqual(expect.objectContaining({ recipientId: b.head.office.id, lastError: NOT_CONFIGURED, subject: `【法治督办】催办：${task.title}` }));
    expect(await outboxRows(t)).toHaveLength(petition + 1);
  });
});
