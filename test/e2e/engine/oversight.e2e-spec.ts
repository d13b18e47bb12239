import { DataSource } from 'typeorm';
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

  it('counts again right after a new plan, a tick-off, a change written outside the services and a day change', async () => {
    const leader = await b.as(b.leader);
    /** The summary's totals, checked against the task list and the counts route of the same moment. */
    const figures = async () => {
      const summary = must(await leader.get('/oversight/summary'), 200, 'summary');
      const rows = summary.byDepartment as Row[];
      const total = rows.reduce((n, r) => n + r.total, 0);
      const done = rows.reduce((n, r) => n + r.done, 0);
      const overdue = rows.reduce((n, r) => n + r.overdue, 0);
      const all = await listAll(leader);
      expect([total, done, overdue]).toEqual([
        all.length,
        all.filter((x) => x.status === 'done').length,
        must(await leader.get('/tasks/counts'), 200, 'counts').overdue,
      ]);
      return { today: summary.today as string, total, done, overdue };
    };
    const before = await figures();
    expect(await figures()).toEqual(before);

    // A new plan: its tasks count at once.
    const legal = await b.as(b.head.legal);
    const tplId = (must(await legal.get('/templates?kind=event'), 200, 'templates') as { id: number; key: string }[]).find(
      (x) => x.key === 'legal-adviser-review',
    )!.id;
    const plan = must(
      await legal.post('/plans/event').send({ templateId: tplId, reference: '法审〔2026〕9号', title: '缓存', anchors: { requestedOn: '2026-09-25' } }),
      201,
      'plan',
    );
    const issued = await listAll(b.admin, { planId: plan.plan.id });
    const afterPlan = await figures();
    expect(afterPlan.total).toBe(before.total + issued.length);

    // A tick-off.
    const opinion = issued.find((x) => x.title === '法律顾问出具书面意见')!;
    must(await legal.post(`/tasks/${opinion.id}/complete`).send({ note: '已出具' }), 200, 'complete');
    // Requests that arrive together after a change share one count, which has the change in it.
    const together = await Promise.all(Array.from({ length: 8 }, () => leader.get('/oversight/summary')));
    expect(new Set(together.map((r) => JSON.stringify(must(r, 200, 'summary')))).size).toBe(1);
    const afterTick = await figures();
    expect(JSON.stringify(must(await leader.get('/oversight/summary'), 200, 'summary'))).toBe(JSON.stringify(together[0].body));
    expect(afterTick.done).toBe(afterPlan.done + 1);

    // A change written by another path than the task services (as a worker process's would be).
    const other = issued.find((x) => x.id !== opinion.id && x.status === 'open')!;
    await t.app
      .get(DataSource)
      .createQueryBuilder()
      .update('Task')
      .set({ status: 'done', doneOn: SCENARIO_TODAY })
      .where('id = :id', { id: other.id })
      .execute();
    expect((await figures()).done).toBe(afterTick.done + 1);

    // The next day: what fell due yesterday is overdue now, without any task changing.
    const later = issued.filter((x) => x.status === 'open' && x.id !== other.id && x.dueOn !== null && x.dueOn >= SCENARIO_TODAY);
    expect(later.length).toBeGreaterThan(0);
    const nextDay = later.map((x) => x.dueOn!).sort()[0];
    t.app.get(Clock).pin(new Date(`${nextDay}T02:00:00Z`));
    const beforeNextDay = await figures();
    const day = new Date(Date.parse(`${nextDay}T02:00:00Z`) + 86_400_000);
    t.app.get(Clock).pin(day);
    const afterDay = await figures();
    expect(afterDay.today).toBe(day.toISOString().slice(0, 10));
    expect(afterDay.overdue).toBeGreaterThan(beforeNextDay.overdue);
  });
});
