import { AuditEvent } from '../../../src/audit/audit-event.entity';
import { DomainEvents, type DomainEventMap } from '../../../src/common/domain-events';
import { ReminderJobs } from '../../../src/reminders/reminder-jobs';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { DATABASES } from '../support/databases';
import { must, type TaskSummary } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { createUser, type TestUser } from '../support/fixtures';
import {
  bootReminderApp,
  createReminderBureau,
  outboxRows,
  petitionTask,
  pinClock,
  reminderEnv,
  runRow,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import type { TestApp } from '../support/test-app';

/**
 * Issue 14, point 5 — calendar health on a pinned clock. The built-in years end with 2026, so
 * from 2026-11-01 the admins are warned about 2027; a run on a 2027 day without data records why
 * it sent nothing; a thin 2027 is refused; a corrected 2027 re-dates the tasks it moves.
 *
 * A plausible 2027 (2027 festival days: 春节 02-06, 清明 04-05, 端午 06-09, 中秋 09-15). The first
 * load gives 清明 one day too many (04-06); the correction removes it.
 */
function year2027(qingming: string[]) {
  const range = (from: number, to: number, month: string) =>
    Array.from({ length: to - from + 1 }, (_, i) => `2027-${month}-${String(from + i).padStart(2, '0')}`);
  return {
    year: 2027,
    daysOff: [...range(1, 3, '01'), ...range(5, 11, '02'), ...qingming, ...range(1, 5, '05'), '2027-06-09', '2027-09-15', ...range(1, 7, '10')],
    makeUpWorkdays: ['2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'],
    holidays: [{ date: '2027-02-06', name: '春节' }],
  };
}
const WRONG_2027 = year2027(['2027-04-03', '2027-04-04', '2027-04-05', '2027-04-06']);
const RIGHT_2027 = year2027(['2027-04-03', '2027-04-04', '2027-04-05']);

describe.each(DATABASES)('calendar health (%s)', (db) => {
  let t: TestApp;
  let b: ReminderBureau;
  let secondAdmin: TestUser;
  const redated: DomainEventMap['tasks.redated'][] = [];

  beforeAll(async () => {
    t = await bootReminderApp('2026-10-30', { db, env: reminderEnv() });
    b = await createReminderBureau(t);
    secondAdmin = await createUser(t, { login: 'admin-two', name: '第二管理员', role: 'admin' });
    t.app.get(DomainEvents).on('tasks.redated', (payload) => Promise.resolve(redated.push(payload)));
  });
  afterAll(async () => {
    await t?.close();
  });

  const health = async () => must(await b.admin.get('/calendar/health'), 200, 'calendar health');
  const calendarNotices = async () => (await outboxRows(t)).filter((m) => m.kind === 'calendar');
  const dailyRun = () => t.app.get(ReminderJobs).dailyRun({});

  it('from 11-01 admins see a warning while next year is not loaded; before, none; others may not ask', async () => {
    pinClock(t, '2026-10-31');
    expect(await health()).toEqual({ today: '2026-10-31', currentYearLoaded: true, nextYear: 2027, nextYearLoaded: false, missingYear: null, warning: null });
    pinClock(t, '2026-11-02');
    const h = await health();
    expect(h).toEqual(expect.objectContaining({ today: '2026-11-02', nextYearLoaded: false, missingYear: 2027 }));
    expect(h.warning).toContain('尚未载入2027年的法定节假日安排');
    expectError(await (await b.as(b.head.office)).get('/calendar/health'), 403);
  });

  it('each admin gets one notice a day however often the daily job runs', async () => {
    pinClock(t, '2026-11-02', '08:30');
    await dailyRun();
    await dailyRun();
    let notices = await calendarNotices();
    expect(notices.map((m) => [m.recipientId, m.idempotencyKey]).sort()).toEqual(
      [
        [1, 'calendar-1-2026-11-02'],
        [secondAdmin.id, `calendar-${secondAdmin.id}-2026-11-02`],
      ].sort(),
    );
    expect(notices[0].subject).toBe('【法治督办】请载入2027年法定节假日安排');
    expect(notices[0].text).toContain('#/admin/calendar?year=2027');
    pinClock(t, '2026-11-03', '08:30');
    await dailyRun();
    notices = await calendarNotices();
    expect(notices).toHaveLength(4);
    // A catch-up of the day's run (the sweep's, e.g. after a restart) sends no notice.
    pinClock(t, '2026-11-04', '09:00');
    await t.app.get(ReminderJobs).dailyRun({ date: '2026-11-04' });
    expect(await calendarNotices()).toHaveLength(4);
  });

  it('a thin or malformed year is refused in plain words naming what is missing', async () => {
    const thin = expectError(await b.admin.put('/calendar/years/2027').send({ year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] }), 422);
    expect(thin.message).toContain('春节（2027-02-06）');
    expect(thin.message).toContain('国庆节（2027-10-01）');
    expect(thin.message).not.toContain('元旦');

    const weekday = expectError(await b.admin.put('/calendar/years/2027').send({ ...RIGHT_2027, makeUpWorkdays: ['2027-02-08'] }), 400);
    expect(weekday.message).toBe('调休上班日期 2027-02-08 不是周六或周日，调休上班日只能是周末。');

    const noSpringFestival = RIGHT_2027.daysOff.filter((d) => !d.startsWith('2027-02'));
    const missing = expectError(
      await b.admin.put('/calendar/years/2027').send({ ...RIGHT_2027, daysOff: noSpringFestival, holidays: [], makeUpWorkdays: [] }),
      422,
    );
    expect(missing.message).toBe('2027年的放假安排不完整，缺少以下法定节日的放假日期：春节（2027-02-06）。请按国务院办公厅当年的放假通知载入全年安排。');
    expect((await b.admin.get('/calendar/years')).body.map((y: { year: number }) => y.year)).not.toContain(2027);
  });

  it('a run on a day of a year without holidays records why it sent nothing; the reminders page lists the reason', async () => {
    pinClock(t, '2027-01-04', '08:30');
    expect(await dailyRun()).toBe('SKIPPED');
    const run = await runRow(t, '2027-01-04');
    expect(run).toEqual(
      expect.objectContaining({ finishedAt: null, messages: 0, skipReason: '未载入2027年的法定节假日安排，无法判断今天是否工作日，今日提醒未发送' }),
    );
    const listed = must(await b.admin.get('/reminder-runs'), 200, 'runs');
    expect(listed[0]).toEqual(expect.objectContaining({ runDate: '2027-01-04', skipReason: run!.skipReason }));
    // This year's data is missing: the admins' notice says so.
    expect(await health()).toEqual(
      expect.objectContaining({ currentYearLoaded: false, missingYear: 2027, warning: expect.stringContaining('每日到期提醒已暂停') }),
    );
    expect((await calendarNotices()).filter((m) => m.idempotencyKey.endsWith('2027-01-04'))).toHaveLength(2);
  });

  it('once the year is loaded the day is caught up: the run finishes and its reason is cleared', async () => {
    must(await b.admin.put('/calendar/years/2027').send(WRONG_2027), 200, 'load 2027');
    expect(await t.app.get(RemindersService).runIsDue()).toBe('2027-01-04');
    expect(await dailyRun()).toBe('DONE');
    expect(await runRow(t, '2027-01-04')).toEqual(expect.objectContaining({ finishedAt: expect.any(Date), skipReason: null }));
    expect((await health()).warning).toBeNull();
  });

  it('reloading a corrected year re-dates the open tasks it moves, audits each change and raises tasks.redated once', async () => {
    // Received Saturday 03-20: 15 days → Sunday 04-04 → the next working day: 04-07 (wrong 清明), 04-06 (corrected).
    const moved: TaskSummary = await petitionTask(t, b, '信访〔2027〕1号', '2027-03-20', '2027-04-07');
    const kept: TaskSummary = await petitionTask(t, b, '信访〔2027〕2号', '2027-05-20', '2027-06-04');
    redated.length = 0;
    must(await b.admin.put('/calendar/years/2027').send(RIGHT_2027), 200, 'correct 2027');

    const tasks = must(await b.admin.get(`/tasks?planId=${moved.planId}`), 200, 'moved task').items as TaskSummary[];
    expect(tasks.find((x) => x.id === moved.id)?.dueOn).toBe('2027-04-06');
    expect((must(await b.admin.get(`/tasks?planId=${kept.planId}`), 200, 'kept task').items as TaskSummary[])[0].dueOn).toBe('2027-06-04');
    expect(redated).toEqual([{ changes: [{ taskId: moved.id, from: '2027-04-07', to: '2027-04-06' }] }]);

    const audit = await t.dataSource.getRepository(AuditEvent).find({ where: { entity: 'tasks', entityId: String(moved.id) }, order: { id: 'ASC' } });
    expect(audit.at(-1)).toEqual(
      expect.objectContaining({ before: expect.objectContaining({ dueOn: '2027-04-07' }), after: expect.objectContaining({ dueOn: '2027-04-06' }) }),
    );
    // Loading the same year again moves nothing and raises nothing.
    must(await b.admin.put('/calendar/years/2027').send(RIGHT_2027), 200, 'same 2027 again');
    expect(redated).toHaveLength(1);
  });
});
