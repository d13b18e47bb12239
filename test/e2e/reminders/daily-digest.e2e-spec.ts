import { RemindersService } from '../../../src/reminders/reminders.service';
import { DATABASES } from '../support/databases';
import { createEventPlan, leadTask, must, tasksOfItem, type TaskSummary } from '../support/engine-fixtures';
import { CHINESE, expectError } from '../support/expectations';
import { type TestUser } from '../support/fixtures';
import {
  adviserTasks,
  assign,
  bootReminderApp,
  createReminderBureau,
  emailOf,
  outboxRows,
  petitionTask,
  pinClock,
  PUBLIC_BASE_URL,
  reminderEnv,
  runAndEnqueue,
  runFinished,
  settled,
  runRow,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import { type ReceivedMail, SmtpSink } from '../support/smtp-sink';
import type { TestApp } from '../support/test-app';

/**
 * Issue 4 — the daily reminder run end to end: real Redis (BullMQ), a real SMTP server on
 * loopback (smtp-server), what arrives parsed with mailparser. The clock is pinned; every date
 * is worked out by hand from the 2026 calendar (Dragon Boat 06-19…06-21 off, make-up Saturday
 * 10-10). Wednesday 2026-06-10 is the main day:
 *
 *   局办公室 (head-office; 分管 王副局长):
 *     late10  due 05-27 — 10 working days overdue → 王副局长 and 赵局长 (局长)
 *     late3   due 06-05 —  3 working days overdue → 王副局长
 *     today   due 06-10 —  due today
 *     soon1   due 06-11 —  1 working day left
 *     soon7   due 06-22 —  7 working days left (06-11 … 06-18, 06-22: Dragon Boat not counted)
 *     quiet   due 06-12 —  2 working days left: no reminder
 *   政策法规股 (head-legal; 分管 李副局长):
 *     opinion due 06-15 — 3 working days left; assigned to staff-legal
 *     record  due 06-17 — 5 working days left: no reminder
 */
const DAY = '2026-06-10';
const MONDAY = '2026-06-15';

/** The deadline wording each digest line carries after its date (issue 11: Chinese wording of the rule). */
const PETITION = '（收到信访事项之日起15日内）';
const OPINION = '（提请审查之日起7个工作日内）';
const DRAW = '（抽查启动当日）';
describe.each(DATABASES)('reminders: daily digests over SMTP (%s)', (db) => {
  let sink: SmtpSink;
  let t: TestApp;
  let b: ReminderBureau;
  let s: Record<'late10' | 'late3' | 'today' | 'soon1' | 'soon7' | 'quiet' | 'opinion' | 'record' | 'makeUp', TaskSummary>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await bootReminderApp(DAY, { db, env: reminderEnv(sink.url) });
    b = await createReminderBureau(t);
    const [opinion, record] = await adviserTasks(t, b, '法审〔2026〕8号', '2026-06-04', ['2026-06-15', '2026-06-17']);
    s = {
      late10: await petitionTask(t, b, '信访〔2026〕1号', '2026-05-12', '2026-05-27'),
      late3: await petitionTask(t, b, '信访〔2026〕2号', '2026-05-21', '2026-06-05'),
      today: await petitionTask(t, b, '信访〔2026〕3号', '2026-05-26', '2026-06-10'),
      soon1: await petitionTask(t, b, '信访〔2026〕4号', '2026-05-27', '2026-06-11'),
      quiet: await petitionTask(t, b, '信访〔2026〕5号', '2026-05-28', '2026-06-12'),
      soon7: await petitionTask(t, b, '信访〔2026〕7号', '2026-06-07', '2026-06-22'),
      opinion,
      record,
      // Received 09-27 (a day off): due Monday 10-12, one working day after make-up Saturday 10-10.
      makeUp: await petitionTask(t, b, '信访〔2026〕6号', '2026-09-27', '2026-10-12'),
    };
    await assign(t, opinion.id, b.staff.legal.id);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const mailTo = (u: TestUser, mails: ReceivedMail[] = sink.received) => mails.filter((m) => m.to.includes(emailOf(u)));
  const only = (u: TestUser, mails?: ReceivedMail[]) => {
    const list = mailTo(u, mails);
    expect({ to: u.login, count: list.length }).toEqual({ to: u.login, count: 1 });
    return list[0];
  };
  const itemLines = (m: ReceivedMail) => m.text.split('\n').filter((l) => l.startsWith('- '));
  const linkOf = (task: TaskSummary) => `${PUBLIC_BASE_URL}/#/tasks/${task.id}`;

  describe(`Wednesday ${DAY}`, () => {
    let mails: ReceivedMail[];

    beforeAll(async () => {
      pinClock(t, DAY, '09:00');
      const res = await b.admin.post('/reminder-runs');
      expect({ status: res.status, body: res.body }).toEqual({ status: 202, body: { queued: true } });
      await runFinished(t, DAY);
      await sink.waitForCount(5);
      mails = [...(await settled(t, sink))];
    });

    it('sends one digest per recipient, and only to those with something due', () => {
      expect(mails).toHaveLength(5);
      const recipients = mails.map((m) => m.to.join(',')).sort();
      expect(recipients).toEqual([b.head.office, b.officeLeader, b.bureauHead, b.head.legal, b.staff.legal].map(emailOf).sort());
      // Each message carries its idempotency key: recipient and day.
      expect(new Set(mails.map((m) => m.key)).size).toBe(5);
      for (const m of mails) expect(m.key).toMatch(new RegExp(`^digest-\\d+-${DAY}$`));
      expect(mailTo(b.leader, mails)).toEqual([]); // 李副局长: nothing overdue in his departments
      expect(mailTo(b.head.safety, mails)).toEqual([]);
    });

    it('decodes Chinese subjects, sender and bodies (encoded words, UTF-8 parts)', () => {
      const m = only(b.head.office, mails);
      expect(m.raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
      expect(m.subject).toBe('【法治督办】2项任务已逾期，3项任务即将到期');
      expect(m.parsed.from?.value[0]).toEqual({ name: '法治督办', address: 'noreply@fazhi.local' });
      expect(m.text).toMatch(CHINESE);
      expect(m.text.startsWith('局办公室股长：您好！')).toBe(true);
      expect(m.html).toContain('局办公室股长：您好！');
    });

    it('lists the department head’s items overdue first, each with department, work point, due date, days and link', () => {
      const m = only(b.head.office, mails);
      const title = s.late10.title;
      expect(itemLines(m)).toEqual([
        `- ${title}｜局办公室｜监督与化解｜截止 2026-05-27${PETITION}｜已逾期 10 个工作日｜${linkOf(s.late10)}`,
        `- ${title}｜局办公室｜监督与化解｜截止 2026-06-05${PETITION}｜已逾期 3 个工作日｜${linkOf(s.late3)}`,
        `- ${title}｜局办公室｜监督与化解｜截止 2026-06-10${PETITION}｜今日到期｜${linkOf(s.today)}`,
        `- ${title}｜局办公室｜监督与化解｜截止 2026-06-11${PETITION}｜还剩 1 个工作日｜${linkOf(s.soon1)}`,
        `- ${title}｜局办公室｜监督与化解｜截止 2026-06-22${PETITION}｜还剩 7 个工作日｜${linkOf(s.soon7)}`,
      ]);
      expect(m.text).not.toContain(linkOf(s.quiet));
      for (const task of [s.late10, s.late3, s.today, s.soon1, s.soon7]) expect(m.html).toContain(`<a href="${linkOf(task)}">`);
    });

    it('escalates: 3 working days overdue to the supervising leader, 10 to the bureau head as well', () => {
      const wang = only(b.officeLeader, mails);
      expect(wang.subject).toBe('【法治督办】逾期督办：2项任务');
      expect(itemLines(wang).map((l) => l.split('｜')[4])).toEqual(['已逾期 10 个工作日', '已逾期 3 个工作日']);
      expect(wang.text).toContain('【逾期督办（分管或主管的股室）】');
      const zhao = only(b.bureauHead, mails);
      expect(zhao.subject).toBe('【法治督办】逾期督办：1项任务');
      expect(itemLines(zhao)).toEqual([`- ${s.late10.title}｜局办公室｜监督与化解｜截止 2026-05-27${PETITION}｜已逾期 10 个工作日｜${linkOf(s.late10)}`]);
    });

    it('reminds the head and the assignee 3 working days before; not 5', () => {
      for (const u of [b.head.legal, b.staff.legal]) {
        const m = only(u, mails);
        expect(m.subject).toBe('【法治督办】1项任务即将到期');
        expect(itemLines(m)).toEqual([`- ${s.opinion.title}｜政策法规股｜法律顾问｜截止 2026-06-15${OPINION}｜还剩 3 个工作日｜${linkOf(s.opinion)}`]);
        expect(m.text).not.toContain(linkOf(s.record));
      }
    });

    it('records the run and each message as sent in the outbox', async () => {
      const run = await runRow(t, DAY);
      expect(run).toEqual(expect.objectContaining({ runDate: DAY, messages: 5, skippedTasks: 0, finishedAt: expect.any(Date) }));
      const rows = (await outboxRows(t)).filter((r) => r.idempotencyKey.endsWith(DAY));
      expect(rows).toHaveLength(5);
      for (const r of rows)
        expect(r).toEqual(
          expect.objectContaining({ status: 'sent', attempts: 1, lastError: null, smtpMessageId: expect.stringMatching(/^<.+>$/), sentAt: expect.any(Date) }),
        );
      // The SMTP Message-ID recorded is the one that arrived.
      for (const m of mails) expect(rows.find((r) => r.idempotencyKey === m.key)!.smtpMessageId).toBe(m.parsed.messageId);
    });

    it('a second run the same day (HTTP, worker and direct) sends nothing more and writes no new outbox row', async () => {
      const before = must(await b.admin.get('/outbox?pageSize=1'), 200, 'outbox').total;
      expect(must(await b.admin.post('/reminder-runs'), 202, 'run again')).toEqual({ queued: true });
      expect(await runAndEnqueue(t)).toEqual([]);
      await settled(t, sink);
      expect(sink.received).toHaveLength(5);
      expect(must(await b.admin.get('/outbox?pageSize=1'), 200, 'outbox').total).toBe(before);
      const runs = must(await b.admin.get('/reminder-runs'), 200, 'runs');
      expect(runs.filter((r: { runDate: string }) => r.runDate === DAY)).toHaveLength(1);
    });
  });

  describe('the outbox over HTTP', () => {
    it('GET /outbox/mine shows a user their own messages only', async () => {
      const mine = must(await (await b.as(b.head.office)).get('/outbox/mine'), 200, 'mine');
      expect(mine.total).toBe(1);
      expect(mine.items).toEqual([
        expect.objectContaining({ recipientId: b.head.office.id, kind: 'digest', status: 'sent', subject: '【法治督办】2项任务已逾期，3项任务即将到期' }),
      ]);
      const nothing = must(await (await b.as(b.head.safety)).get('/outbox/mine'), 200, 'mine');
      expect(nothing).toEqual(expect.objectContaining({ items: [], total: 0 }));
      // recipientId in the query does not widen "mine".
      const sneaky = must(await (await b.as(b.head.safety)).get(`/outbox/mine?recipientId=${b.head.office.id}`), 200, 'mine');
      expect(sneaky.total).toBe(0);
    });

    it('admin GET /outbox shows status, attempts and last error; filters by status and recipient', async () => {
      const all = must(await b.admin.get('/outbox'), 200, 'outbox');
      expect(all.total).toBe(5);
      for (const m of all.items)
        expect(m).toEqual(expect.objectContaining({ status: 'sent', attempts: 1, lastError: null, toAddress: expect.stringMatching(/@example\.gov\.cn$/) }));
      expect(must(await b.admin.get('/outbox?status=failed'), 200, 'failed').total).toBe(0);
      expect(must(await b.admin.get(`/outbox?recipientId=${b.bureauHead.id}`), 200, 'by recipient').items.map((m: { subject: string }) => m.subject)).toEqual([
        '【法治督办】逾期督办：1项任务',
      ]);
    });

    it('a non-admin gets 403 on GET /outbox and 404 on someone else’s message', async () => {
      const head = await b.as(b.head.office);
      expectError(await head.get('/outbox'), 403);
      const other = (await outboxRows(t)).find((r) => r.recipientId === b.bureauHead.id)!;
      expectError(await head.get(`/outbox/${other.id}`), 404);
      expect(must(await (await b.as(b.bureauHead)).get(`/outbox/${other.id}`), 200, 'own message').subject).toBe('【法治督办】逾期督办：1项任务');
    });
  });

  describe('days off and the weekly summary', () => {
    it.each([
      ['Saturday', '2026-06-13'],
      ['Sunday', '2026-06-14'],
      ['Dragon Boat Festival', '2026-06-19'],
    ])('%s %s: the run is skipped, no mail, no run recorded', async (_label, day) => {
      pinClock(t, day, '09:00');
      const before = sink.received.length;
      expect(await t.app.get(RemindersService).runDaily()).toEqual({ status: 'SKIPPED', reason: 'not a working day', messageIds: [] });
      must(await b.admin.post('/reminder-runs'), 202, 'run');
      await settled(t, sink);
      expect(sink.received.length).toBe(before);
      expect(await runRow(t, day)).toBeNull();
    });

    it(`Monday ${MONDAY}: leaders get the weekly summary, in the same mail as their escalations`, async () => {
      pinClock(t, MONDAY, '09:00');
      const before = sink.received.length;
      expect((await runAndEnqueue(t)).length).toBe(6);
      await sink.waitForCount(before + 6);
      const monday = (await settled(t, sink)).slice(before);
      expect(monday).toHaveLength(6);
      // 李副局长: no escalation in his departments, the summary alone.
      const li = only(b.leader, monday);
      expect(li.subject).toBe('【法治督办】本周法治工作督办汇总');
      expect(li.text).toContain('【本周汇总：各股室逾期与完成情况】');
      // Each row carries the on-time figure (none done yet: no rate) and the late count.
      expect(li.text).toMatch(/- 局办公室：共 \d+ 项，已完成 0 项（0%），按期完成率 —（逾期完成 0 项），逾期 5 项/);
      expect(li.html).toContain('<th>按期完成率</th><th>逾期完成</th>');
      // 王副局长: today (06-10) is now 3 working days overdue too (06-11, 06-12, 06-15).
      const wang = only(b.officeLeader, monday);
      expect(wang.subject).toBe('【法治督办】逾期督办：3项任务（附本周汇总）');
      expect(wang.text).toContain('【本周汇总：各工作要点完成情况】');
      expect(only(b.bureauHead, monday).subject).toBe('【法治督办】逾期督办：1项任务（附本周汇总）');
      // The department head: all five petitions overdue; 政策法规股: the opinion due today.
      expect(only(b.head.office, monday).subject).toBe('【法治督办】5项任务已逾期');
      expect(only(b.head.legal, monday).subject).toBe('【法治督办】1项任务即将到期');
      expect(itemLines(only(b.staff.legal, monday))).toEqual([
        `- ${s.opinion.title}｜政策法规股｜法律顾问｜截止 2026-06-15${OPINION}｜今日到期｜${linkOf(s.opinion)}`,
      ]);
    });

    it('a deadline on a day off (random inspection drawn on Saturday 06-13, 不顺延) is announced as due on Friday 06-12', async () => {
      pinClock(t, '2026-06-12', '07:00');
      const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'random-inspection', '抽查〔2026〕1号', { plannedOn: '2026-06-13' });
      const draw = await leadTask(t, planId, 'random-inspection', 'draw-targets');
      expect(draw.dueOn).toBe('2026-06-13');
      pinClock(t, '2026-06-12', '09:00');
      const before = sink.received.length;
      await runAndEnqueue(t);
      await sink.waitFor(
        (all) => mailTo(b.head.legal, all.slice(before)).length === 1 && mailTo(b.head.private, all.slice(before)).length === 1,
        15_000,
        'Friday’s digests',
      );
      const legal = only(b.head.legal, (await settled(t, sink)).slice(before));
      expect(itemLines(legal)).toContain(`- ${draw.title}｜政策法规股｜双随机、一公开｜截止 2026-06-13${DRAW}｜今日到期｜${linkOf(draw)}`);
      // The supporting department (民办教育与审批股) hears about its own task of the item.
      const support = (await tasksOfItem(t, planId, 'random-inspection', 'draw-targets')).find((x) => x.supporting)!;
      expect(itemLines(only(b.head.private, sink.received.slice(before)))).toContain(
        `- ${draw.title}｜民办教育与审批股｜双随机、一公开｜截止 2026-06-13${DRAW}｜今日到期｜${linkOf(support)}`,
      );
    });

    it('make-up Saturday 2026-10-10 is a working day: the run sends (a task due Monday 10-12 has 1 working day left)', async () => {
      pinClock(t, '2026-10-10', '09:00');
      const before = sink.received.length;
      expect((await runAndEnqueue(t)).length).toBeGreaterThan(0);
      await sink.waitFor((all) => mailTo(b.head.office, all.slice(before)).length === 1, 15_000, 'the head’s make-up-day digest');
      const m = only(b.head.office, (await settled(t, sink)).slice(before));
      expect(itemLines(m)).toContain(`- ${s.makeUp.title}｜局办公室｜监督与化解｜截止 2026-10-12${PETITION}｜还剩 1 个工作日｜${linkOf(s.makeUp)}`);
      expect(itemLines(m)[0]).toContain(`截止 2026-05-27${PETITION}｜已逾期`); // most overdue first
      expect((await runRow(t, '2026-10-10'))?.finishedAt).toEqual(expect.any(Date));
    });
  });
});
