import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, SCENARIO_TODAY, type Bureau, type TaskSummary } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11, point 3 — 不适用: a department asks with a reason, 政策法规股 (the department playing
 * `legal`) or a leader accepts or refuses; pending requests are not overdue, accepted ones are
 * counted apart from done and from overdue.
 */
describe.each(DATABASES)('engine: 不适用 (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let n = 0;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`));
    b = await createBureau(t);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const as = async (user: TestUser) => b.as(user);
  const get = async (user: TestUser, path: string) => must(await (await as(user)).get(path), 200, path);
  const post = async (user: TestUser, path: string, body: object = {}) => (await as(user)).post(path).send(body);
  /** A fresh overdue task of 局办公室 (a petition's 书面告知, received 09-01: due 09-16). */
  const officeTask = async (): Promise<TaskSummary> => {
    const { planId } = await createEventPlan(await as(b.staff.office), t, 'petition', `信访〔2026〕${++n}号`, { receivedOn: '2026-09-01' });
    return leadTask(t, planId, 'petition', 'written-notice');
  };
  const overdueIds = async (user: TestUser) => (await get(user, '/tasks?view=overdue&pageSize=100')).items.map((x: TaskSummary) => x.id);
  const notices = async (user: TestUser) => (await get(user, '/notifications')).items.map((x: { text: string; taskId: number }) => [x.taskId, x.text]);

  it('keeps a task pending with 政策法规股 after a request: status unchanged, not overdue, not completable', async () => {
    const task = await officeTask();
    expect(await overdueIds(b.head.office)).toContain(task.id);
    const asked = must(await post(b.head.office, `/tasks/${task.id}/not-applicable`, { reason: '本年度未发生信访事项' }), 200, 'request');
    expect(asked).toEqual(expect.objectContaining({ status: 'open', naReason: '本年度未发生信访事项', naRequestedById: b.head.office.id }));
    expect(asked.naRequestedAt).toEqual(expect.any(String));
    expect(await overdueIds(b.head.office)).not.toContain(task.id);
    expect(await overdueIds(b.leader)).not.toContain(task.id);
    const [row] = (await get(b.head.office, `/tasks?planId=${task.planId}`)).items;
    expect(row).toEqual(expect.objectContaining({ naReason: '本年度未发生信访事项', reviewKind: 'notApplicable', status: 'open' }));
    expectError(await post(b.staff.office, `/tasks/${task.id}/complete`, { note: '已办' }), 409);
    expectError(await post(b.staff.office, `/tasks/${task.id}/not-applicable`, { reason: '再次申请' }), 409);
  });

  it('lists pending requests in 政策法规股’s review queue with their kind, not in other departments’', async () => {
    const task = await officeTask();
    must(await post(b.staff.office, `/tasks/${task.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    const queue = (await get(b.staff.legal, '/tasks/review-queue?pageSize=100')).items as TaskSummary[];
    expect(queue.find((x) => x.id === task.id)).toEqual(expect.objectContaining({ reviewKind: 'notApplicable', naReason: '不涉及' }));
    expect((await get(b.leader, '/tasks/review-queue?pageSize=100')).items.map((x: TaskSummary) => x.id)).toContain(task.id);
    expect((await get(b.head.safety, '/tasks/review-queue?pageSize=100')).items.map((x: TaskSummary) => x.id)).not.toContain(task.id);
    // 政策法规股 may open the task page to decide; it offers the decision.
    expect((await get(b.head.legal, `/tasks/${task.id}`)).can).toEqual(expect.objectContaining({ decideNotApplicable: true, work: false }));
  });

  it('accepts: status 不适用 with the reason as completion note, history, audit and the requester told', async () => {
    const task = await officeTask();
    must(await post(b.staff.office, `/tasks/${task.id}/not-applicable`, { reason: '本单位无此职能' }), 200, 'request');
    const done = must(await post(b.head.legal, `/tasks/${task.id}/not-applicable/accept`), 200, 'accept');
    expect(done).toEqual(expect.objectContaining({ status: 'na', completionNote: '本单位无此职能', naReason: null, naRequestedAt: null }));
    const detail = await get(b.head.office, `/tasks/${task.id}`);
    expect(detail.history.map((h: { action: string; toStatus: string }) => [h.action, h.toStatus]).slice(-2)).toEqual([
      ['naRequest', 'open'],
      ['naAccept', 'na'],
    ]);
    const audit = await get(b.leader, `/audit-events?entity=tasks&entityId=${task.id}&pageSize=100`);
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['task.naRequest', 'task.naAccept']));
    expect(await notices(b.staff.office)).toContainEqual([task.id, expect.stringContaining('同意了“不适用”申请')]);
  });

  it('counts 不适用 apart from done and overdue: task counts, the board, and the completion rate’s denominator', async () => {
    const [a, c] = [await officeTask(), await officeTask()];
    const before = await get(b.leader, `/tasks/counts?departmentId=${b.dept.office}`);
    must(await post(b.staff.office, `/tasks/${a.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    must(await post(b.leader, `/tasks/${a.id}/not-applicable/accept`), 200, 'leader accepts');
    must(await post(b.staff.office, `/tasks/${c.id}/complete`, { note: '已书面告知' }), 200, 'complete');
    const after = await get(b.leader, `/tasks/counts?departmentId=${b.dept.office}`);
    expect(after.na - before.na).toBe(1);
    expect(after.done - before.done).toBe(1);
    expect(after.overdue - before.overdue).toBe(-2);
    const row = (await get(b.leader, '/oversight/summary')).byDepartment.find((r: { id: number }) => r.id === b.dept.office);
    expect(row.notApplicable).toBe(after.na);
    expect(row.completionRate).toBeCloseTo(row.done / (row.total - row.notApplicable), 3);
    expect((await get(b.head.office, '/tasks?view=na&pageSize=100')).items.map((x: TaskSummary) => x.id)).toContain(a.id);
  });

  it('refuses with a reason: the task is back with its department, overdue again, and the requester told why', async () => {
    const task = await officeTask();
    must(await post(b.head.office, `/tasks/${task.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    expectError(await post(b.staff.legal, `/tasks/${task.id}/not-applicable/reject`, {}), 400);
    const back = must(await post(b.staff.legal, `/tasks/${task.id}/not-applicable/reject`, { reason: '本年度收到信访2件，应当办理' }), 200, 'reject');
    expect(back).toEqual(expect.objectContaining({ status: 'open', naRequestedAt: null, returnReason: '本年度收到信访2件，应当办理' }));
    expect(await overdueIds(b.head.office)).toContain(task.id);
    expect(await notices(b.head.office)).toContainEqual([task.id, expect.stringContaining('本年度收到信访2件，应当办理')]);
    // Decided: the task is no longer 政策法规股’s to read; the leader finds nothing pending.
    expectError(await post(b.staff.legal, `/tasks/${task.id}/not-applicable/accept`), 404);
    expectError(await post(b.leader, `/tasks/${task.id}/not-applicable/accept`), 409);
  });

  it('answers 404 to another department, which can neither ask nor decide', async () => {
    const task = await officeTask();
    expectError(await post(b.head.safety, `/tasks/${task.id}/not-applicable`, { reason: '不涉及' }), 404);
    must(await post(b.head.office, `/tasks/${task.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    expectError(await post(b.head.safety, `/tasks/${task.id}/not-applicable/accept`), 404);
    expectError(await (await as(b.head.school1)).get(`/tasks/${task.id}`), 404);
  });

  it('never lets 政策法规股 decide its own request (403), nor the requesting department; a leader may', async () => {
    const { planId } = await createEventPlan(await as(b.head.legal), t, 'legal-adviser-review', '法审〔2026〕9号', { requestedOn: '2026-09-10' });
    const own = await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion');
    must(await post(b.staff.legal, `/tasks/${own.id}/not-applicable`, { reason: '已撤回审查请求' }), 200, 'request');
    expectError(await post(b.head.legal, `/tasks/${own.id}/not-applicable/accept`), 403);
    expectError(await post(b.staff.legal, `/tasks/${own.id}/not-applicable/reject`, { reason: '不行' }), 403);
    expect((await get(b.head.legal, '/tasks/review-queue?pageSize=100')).items.map((x: TaskSummary) => x.id)).not.toContain(own.id);
    const office = await officeTask();
    must(await post(b.staff.office, `/tasks/${office.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    expectError(await post(b.head.office, `/tasks/${office.id}/not-applicable/accept`), 403);
    expect(must(await post(b.leader, `/tasks/${own.id}/not-applicable/accept`), 200, 'leader').status).toBe('na');
  });

  it('reopens a 不适用 task by 政策法规股 or a leader only, back to open without the note', async () => {
    const task = await officeTask();
    must(await post(b.staff.office, `/tasks/${task.id}/not-applicable`, { reason: '不涉及' }), 200, 'request');
    must(await post(b.staff.legal, `/tasks/${task.id}/not-applicable/accept`), 200, 'accept');
    expectError(await post(b.head.office, `/tasks/${task.id}/reopen`, { reason: '想再办' }), 403);
    const reopened = must(await post(b.head.legal, `/tasks/${task.id}/reopen`, { reason: '核查发现有信访件' }), 200, 'reopen');
    expect(reopened).toEqual(expect.objectContaining({ status: 'open', completionNote: null, returnReason: '核查发现有信访件' }));
  });
});
