import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import {
  createBureau,
  createDeadlineScenario,
  listAll,
  must,
  SCENARIO_TODAY,
  type Bureau,
  type DeadlineScenario,
  type TaskSummary,
} from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

interface Row {
  id: number;
  name: string;
  total: number;
  done: number;
  overdue: number;
  completionRate: number;
  supervised?: boolean;
}

/**
 * Issue 3 — the leader's 督办看板 on a fixed clock (2026-09-29): every overdue task of the bureau,
 * the longest overdue first; totals per department (the leader's own departments first) and per
 * work point, consistent with the tasks themselves. Department users have no access.
 */
describe.each(DATABASES)('engine: oversight (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let s: DeadlineScenario;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`));
    b = await createBureau(t);
    s = await createDeadlineScenario(t, b);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const leaderGet = async (path: string) => must(await (await b.as(b.leader)).get(path), 200, path);

  it('lists the overdue tasks of all departments, most days overdue first', async () => {
    const page = await leaderGet('/oversight/overdue');
    expect(page).toEqual({ items: expect.any(Array), total: 3, page: 1, pageSize: 20, nextCursor: null });
    expect(page.items.map((x: TaskSummary) => [x.id, x.daysLeft, x.departmentName])).toEqual([
      [s.petitionLate.id, -13, '局办公室'],
      [s.opinionLate.id, -9, '政策法规股'],
      [s.recordLate.id, -7, '政策法规股'],
    ]);
    const legal = await leaderGet(`/oversight/overdue?departmentId=${b.dept.legal}`);
    expect(legal.items.map((x: TaskSummary) => x.id)).toEqual([s.opinionLate.id, s.recordLate.id]);
    const first = await leaderGet('/oversight/overdue?pageSize=2');
    expect(first).toEqual(expect.objectContaining({ total: 3, nextCursor: expect.any(String) }));
    const second = await leaderGet(`/oversight/overdue?pageSize=2&cursor=${first.nextCursor}`);
    expect(second).toEqual({ items: [expect.objectContaining({ id: s.recordLate.id })], total: null, page: 1, pageSize: 2, nextCursor: null });
    // Old clients' page numbers still land on the same rows.
    expect((await leaderGet('/oversight/overdue?pageSize=2&page=2')).items).toEqual(second.items);
  });

  it('no longer lists a task once it is done; a submitted task is with the reviewer, not overdue', async () => {
    // A fresh case whose opinion was due 09-21 (requested 09-11): overdue, then completed.
    const legal = await b.as(b.head.legal);
    const tplId = (must(await legal.get('/templates?kind=event'), 200, 'templates') as { id: number; key: string }[]).find(
      (x) => x.key === 'legal-adviser-review',
    )!.id;
    const plan = must(
      await legal.post('/plans/event').send({ templateId: tplId, reference: '法审〔2026〕4号', title: '临时', anchors: { requestedOn: '2026-09-11' } }),
      201,
      'plan',
    );
    const tasks = await listAll(b.admin, { planId: plan.plan.id });
    const opinion = tasks.find((x) => x.title === '法律顾问出具书面意见')!;
    expect((await leaderGet('/oversight/overdue')).items.map((x: TaskSummary) => x.id)).toContain(opinion.id);
    must(await legal.post(`/tasks/${opinion.id}/complete`).send({ note: '已出具' }), 200, 'complete');
    expect((await leaderGet('/oversight/overdue')).items.map((x: TaskSummary) => x.id)).not.toContain(opinion.id);
  });

  it('summarises per department and per work point, consistent with the task list', async () => {
    const summary = await leaderGet('/oversight/summary');
    expect(summary.today).toBe(SCENARIO_TODAY);
    const all = await listAll(await b.as(b.leader));
    const byDept = summary.byDepartment as Row[];
    const byWp = summary.byWorkPoint as Row[];
    const sum = (rows: Row[], k: 'total' | 'done' | 'overdue') => rows.reduce((n, r) => n + r[k], 0);
    const counts = must(await (await b.as(b.leader)).get('/tasks/counts'), 200, 'counts');

    for (const rows of [byDept, byWp]) {
      expect(sum(rows, 'total')).toBe(all.length);
      expect(sum(rows, 'done')).toBe(all.filter((x) => x.status === 'done').length);
      expect(sum(rows, 'overdue')).toBe(counts.overdue);
    }
    for (const row of byDept) {
      const mine = all.filter((x) => x.departmentId === row.id);
      expect(row).toEqual({
        id: row.id,
        name: mine[0].departmentName,
        total: mine.length,
        done: mine.filter((x) => x.status === 'done').length,
        overdue: mine.filter((x) => x.status !== 'done' && x.status !== 'submitted' && x.dueOn !== null && x.dueOn < SCENARIO_TODAY).length,
        completionRate: expect.closeTo(mine.filter((x) => x.status === 'done').length / mine.length, 3),
        notApplicable: 0,
        onTime: mine.filter((x) => x.status === 'done' && !x.late).length,
        late: mine.filter((x) => x.late).length,
        onTimeRate: mine.some((x) => x.status === 'done') ? expect.any(Number) : null,
        supervised: row.id === b.dept.legal || row.id === b.dept.safety,
      });
    }
    // The leader supervises 政策法规股 (and 安全管理股, which has no task): it comes first.
    expect(byDept.map((r) => [r.name, r.supervised])).toEqual([
      ['政策法规股', true],
      ['局办公室', false],
    ]);
    // Scenario (6 tasks, 1 done, 2 overdue) plus case 4 of the test above: its opinion done, its
    // record (due 09-23) overdue.
    expect(byDept[0]).toEqual(expect.objectContaining({ total: 8, done: 2, overdue: 3 }));
    expect(byWp.map((r) => [r.name, r.total])).toEqual([
      ['法律顾问', 8],
      ['监督与化解', 1],
    ]);
    for (const row of byWp) expect(row.total).toBe(all.filter((x) => x.workPointId === row.id).length);
  });

  it('is closed to department heads and staff (403)', async () => {
    for (const user of [b.head.legal, b.staff.office, b.head.school1]) {
      const client = await b.as(user);
      expectError(await client.get('/oversight/overdue'), 403);
      expectError(await client.get('/oversight/summary'), 403);
    }
    expect((await must(await b.admin.get('/oversight/summary'), 200, 'admin')).byDepartment.length).toBe(2);
  });
});
