import { DATABASES } from '../support/databases';
import {
  CATALOGUE,
  catalogueItem,
  createAnnualPlan,
  createBureau,
  leadTask,
  listAll,
  must,
  ROLE_DEPT,
  tasksOfItem,
  type Bureau,
  type DeptName,
  festivalDays,
} from '../support/engine-fixtures';
import { CHINESE, expectError, expectStatus } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — the yearly plan: every annual catalogue item becomes a lead task in the department
 * that plays its lead role (one per school for `schools`), plus one supporting task per other
 * department among its support roles; due dates follow the brief's date rules on the 2026
 * calendar; a year without holiday data is refused until an admin loads it.
 */
const SCHOOLS: DeptName[] = ['school1', 'school2'];

/** How many tasks the annual templates must yield for the engine bureau (from the catalogue file). */
function expectedAnnualTaskCount(): number {
  let n = 0;
  for (const tpl of CATALOGUE.workPoints.flatMap((wp) => wp.templates).filter((x) => x.kind === 'annual')) {
    for (const item of tpl.items) {
      // A school-led item: one task per school, and one per supporting department following them all.
      const leads = item.lead === 'schools' ? SCHOOLS.length : 1;
      const supporters = new Set((item.support ?? []).map((r) => ROLE_DEPT[r]));
      supporters.delete(ROLE_DEPT[item.lead]);
      n += leads * (item.lead === 'schools' ? 1 : 1 + supporters.size) + (item.lead === 'schools' ? supporters.size : 0);
    }
  }
  return n;
}

