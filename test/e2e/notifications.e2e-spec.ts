import { DomainEvents } from '../../src/common/domain-events';
import { DATABASES } from './support/databases';
import { createAnnualPlan, leadTask, must, type TaskSummary } from './support/engine-fixtures';
import { expectError, expectFieldError } from './support/expectations';
import type { TestUser } from './support/fixtures';
import {
  bootReminderApp,
  createReminderBureau,
  petitionTask,
  pinClock,
  queueSettled,
  reminderEnv,
  runAndEnqueue,
  settled,
  type ReminderBureau,
} from './support/reminder-fixtures';
import { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';

interface NotificationItem {
  id: number;
  kind: string;
  taskId: number | null;
  taskTitle: string;
  text: string;
  delivery: string;
  deliveryText: string;
  readAt: string | null;
}

/**
 * Issue 14 — the notification centre: every reminder, urge, return, acceptance and assignment is a
 * notification with read state, each user sees and marks only their own, and each says in plain
 * words whether its e-mail went out. Wednesday 2026-06-10 (see daily-digest.e2e-spec.ts):
 *   局办公室: late3 due 06-05 (3 working days overdue → escalated to 王副局长), soon1 due 06-11.
 */
const DAY = '2026-06-10';

async function mine(b: ReminderBureau, user: TestUser, query = ''): Promise<{ items: NotificationItem[]; total: number }> {
  return must(await (await b.as(user)).get(`/notifications${query}`), 200, `notifications of ${user.login}`);
}

async function unread(b: ReminderBureau, user: TestUser): Promise<number> {
  return must<{ unread: number }>(await (await b.as(user)).get('/notifications/unread-count'), 200, 'unread count').unread;
}

/** [kind, task title] of a user's notifications, newest first. */
const kinds = (page: { items: NotificationItem[] }) => page.items.map((n) => [n.kind, n.taskTitle]);

describe.each(DATABASES)('notification centre (%s)', (db) => {
  let sink: SmtpSink;
  let t: TestApp;
  let b: ReminderBureau;
  let late3: TaskSummary;
  let soon1: TaskSummary;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await bootReminderApp(DAY, { db, env: reminderEnv(sink.url) });
    b = await createReminderBureau(t);
    late3 = await petitionTask(t, b, '信访〔2026〕2号', '2026-05-21', '2026-06-05');
    soon1 = await petitionTask(t, b, '信访〔2026〕4号', '2026-05-27', '2026-06-11');
    pinClock(t, DAY, '09:00');
    await runAndEnqueue(t);
    await settled(t, sink);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  describe('the daily run', () => {
    it('gives each recipient one notification per task of the digest, linked to the e-mail that was sent', async () => {
      const head = await mine(b, b.head.office);
      expect(head.total).toBe(2);
      expect(kinds(head).sort()).toEqual([
        ['reminder', late3.title],
        ['reminder', soon1.title],
      ]);
      const late = head.items.find((n) => n.taskId === late3.id)!;
      expect(late).toEqual(
        expect.objectContaining({ text: '截止 2026-06-05，已逾期 3 个工作日', delivery: 'emailSent', deliveryText: '已发送到邮箱', readAt: null }),
      );
      const leader = await mine(b, b.officeLeader);
      expect(leader.items).toEqual([expect.objectContaining({ kind: 'escalation', taskId: late3.id, text: expect.stringContaining('局办公室') })]);
      expect(await unread(b, b.head.office)).toBe(2);
    });

    it('adds nothing when the day is run again', async () => {
      await runAndEnqueue(t);
      await queueSettled(t);
      expect((await mine(b, b.head.office)).total).toBe(2);
      expect(await unread(b, b.officeLeader)).toBe(1);
    });
  });

  describe('read state', () => {
    it('lets nobody else read or mark a user’s notifications, not even an admin', async () => {
      const [first] = (await mine(b, b.head.office)).items;
      expectError(await (await b.as(b.staff.office)).post(`/notifications/${first.id}/read`), 404);
      expectError(await b.admin.post(`/notifications/${first.id}/read`), 404);
      expect((await mine(b, b.staff.office)).total).toBe(0);
      expect(must(await b.admin.get('/notifications'), 200, 'admin').total).toBe(0);
      expect(await unread(b, b.head.office)).toBe(2);
    });

    it('marks one read (the badge drops by one, the unread filter leaves it out), then all', async () => {
      const [first, second] = (await mine(b, b.head.office)).items;
      expect(must(await (await b.as(b.head.office)).post(`/notifications/${first.id}/read`), 200, 'read')).toEqual({ unread: 1 });
      // Marking it again changes nothing.
      expect(must(await (await b.as(b.head.office)).post(`/notifications/${first.id}/read`), 200, 'read again')).toEqual({ unread: 1 });
      const unreadOnly = await mine(b, b.head.office, '?unread=true');
      expect(unreadOnly.items.map((n) => n.id)).toEqual([second.id]);
      expect((await mine(b, b.head.office)).items.find((n) => n.id === first.id)?.readAt).toEqual(expect.any(String));
      expect(must(await (await b.as(b.head.office)).post('/notifications/read-all'), 200, 'read all')).toEqual({ unread: 0 });
      expect(await unread(b, b.head.office)).toBe(0);
      expect(await unread(b, b.officeLeader)).toBe(1);
    });

    it('refuses a bad filter in Chinese (400)', async () => {
      expectFieldError(await (await b.as(b.head.office)).get('/notifications?unread=yes'), 'unread');
      expectFieldError(await (await b.as(b.head.office)).get('/notifications?kind=sms'), 'kind');
    });
  });

  describe('催办', () => {
    it('notifies the urged department’s head, with the e-mail’s delivery state', async () => {
      must(await (await b.as(b.officeLeader)).post(`/tasks/${late3.id}/urges`).send({ message: '请本周内办结' }), 201, 'urge');
      await settled(t, sink);
      const urges = await mine(b, b.head.office, '?kind=urge');
      expect(urges.items).toEqual([
        expect.objectContaining({ taskId: late3.id, taskTitle: late3.title, text: '王副局长 催办：请本周内办结', delivery: 'emailSent', readAt: null }),
      ]);
      expect(await unread(b, b.head.office)).toBe(1);
    });

    it('marks the task in every list with who urged it and when, until it is done', async () => {
      const head = await b.as(b.head.office);
      const mark = { urgedByName: '王副局长', urgedAt: expect.any(String) };
      const listed = must(await head.get('/tasks?view=overdue'), 200, 'overdue').items as TaskSummary[];
      expect(listed.find((x) => x.id === late3.id)).toEqual(expect.objectContaining(mark));
      expect(listed.find((x) => x.id === soon1.id) ?? { urgedByName: null }).toEqual(expect.objectContaining({ urgedByName: null }));
      const overdue = must(await (await b.as(b.officeLeader)).get('/oversight/overdue'), 200, 'oversight').items as TaskSummary[];
      expect(overdue.find((x) => x.id === late3.id)).toEqual(expect.objectContaining(mark));
      expect(must(await head.get(`/tasks/${late3.id}`), 200, 'detail').summary).toEqual(expect.objectContaining(mark));

      must(await head.post(`/tasks/${late3.id}/complete`).send({ note: '已书面告知信访人' }), 200, 'complete');
      const done = must(await head.get('/tasks?view=done'), 200, 'done').items as TaskSummary[];
      expect(done.find((x) => x.id === late3.id)).toEqual(expect.objectContaining({ urgedByName: null, urgedAt: null }));
    });
  });

  describe('review and assignment', () => {
    let report: TaskSummary;
    const post = async (user: TestUser, path: string, body: object = {}) => (await b.as(user)).post(path).send(body);

    beforeAll(async () => {
      const { planId } = await createAnnualPlan(t, 2026);
      report = await leadTask(t, planId, 'powers-services-annual', 'gov-info-annual-report'); // 局办公室, reviewed by 政策法规股
      must(await (await b.as(b.head.office)).post('/notifications/read-all'), 200, 'read all');
    });

    it('tells the assignee they were named, in the system only', async () => {
      must(await (await b.as(b.head.office)).patch(`/tasks/${report.id}/assignee`).send({ assigneeId: b.staff.office.id }), 200, 'assign');
      expect((await mine(b, b.staff.office)).items).toEqual([
        expect.objectContaining({
          kind: 'assigned',
          taskId: report.id,
          taskTitle: report.title,
          text: '局办公室股长 指定您为此任务的经办人',
          delivery: 'inApp',
          deliveryText: '仅系统内通知',
        }),
      ]);
      expect(await unread(b, b.head.office)).toBe(0);
    });

    it('tells the head and the assignee of a return (with the reason) and of an acceptance, not the reviewer', async () => {
      must(await post(b.head.office, `/tasks/${report.id}/complete`, { note: '已发布年度报告' }), 200, 'submit');
      must(await post(b.head.legal, `/tasks/${report.id}/return`, { reason: '缺少统计数据表' }), 200, 'return');
      for (const user of [b.head.office, b.staff.office]) {
        expect((await mine(b, user, '?kind=returned')).items).toEqual([
          expect.objectContaining({ taskId: report.id, text: '政策法规股股长 退回了任务：缺少统计数据表' }),
        ]);
      }
      must(await post(b.head.office, `/tasks/${report.id}/complete`, { note: '已补充统计数据表' }), 200, 'resubmit');
      must(await post(b.head.legal, `/tasks/${report.id}/accept`, { note: '同意' }), 200, 'accept');
      expect((await mine(b, b.staff.office, '?kind=accepted')).items).toEqual([
        expect.objectContaining({ taskId: report.id, text: '政策法规股股长 审核通过了任务' }),
      ]);
      expect(await unread(b, b.head.office)).toBe(2);
      expect((await mine(b, b.head.legal)).total).toBe(0);
    });
  });

  it('tells a task’s people when a corrected holiday year moves its due date, once per change', async () => {
    const redated = { changes: [{ taskId: soon1.id, from: '2026-06-11', to: '2026-06-12' }] };
    await t.app.get(DomainEvents).emit('tasks.redated', redated);
    await t.app.get(DomainEvents).emit('tasks.redated', redated);
    expect((await mine(b, b.head.office, '?kind=redated')).items).toEqual([
      expect.objectContaining({ taskId: soon1.id, text: '截止日期因节假日安排调整由 2026-06-11 改为 2026-06-12', delivery: 'inApp' }),
    ]);
  });

  it('gives leaders the weekly summary on Monday as a notification about no single task', async () => {
    pinClock(t, '2026-06-15', '09:00');
    await runAndEnqueue(t);
    await settled(t, sink);
    expect((await mine(b, b.leader, '?kind=weekly')).items).toEqual([
      expect.objectContaining({
        taskId: null,
        taskTitle: '',
        text: expect.stringMatching(/^本周法治工作督办汇总：全局共 \d+ 项任务逾期$/),
        delivery: 'emailSent',
      }),
    ]);
  });
});

describe.each(DATABASES)('notification centre without SMTP (%s)', (db) => {
  let t: TestApp;
  let b: ReminderBureau;

  beforeAll(async () => {
    t = await bootReminderApp(DAY, { db, env: reminderEnv() });
    b = await createReminderBureau(t);
    await petitionTask(t, b, '信访〔2026〕32号', '2026-05-21', '2026-06-05');
    pinClock(t, DAY, '09:00');
    await runAndEnqueue(t);
    await queueSettled(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('says the e-mail was not sent and the notice is in the system', async () => {
    expect((await mine(b, b.head.office)).items).toEqual([
      expect.objectContaining({ kind: 'reminder', delivery: 'emailUnsent', deliveryText: '邮件未发送，已在系统内通知' }),
    ]);
  });

  it('keeps the raw transport error from a head’s outbox, and shows it to the admin', async () => {
    const own = must(await (await b.as(b.head.office)).get('/outbox/mine'), 200, 'mine');
    expect(own.items).toEqual([expect.objectContaining({ status: 'unsent', lastError: null })]);
    expect(must(await (await b.as(b.head.office)).get(`/outbox/${own.items[0].id}`), 200, 'one').lastError).toBeNull();
    const all = must(await b.admin.get('/outbox'), 200, 'all');
    expect(all.items.find((m: { id: number }) => m.id === own.items[0].id).lastError).toContain('未配置 SMTP');
  });
});
