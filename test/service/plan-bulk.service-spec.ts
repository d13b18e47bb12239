/**
 * The year's plan is issued in bulk (multi-row statements, chunked): the rows must be those a
 * task-by-task build gives — one task per template item, period and department, fields from the
 * item and its schedule rule, supporting tasks pointing at their lead, gates linked, one audit
 * event per row — and the demo bureau built on them must still show its views.
 */
import type { AuthUser } from '../../src/access/auth-user';
import { BureauModule } from '../../src/bureau/bureau.module';
import { CalendarModule } from '../../src/calendar/calendar.module';
import { CalendarService } from '../../src/calendar/calendar.service';
import { CatalogModule } from '../../src/catalog/catalog.module';
import { CatalogService } from '../../src/catalog/catalog.service';
import { ALL_SCHOOLS } from '../../src/catalog/template-rules';
import type { TemplateItem } from '../../src/catalog/template-item.entity';
import { requestContext } from '../../src/common/request-context';
import { DemoModule } from '../../src/demo/demo.module';
import { DemoSeeder } from '../../src/demo/demo-seeder';
import { EvidenceModule } from '../../src/evidence/evidence.module';
import { DepartmentsService } from '../../src/org/departments.service';
import { OrgDirectory } from '../../src/org/org-directory.service';
import { OrgModule } from '../../src/org/org.module';
import { PlansModule } from '../../src/plans/plans.module';
import { PlansService } from '../../src/plans/plans.service';
import { describeRule, occurrences } from '../../src/plans/schedule/schedule-engine';
import { taskTarget } from '../../src/plans/task-target';
import { TaskFilterDto } from '../../src/tasks/dto/task.dto';
import { TaskQueriesService } from '../../src/tasks/task-queries.service';
import { TasksModule } from '../../src/tasks/tasks.module';
import { bootServices, createBureau, type ServiceApp } from './support/service-app';

const MODULES = [OrgModule, CatalogModule, CalendarModule, BureauModule, TasksModule, PlansModule, EvidenceModule];
const DEPARTMENTS = 200;

interface TaskRow {
  id: number;
  plan_id: number;
  template_item_id: number;
  work_point_id: number;
  department_id: number;
  lead_task_id: number | null;
  lead_department_id: number | null;
  period_key: string;
  period_label: string;
  title: string;
  description: string;
  basis: string;
  evidence_hint: string;
  schedule_text: string;
  due_on: string | null;
  due_note: string;
  status: string;
  needs_review: number | boolean;
  reviewer_department_id: number | null;
  target_count: number | null;
  target_unit: string;
  activity_count: number;
  gate_task_ids: string;
  assignee_id: number | null;
}