/** A fictional but well-formed 2027 arrangement (2027-02-27 and 2027-10-09 are Saturdays). */
const ARRANGEMENT_2027 = {
  year: 2027,
  daysOff: [
    '2027-01-01',
    '2027-01-02',
    '2027-01-03',
    ...[6, 7, 8, 9, 10, 11, 12].map((d) => `2027-02-${String(d).padStart(2, '0')}`),
    ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2027-10-0${d}`),
    // 清明, 劳动节, 端午, 中秋: a year without them is refused as thin.
    ...festivalDays(2027),
  ],
  makeUpWorkdays: ['2027-02-27', '2027-10-09'],
};

describe.each(DATABASES)('engine: the yearly plan (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let plan: { planId: number; tasksCreated: number };

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    plan = await createAnnualPlan(t, 2026);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates one task per annual item, lead department and supporting department', async () => {
    expect(plan.tasksCreated).toBe(expectedAnnualTaskCount());
    const all = await listAll(b.admin, { planId: plan.planId });
    expect(all).toHaveLength(plan.tasksCreated);
    expect(all.every((x) => x.status === 'open')).toBe(true);
    const read = must(await b.admin.get(`/plans/${plan.planId}`), 200, 'plan');
    expect(read).toEqual(expect.objectContaining({ id: plan.planId, kind: 'annual', year: 2026, title: expect.stringContaining('2026') }));
  });

  it('refuses the same year twice with 409 and creates no extra task', async () => {
    const again = await b.admin.post('/plans/annual').send({ year: 2026 });
    expect(expectError(again, 409).message).toContain('2026');
    expect(await listAll(b.admin, { year: 2026 })).toHaveLength(plan.tasksCreated);
  });

  it('only an admin instantiates the yearly plan', async () => {
    expectError(await (await b.as(b.leader)).post('/plans/annual').send({ year: 2025 }), 403);
    expectError(await (await b.as(b.head.legal)).post('/plans/annual').send({ year: 2025 }), 403);
  });

  it.each([
    // 报送上一年度报告 "before 03-01": 2026-03-01 is a Sunday, 02-28 a make-up working Saturday.
    ['organisation-leadership-annual', 'annual-report-submit', '2026-02-28'],
    // 向社会公开 "before 04-01": the Tuesday before.
    ['organisation-leadership-annual', 'annual-report-publish', '2026-03-31'],
    // 政府信息公开年度报告 "by 01-31" keeps its date although it is a Saturday.
    ['powers-services-annual', 'gov-info-annual-report', '2026-01-31'],
    // 国家宪法日 12-04.
    ['law-education-annual', 'constitution-week', '2026-12-04'],
    // 安全教育日: the last Monday of March.
    ['law-education-annual', 'safety-education-day', '2026-03-30'],
  ])('%s/%s is due on %s', async (tpl, item, due) => {
    const tasks = await tasksOfItem(t, plan.planId, tpl, item);
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.map((x) => x.dueOn)).toEqual(tasks.map(() => due));
  });

  it('gives a lead task to the lead department and a supporting task to each supporting department', async () => {
    // 将法治建设纳入年度目标考核: lead office, support personnel + legal.
    const item = catalogueItem('organisation-leadership-annual', 'target-assessment');
    expect(item).toEqual(expect.objectContaining({ lead: 'office', support: ['personnel', 'legal'] }));
    const [lead, ...supporting] = await tasksOfItem(t, plan.planId, 'organisation-leadership-annual', 'target-assessment');
    expect(lead).toEqual(expect.objectContaining({ supporting: false, departmentId: b.dept.office }));
    expect(supporting.map((x) => [x.departmentId, x.supporting])).toEqual([
      [b.dept.personnel, true],
      [b.dept.legal, true],
    ]);
    expect(supporting.every((x) => x.dueOn === lead.dueOn)).toBe(true);

    const detail = must(await b.admin.get(`/tasks/${lead.id}`), 200, 'lead detail');
    expect(detail.supportingTasks).toEqual([
      { id: supporting[0].id, title: item.title, status: 'open', departmentName: '人事财务股' },
      { id: supporting[1].id, title: item.title, status: 'open', departmentName: '政策法规股' },
    ]);
    expect(detail.leadTask).toBeNull();
    const sup = must(await b.admin.get(`/tasks/${supporting[1].id}`), 200, 'supporting detail');
    expect(sup.leadTask).toEqual({ id: lead.id, title: item.title, status: 'open', departmentName: '局办公室' });
    expect(sup.task).toEqual(expect.objectContaining({ leadTaskId: lead.id, departmentId: b.dept.legal }));
  });

  it('lets the lead department read supporting tasks and each supporting department its own', async () => {
    const [lead, personnelTask, legalTask] = await tasksOfItem(t, plan.planId, 'organisation-leadership-annual', 'target-assessment');
    const officeHead = await b.as(b.head.office);
    expectStatus(await officeHead.get(`/tasks/${personnelTask.id}`), 200);
    expectStatus(await officeHead.get(`/tasks/${legalTask.id}`), 200);
    const legalHead = await b.as(b.head.legal);
    expectStatus(await legalHead.get(`/tasks/${legalTask.id}`), 200);
    // A supporting department reads its own task, not the lead task nor another supporter's.
    expectError(await legalHead.get(`/tasks/${lead.id}`), 404);
    expectError(await legalHead.get(`/tasks/${personnelTask.id}`), 404);
    expectError(await (await b.as(b.head.safety)).get(`/tasks/${lead.id}`), 404);
  });

  it('gives a department playing two roles of one item a single task', async () => {
    // 12345热线: lead office, support petition — both played by 局办公室.
    expect(catalogueItem('oversight-annual', 'hotline-12345')).toEqual(expect.objectContaining({ lead: 'office', support: ['petition'] }));
    const tasks = await tasksOfItem(t, plan.planId, 'oversight-annual', 'hotline-12345');
    expect(tasks.map((x) => [x.departmentId, x.supporting])).toEqual([[b.dept.office, false]]);
  });

  it('gives every school its own task for a `schools` item', async () => {
    const tasks = await tasksOfItem(t, plan.planId, 'law-education-annual', 'vice-principal-coverage');
    expect(
      tasks
        .filter((x) => !x.supporting)
        .map((x) => x.departmentId)
        .sort(),
    ).toEqual(SCHOOLS.map((s) => b.dept[s]).sort());
  });

  it('shows a department head only the own department, and refuses another department filter', async () => {
    for (const name of ['legal', 'school1'] as DeptName[]) {
      const head = await b.as(b.head[name]);
      const mine = await listAll(head, { planId: plan.planId });
      const expected = (await listAll(b.admin, { planId: plan.planId, departmentId: b.dept[name] })).map((x) => x.id).sort();
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((x) => x.id).sort()).toEqual(expected);
    }
    const legalHead = await b.as(b.head.legal);
    expectError(await legalHead.get(`/tasks?departmentId=${b.dept.office}`), 403);
    expectError(await legalHead.get(`/tasks/counts?departmentId=${b.dept.office}`), 403);
    expectStatus(await legalHead.get(`/tasks?departmentId=${b.dept.legal}`), 200);
  });

  it('lists plans with the pagination shape', async () => {
    const res = must(await b.admin.get('/plans?kind=annual&page=1&pageSize=5'), 200, 'plans');
    expect(res).toEqual({ items: [expect.objectContaining({ id: plan.planId })], total: 1, page: 1, pageSize: 5, nextCursor: null });
  });

  it('refuses a plan while a role the catalogue needs has no department, naming it', async () => {
    // 聘请法律顾问 is supported by finance (计划财务股), played here by 人事财务股.
    expect(catalogueItem('legal-adviser-annual', 'engage-adviser').support).toContain('finance');
    expectStatus(await b.admin.delete('/department-roles/finance'), 204);
    const refused = await b.admin.post('/plans/annual').send({ year: 2025 });
    expect(expectError(refused, 400).message).toContain('finance');
    expect(must(await b.admin.get('/plans?year=2025'), 200, 'plans 2025').total).toBe(0);
    must(await b.admin.put('/department-roles/finance').send({ departmentId: b.dept.personnel }), 200, 'remap');
  });

  it('refuses a year without holiday data (422, naming the year) until an admin loads it', async () => {
    const refused = await b.admin.post('/plans/annual').send({ year: 2027 });
    const body = expectError(refused, 422);
    expect(body.message).toMatch(CHINESE);
    expect(body.message).toContain('2027');

    expectError(await (await b.as(b.leader)).put('/calendar/years/2027').send(ARRANGEMENT_2027), 403);
    must(await b.admin.put('/calendar/years/2027').send(ARRANGEMENT_2027), 200, 'load 2027');
    const next = await createAnnualPlan(t, 2027);
    expect(next.tasksCreated).toBe(expectedAnnualTaskCount());
    // The loaded arrangement is used: Saturday 2027-02-27 is a make-up working day before 03-01.
    const [submit] = await tasksOfItem(t, next.planId, 'organisation-leadership-annual', 'annual-report-submit');
    expect(submit.dueOn).toBe('2027-02-27');
    const constitution = await leadTask(t, next.planId, 'law-education-annual', 'constitution-week');
    expect(constitution.dueOn).toBe('2027-12-04');
    expect(constitution.departmentId).toBe(b.dept.education);
  });
});
