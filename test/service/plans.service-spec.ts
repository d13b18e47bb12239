import { ConflictException } from '@nestjs/common';
import { BureauModule } from '../../src/bureau/bureau.module';
import { CalendarModule } from '../../src/calendar/calendar.module';
import { CatalogModule } from '../../src/catalog/catalog.module';
import { CatalogService } from '../../src/catalog/catalog.service';
import { requestContext } from '../../src/common/request-context';
import { OrgModule } from '../../src/org/org.module';
import { EvidenceModule } from '../../src/evidence/evidence.module';
import { PlansModule } from '../../src/plans/plans.module';
import { PlansService } from '../../src/plans/plans.service';
import { TasksModule } from '../../src/tasks/tasks.module';
import { bootServices, createBureau, type Bureau, type ServiceApp } from './support/service-app';

describe('PlansService on SQLite (no HTTP, no Redis)', () => {
  let app: ServiceApp;
  let bureau: Bureau;
  let plans: PlansService;
  const taskCount = async () => Number((await app.sql<{ n: number }>('SELECT COUNT(*) AS n FROM tasks'))[0].n);
  const asAdmin = <T>(work: () => Promise<T>) => requestContext.run({ requestId: 'spec', userId: bureau.admin.id }, work);

  beforeAll(async () => {
    app = await bootServices([OrgModule, CatalogModule, CalendarModule, BureauModule, TasksModule, PlansModule, EvidenceModule]);
    bureau = await createBureau(app);
    plans = app.get(PlansService);
    app.pinClock('2026-03-02');
  });
  afterAll(() => app?.close());

  it('generates the year once: a second generation is refused and issues no task', async () => {
    const first = await asAdmin(() => plans.createAnnual(2026, bureau.admin, '2026-01-01'));
    expect(first.tasksCreated).toBeGreaterThan(50);
    expect(await taskCount()).toBe(first.tasksCreated);

    await expect(asAdmin(() => plans.createAnnual(2026, bureau.admin, '2026-01-01'))).rejects.toBeInstanceOf(ConflictException);
    expect(await taskCount()).toBe(first.tasksCreated);
    expect(await app.sql("SELECT id FROM plans WHERE unique_key = 'annual:2026'")).toHaveLength(1);
  });

  it('rebuilding a case with the anchors it already has creates no task twice', async () => {
    const template = (await app.get(CatalogService).findTemplate({ key: 'petition' }))!;
    // 信访办 registers petitions (the template's registrars).
    const petition = bureau.heads.get('petition')!;
    const created = await asAdmin(() =>
      plans.createEvent({ templateId: template.id, reference: '信访-2026-001', title: '测试信访', anchors: { receivedOn: '2026-02-16' } }, petition),
    );
    expect(created.tasksCreated).toBeGreaterThan(0);
    const before = await taskCount();

    const again = await asAdmin(() => plans.updateAnchors(created.plan.id, { receivedOn: '2026-02-16' }, petition));

    expect(again.tasksCreated).toBe(0);
    expect(await taskCount()).toBe(before);
    expect(await app.sql("SELECT id FROM task_transitions WHERE action = 'schedule'")).toHaveLength(0);
  });
});