describe(`the year's plan for a bureau of ${DEPARTMENTS} departments, issued in bulk`, () => {
  let app: ServiceApp;
  let items: TemplateItem[];
  let tasks: TaskRow[];
  let planId: number;
  let settings: Record<string, number>;
  let byRole: Map<string, number>;
  let schools: number[];
  const occurrencesOf = async (item: TemplateItem) =>
    occurrences(item.schedule, { year: 2026, anchors: {}, settings, calendar: await app.get(CalendarService).calendar() });

  beforeAll(async () => {
    app = await bootServices(MODULES);
    const bureau = await createBureau(app);
    await requestContext.run({ requestId: 'fixture', actor: 'fixture' }, async () => {
      const have = Number((await app.sql<{ n: number }>('SELECT COUNT(*) AS n FROM departments'))[0].n);
      for (let n = 3; n <= DEPARTMENTS - have + 2; n++) await app.get(DepartmentsService).create({ code: `school-${n}`, name: `第${n}中学`, kind: 'school' });
    });
    app.pinClock('2026-03-02');
    const result = await requestContext.run({ requestId: 'spec', userId: bureau.admin.id }, () =>
      app.get(PlansService).createAnnual(2026, bureau.admin, '2026-01-01'),
    );
    planId = result.plan.id;
    settings = result.plan.settings;
    const catalog = app.get(CatalogService);
    items = await catalog.activeItems((await catalog.listTemplates('annual')).map((t) => t.id));
    tasks = await app.sql<TaskRow>('SELECT * FROM tasks WHERE plan_id = ? ORDER BY id', [planId]);
    ({ byRole, schools } = await app.get(OrgDirectory).roleAssignments());
    expect(result.tasksCreated).toBe(tasks.length);
  }, 60_000);
  afterAll(() => app?.close());

  it('issues one task per template item, period and department: the lead role’s (or every school’s) and each supporting role’s', async () => {
    expect(schools.length).toBeGreaterThan(150);
    const expected = new Map<string, number>();
    for (const item of items) {
      const periods = (await occurrencesOf(item)).length;
      const leads = item.leadRole === ALL_SCHOOLS ? schools : [byRole.get(item.leadRole)!];
      const supporters = item.supportRoles.map((r) => byRole.get(r)!).filter((d) => item.leadRole === ALL_SCHOOLS || d !== leads[0]);
      for (const dept of new Set([...leads, ...supporters])) expected.set(`${item.id}|${dept}`, periods);
    }
    const actual = new Map<string, number>();
    for (const t of tasks) actual.set(`${t.template_item_id}|${t.department_id}`, (actual.get(`${t.template_item_id}|${t.department_id}`) ?? 0) + 1);
    expect(actual).toEqual(expected);
    expect(tasks.length).toBeGreaterThan(1_000);
  });

  it('numbers each lead task before its supporting tasks, which point at it and its department (a school-led item’s: at its first school, no single lead department)', () => {
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const supporting = tasks.filter((t) => t.lead_task_id !== null);
    expect(supporting.length).toBeGreaterThan(0);
    expect(supporting.some((t) => t.lead_department_id === null)).toBe(true);
    for (const t of supporting) {
      const lead = byId.get(t.lead_task_id!)!;
      const schoolLed = items.find((i) => i.id === t.template_item_id)!.leadRole === ALL_SCHOOLS;
      expect([lead.template_item_id, lead.period_key, lead.lead_task_id, schoolLed ? null : lead.department_id]).toEqual([
        t.template_item_id,
        t.period_key,
        null,
        t.lead_department_id,
      ]);
      expect(lead.id).toBeLessThan(t.id);
    }
  });

  it('fills every field of a sample of tasks from its template item and schedule rule', async () => {
    const sample = tasks.filter((_, i) => i % 23 === 0 || i === tasks.length - 1);
    for (const task of sample) {
      const item = items.find((i) => i.id === task.template_item_id)!;
      const occurrence = (await occurrencesOf(item)).find((o) => o.periodKey === task.period_key)!;
      const lead = task.lead_task_id === null;
      const target = taskTarget(item, settings, !lead);
      expect(task).toEqual({
        ...task,
        work_point_id: expect.any(Number),
        period_label: occurrence.periodLabel,
        title: item.title,
        description: item.description,
        basis: item.basis,
        evidence_hint: item.evidenceHint,
        schedule_text: describeRule(item.schedule, settings),
        due_on: occurrence.dueOn,
        due_note: '',
        status: 'open',
        needs_review: item.review && lead ? 1 : 0,
        reviewer_department_id: lead && item.reviewerRole ? byRole.get(item.reviewerRole)! : null,
        target_kind: target.targetKind,
        target_count: target.targetCount,
        target_unit: target.targetUnit,
        numerator_label: target.numeratorLabel,
        denominator_label: target.denominatorLabel,
        numerator: null,
        denominator: null,
        activity_count: 0,
        assignee_id: null,
      });
    }
  });

  it('links gated tasks to the lead tasks of their gate items and audits every row as a save would', async () => {
    const gated = tasks.filter((t) => t.gate_task_ids !== '[]');
    expect(gated.length).toBeGreaterThan(0);
    for (const t of gated) {
      const item = items.find((i) => i.id === t.template_item_id)!;
      const gates = (JSON.parse(t.gate_task_ids) as number[]).map((id) => tasks.find((g) => g.id === id)!);
      for (const g of gates) {
        expect(g.lead_task_id).toBeNull();
        expect(item.gates).toContain(items.find((i) => i.id === g.template_item_id)!.key);
      }
    }
    const audit = await app.sql<{ action: string; entity_id: string; after: string }>(
      "SELECT action, entity_id, after FROM audit_events WHERE entity = 'tasks' ORDER BY id",
    );
    const created = audit.filter((a) => a.action === 'create');
    expect(created.map((a) => Number(a.entity_id))).toEqual(tasks.map((t) => t.id));
    const first = JSON.parse(created[tasks.indexOf(tasks.find((t) => t.lead_task_id !== null)!)].after) as Record<string, unknown>;
    expect(first).toMatchObject({ leadTaskId: expect.any(Number), gateTaskIds: [], status: 'open', assigneeId: null });
    const updates = audit.filter((a) => a.action === 'update');
    expect(updates.map((a) => [Number(a.entity_id), JSON.parse(a.after)])).toEqual(gated.map((t) => [t.id, { gateTaskIds: JSON.parse(t.gate_task_ids) }]));
  });
});

describe('the demo bureau on the bulk-issued plan', () => {
  let app: ServiceApp;
  const user = async (login: string): Promise<AuthUser> => {
    const [u] = await app.sql<{ id: number; role: AuthUser['role']; department_id: number | null }>(
      'SELECT id, role, department_id FROM users WHERE login = ?',
      [login],
    );
    return { id: u.id, login, name: login, role: u.role, departmentId: u.department_id, isBureauHead: false };
  };

  beforeAll(async () => {
    app = await bootServices([...MODULES, DemoModule]);
    app.pinClock('2026-11-20');
    await app.get(DemoSeeder).seed();
  }, 60_000);
  afterAll(() => app?.close());

  it('still gives 安全股 (aqg) an overdue task, the leader tasks due soon and 政策法规股 a review queue', async () => {
    const queries = app.get(TaskQueriesService);
    expect((await queries.counts(await user('aqg'), new TaskFilterDto())).overdue).toBeGreaterThan(0);
    expect((await queries.counts(await user('juzhang'), new TaskFilterDto())).dueSoon).toBeGreaterThan(0);
    expect((await queries.reviewQueue(await user('fgg'), new TaskFilterDto())).total).toBeGreaterThan(0);
  });
});
