import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../../src/bureau/bureau.module';
import { CalendarModule } from '../../src/calendar/calendar.module';
import { CatalogModule } from '../../src/catalog/catalog.module';
import { requestContext } from '../../src/common/request-context';
import { MailModule } from '../../src/mail/mail.module';
import { NotificationsModule } from '../../src/notifications/notifications.module';
import { OrgModule } from '../../src/org/org.module';
import { OversightModule } from '../../src/oversight/oversight.module';
import { EvidenceModule } from '../../src/evidence/evidence.module';
import { PlansModule } from '../../src/plans/plans.module';
import { PlansService } from '../../src/plans/plans.service';
import { NotificationPreference } from '../../src/reminders/notification-preference.entity';
import { ReminderPolicy } from '../../src/reminders/reminder-policy.entity';
import { ReminderRun } from '../../src/reminders/reminder-run.entity';
import { RemindersService } from '../../src/reminders/reminders.service';
import { RobotsModule } from '../../src/robots/robots.module';
import { TasksModule } from '../../src/tasks/tasks.module';
import { bootServices, createBureau, type Bureau, type ServiceApp } from './support/service-app';

/** The daily run without its queue: RemindersService alone, its outbox rows checked on disk. */
describe('RemindersService on SQLite (no HTTP, no Redis)', () => {
  let app: ServiceApp;
  let bureau: Bureau;
  let reminders: RemindersService;
  const digests = () =>
    app.sql<{ recipient_id: number; idempotency_key: string }>("SELECT recipient_id, idempotency_key FROM outbox_messages WHERE kind = 'digest' ORDER BY id");

  beforeAll(async () => {
    app = await bootServices(
      [
        OrgModule,
        CatalogModule,
        CalendarModule,
        BureauModule,
        TasksModule,
        PlansModule,
        EvidenceModule,
        OversightModule,
        MailModule,
        NotificationsModule,
        RobotsModule,
        TypeOrmModule.forFeature([ReminderPolicy, ReminderRun, NotificationPreference]),
      ],
      [RemindersService],
    );
    bureau = await createBureau(app);
    reminders = app.get(RemindersService);
    app.pinClock('2026-06-10');
    await requestContext.run({ requestId: 'plan' }, () => app.get(PlansService).createAnnual(2026, bureau.admin, '2026-01-01'));
  });
  afterAll(() => app?.close());

  it('writes nothing on a day off', async () => {
    app.pinClock('2026-06-13'); // a Saturday

    expect(await reminders.runDaily()).toMatchObject({ status: 'SKIPPED', messageIds: [] });
    expect(await digests()).toEqual([]);
  });

  it('writes one digest per recipient for the day, keyed by recipient and date', async () => {
    app.pinClock('2026-06-10');

    const run = await reminders.runDaily();

    expect(run.status).toBe('DONE');
    const rows = await digests();
    expect(rows.length).toBeGreaterThan(0);
    expect(run.messageIds).toHaveLength(rows.length);
    expect(new Set(rows.map((r) => r.recipient_id)).size).toBe(rows.length);
    for (const r of rows) expect(r.idempotency_key).toBe(`digest-${r.recipient_id}-2026-06-10`);
  });

  it('should not write a digest twice for the same day', async () => {
    app.pinClock('2026-06-10', '15:00');
    const before = await digests();

    await reminders.runDaily();
    await reminders.runDaily('2026-06-10');

    expect(await digests()).toEqual(before);
    expect(await app.sql("SELECT run_date FROM reminder_runs WHERE run_date = '2026-06-10'")).toHaveLength(1);
  });

  it('records on the run why tasks were left out: an overdue task due in a year without holiday data', async () => {
    // 2019 predates the stored years: its working days cannot be counted, so it is not reminded.
    const [task] = await app.sql<{ id: number }>("SELECT id FROM tasks WHERE status = 'open' ORDER BY id LIMIT 1");
    await app.sql(`UPDATE tasks SET due_on = '2019-12-30' WHERE id = ${task.id}`);
    app.pinClock('2026-06-11');

    expect((await reminders.runDaily()).status).toBe('DONE');

    const [run] = await app.sql<{ skipped_tasks: number; skip_reason: string }>(
      "SELECT skipped_tasks, skip_reason FROM reminder_runs WHERE run_date = '2026-06-11'",
    );
    expect(run).toEqual({ skipped_tasks: 1, skip_reason: '1项任务的截止日期在尚未载入法定节假日安排的年份（2019年），未计算提醒' });
  });
});
