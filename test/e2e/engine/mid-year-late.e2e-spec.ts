import { Clock } from '../../../src/common/clock';
import { TaskStore } from '../../../src/tasks/task-store.service';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, listAll, must, SCENARIO_TODAY, type Bureau, type TaskSummary } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

interface Row {
  id: number;
  total: number;
  done: number;
  overdue: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

/**
 * Issue 11, points 10 and 11 — a bureau starting mid-year (the year's plan generated on
 * 2026-09-29: what was due before is 补录, neither overdue nor reminded) and 逾期完成 (the day
 * the work was done against the due date, on-time rates on the board).
 */
describe.each(DATABASES)('engine: mid-year start and late completion (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let planId: number;
  let tasks: TaskSummary[];

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`));
    b = await createBureau(t);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const get = async (path: string) => must(await (await b.as(b.leader)).get(path), 200, path);
  const petition = async (reference: string, receivedOn: string) => {
    const { planId: id } = await createEventPlan(await b.as(b.staff.office), t, 'petition', reference, { receivedOn });
    return leadTask(t, id, 'petition', 'written-notice');
  };

  it('refuses a start date outside the plan’s year', async () => {
    expectFieldError(await b.admin.post('/plans/annual').send({ year: 2026, startOn: '2025-12-31' }), 'startOn', /2026年内/);
    expectFieldError(await b.admin.post('/plans/annual').send({ year: 2026, startOn: '2026-02-30' }), 'startOn');
    expectFieldError(await b.admin.post('/plans/annual').send({ year: 2026, startOn: '29/09/2026' }), 'startOn');
  });

  it('starts the current year’s plan today by default: items due before are issued as 补录', async () => {
    const body = must(await b.admin.post('/plans/annual').send({ year: 2026 }), 201, 'annual plan');
    expect(body.plan.startOn).toBe(SCENARIO_TODAY);
    planId = body.plan.id;
    tasks = await listAll(t.as(t.adminToken), { planId });
    const before = tasks.filter((x) => x.dueOn !== null && x.dueOn < SCENARIO_TODAY);
    expect(before.length).toBeGreaterThan(0);
    expect(tasks.length).toBeGreaterThan(before.length);
    for (const x of tasks) expect({ id: x.id, backfill: x.backfill }).toEqual({ id: x.id, backfill: before.includes(x) });
  });

  it('keeps 补录 tasks out of the overdue view, the due-soon view and the board’s overdue count', async () => {
    const overdue = await listAll(await b.as(b.leader), { view: 'overdue' });
    expect(overdue.filter((x) => x.backfill)).toEqual([]);
    expect(overdue.filter((x) => x.planId === planId)).toEqual([]);
    const summary = await get('/oversight/summary');
    expect(summary.byDepartment.reduce((n: number, r: Row) => n + r.overdue, 0)).toBe(overdue.length);
    // They wait under "other open", with their 补录 mark.
    const open = await listAll(await b.as(b.leader), { view: 'open', planId });
    expect(open.filter((x) => x.backfill).length).toBe(tasks.filter((x) => x.backfill).length);
  });

  it('leaves 补录 tasks out of the reminder planner’s input', async () => {
    const input = await t.app.get(TaskStore).openDueBy('2026-12-31');
    const ids = new Set(input.map((r) => Number(r.id)));
    expect(tasks.filter((x) => x.backfill && ids.has(x.id))).toEqual([]);
    expect(tasks.filter((x) => !x.backfill && x.dueOn !== null && x.dueOn <= '2026-12-31').every((x) => ids.has(x.id))).toBe(true);
  });

  it('reads the planner’s input in (due date, id) chunks: each task once, in order, whatever the chunk size', async () => {
    const store = t.app.get(TaskStore);
    const whole = (await store.openDueBy('2026-12-31')).map((r) => Number(r.id)).sort((x, y) => x - y);
    // Many tasks of one plan share a due date, so small chunks end in the middle of a tie.
    for (const limit of [1, 3, 7]) {
      const seen: { id: number; dueOn: string }[] = [];
      for (let after: { dueOn: string; id: number } | null = null; ;) {
        const rows = await store.openDueBy('2026-12-31', { after, limit });
        seen.push(...rows.map((r) => ({ id: Number(r.id), dueOn: String(r.dueOn) })));
        if (rows.length < limit) break;
        after = { dueOn: rows[rows.length - 1].dueOn, id: Number(rows[rows.length - 1].id) };
      }
      expect(seen.map((r) => r.id).sort((x, y) => x - y)).toEqual(whole);
      const key = (r: { id: number; dueOn: string }) => `${r.dueOn}#${String(r.id).padStart(12, '0')}`;
      expect(seen.map(key)).toEqual(seen.map(key).sort());
    }
  });

  it('completes a 补录 task with the day the work was done, within its year and not in the future', async () => {
    const candidates = tasks.filter((x) => x.backfill && !x.supporting && !x.needsReview && x.targetCount === null);
    let task: TaskSummary | undefined;
    for (const x of candidates) if (!(await get(`/tasks/${x.id}`)).gates.length) task = task ?? x;
    const client = await b.as(b.head[b.deptOf(task!.departmentId)]);
    expectError(await client.post(`/tasks/${task!.id}/complete`).send({ note: '已完成', doneOn: '2026-09-30' }), 400);
    expectError(await client.post(`/tasks/${task!.id}/complete`).send({ note: '已完成', doneOn: '2025-12-31' }), 400);
    expectFieldError(await client.post(`/tasks/${task!.id}/complete`).send({ note: '已完成', doneOn: '2026/03/02' }), 'doneOn');
    const done = must(await client.post(`/tasks/${task!.id}/complete`).send({ note: '3月已完成，补录', doneOn: '2026-01-05' }), 200, 'complete');
    expect(done).toEqual(expect.objectContaining({ status: 'done', doneOn: '2026-01-05', late: '2026-01-05' > task!.dueOn! }));
  });

  it('marks a task done after its due date 逾期完成, and one done in time not', async () => {
    const office = await b.as(b.staff.office);
    const late = await petition('信访〔2026〕31号', '2026-09-01'); // due 09-16
    const onTime = await petition('信访〔2026〕32号', '2026-09-25');
    const a = must(await office.post(`/tasks/${late.id}/complete`).send({ note: '已书面告知' }), 200, 'late');
    const c = must(await office.post(`/tasks/${onTime.id}/complete`).send({ note: '已书面告知' }), 200, 'on time');
    expect([a.doneOn, a.late, c.doneOn, c.late]).toEqual([SCENARIO_TODAY, true, SCENARIO_TODAY, false]);
    const listed = await listAll(office, { view: 'done' });
    expect(listed.find((x) => x.id === late.id)?.late).toBe(true);
    expect(listed.find((x) => x.id === onTime.id)?.late).toBe(false);
  });

  it('gives on-time and late counts and the on-time rate per department and per work point', async () => {
    const summary = await get('/oversight/summary');
    const done = await listAll(await b.as(b.leader), { view: 'done', year: 2026 });
    for (const [rows, key] of [
      [summary.byDepartment, 'departmentId'],
      [summary.byWorkPoint, 'workPointId'],
    ] as const) {
      for (const row of rows as Row[]) {
        const mine = done.filter((x) => x[key] === row.id);
        const late = mine.filter((x) => x.late).length;
        expect({ id: row.id, onTime: row.onTime, late: row.late }).toEqual({ id: row.id, onTime: mine.length - late, late });
        expect(row.onTimeRate).toEqual(mine.length ? expect.closeTo((mine.length - late) / mine.length, 3) : null);
      }
    }
    const office = (summary.byDepartment as Row[]).find((r) => r.id === b.dept.office)!;
    expect(office.late).toBeGreaterThanOrEqual(1);
    expect(office.onTime).toBeGreaterThanOrEqual(1);
  });

  it('counts the current year on the board by default; another year’s case only when asked', async () => {
    const old = await petition('信访〔2025〕7号', '2025-11-03');
    const total = (s: { byDepartment: Row[] }) => s.byDepartment.reduce((n, r) => n + r.total, 0);
    const current = await get('/oversight/summary');
    expect(current.year).toBe(2026);
    expect(total(current)).toBe(total(await get('/oversight/summary?year=2026')));
    const all = await get('/oversight/summary?allYears=true');
    expect(all.year).toBeNull();
    expect(total(all)).toBe(total(current) + 1);
    expect((await get(`/tasks/${old.id}`)).task.id).toBe(old.id);
    expectFieldError(await (await b.as(b.leader)).get('/oversight/summary?allYears=yes'), 'allYears');
  });

  it('fills done_on of existing done tasks from completed_at, in Asia/Shanghai, when migrating', async () => {
    const [task] = await listAll(await b.as(b.leader), { view: 'done', year: 2026 });
    const ds = t.dataSource;
    const applied = async () => ((await ds.query('SELECT name FROM migrations ORDER BY id DESC')) as { name: string }[]).map((m) => m.name);
    // Undo down to before TaskStates (migrations added later are undone first, then rerun).
    while ((await applied()).includes('TaskStates1796200000004')) await ds.undoLastMigration({ transaction: 'each' });
    // 17:30 UTC on 03-15 is 01:30 on 03-16 in Shanghai.
    await ds.query(`UPDATE tasks SET completed_at = '2026-03-15 17:30:00' WHERE id = ${Number(task.id)}`);
    await ds.runMigrations({ transaction: 'each' });
    const [row] = await ds.query(`SELECT done_on AS "doneOn", backfill FROM tasks WHERE id = ${Number(task.id)}`);
    expect(row.doneOn).toBe('2026-03-16');
    const open = await ds.query("SELECT COUNT(*) AS n FROM tasks WHERE status <> 'done' AND done_on IS NOT NULL");
    expect(Number(open[0].n)).toBe(0);
  });
});
