import { ScheduleRewording } from '../../../src/plans/schedule-rewording';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { Task } from '../../../src/tasks/task.entity';
import { DATABASES } from '../support/databases';
import { createEventPlan, leadTask, must } from '../support/engine-fixtures';
import { bootReminderApp, createReminderBureau, outboxRows, petitionTask, reminderEnv, type ReminderBureau } from '../support/reminder-fixtures';
import type { TestApp } from '../support/test-app';

/**
 * Issue 11 §9 — deadlines read in Chinese wherever users see them: the task (API), the reminder
 * e-mail, and tasks issued before the wording existed (reworded from their item's rule).
 * Wednesday 2026-06-10: a petition received 05-26 is due today (15 days → 06-10).
 */
const DAY = '2026-06-10';

describe.each(DATABASES)('engine: deadline wording (%s)', (db) => {
  let t: TestApp;
  let b: ReminderBureau;

  beforeAll(async () => {
    t = await bootReminderApp(DAY, { db, env: reminderEnv() });
    b = await createReminderBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a case task words its deadline from the anchor phrase, never the rule key', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.private), t, 'enforcement-case', '某教罚〔2026〕51号', {
      filedOn: '2026-06-01',
      decidedOn: '2026-06-08',
    });
    const detail = async (key: string) => must(await b.admin.get(`/tasks/${(await leadTask(t, planId, 'enforcement-case', key)).id}`), 200, key).task;
    expect((await detail('publicity')).scheduleText).toBe('处罚决定作出之日起7个工作日内');
    expect((await detail('decision')).scheduleText).toBe('立案之日起90日内');
    expect((await detail('filing')).scheduleText).toBe('立案当日');
  });

  it('the reminder e-mail carries the Chinese wording beside the due date', async () => {
    const task = await petitionTask(t, b, '信访〔2026〕51号', '2026-05-26', DAY);
    await t.app.get(RemindersService).runDaily();
    const mail = (await outboxRows(t)).find((m) => m.text.includes(`/#/tasks/${task.id}`));
    expect(mail?.text).toContain('截止 2026-06-10（收到信访事项之日起15日内）');
  });

  it('rewords tasks issued with rule keys from their item’s rule, leaving their due date alone', async () => {
    const task = await petitionTask(t, b, '信访〔2026〕52号', '2026-05-27', '2026-06-11');
    await t.dataSource.getRepository(Task).update({ id: task.id }, { scheduleText: 'receivedOn后15日内' });
    expect(await t.app.get(ScheduleRewording).reword()).toBe(1);
    const after = must(await b.admin.get(`/tasks/${task.id}`), 200, 'task').task;
    expect(after).toEqual(expect.objectContaining({ scheduleText: '收到信访事项之日起15日内', dueOn: '2026-06-11' }));
    expect(await t.app.get(ScheduleRewording).reword()).toBe(0);
  });
});
