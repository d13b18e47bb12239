import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, tasksOfItem, type Bureau } from '../support/engine-fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 §13 — 行政复议答复, 行政诉讼应诉, 行政许可办理 with their statutory clocks, each across
 * National Day 2026 (09-25…09-27 and 10-01…10-07 off, Saturday 10-10 worked). Dates by hand.
 */
describe.each(DATABASES)('engine: reconsideration, litigation and permit cases (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('行政复议: the reply is due 10 working days after the copy arrives (复议法 第四十八条、第八十八条)', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'reconsideration-reply', '复议〔2026〕1号', { copyReceivedOn: '2026-09-24' });
    // Thu 09-24: 09-28, 09-29, 09-30, 10-08, 10-09, Sat 10-10, 10-12, 10-13, 10-14, 10-15.
    const [reply, support] = await tasksOfItem(t, planId, 'reconsideration-reply', 'reply');
    expect(reply).toEqual(expect.objectContaining({ dueOn: '2026-10-15', departmentId: b.dept.legal }));
    expect(support).toEqual(expect.objectContaining({ dueOn: '2026-10-15', departmentId: b.dept.office, supporting: true }));
    expect(must(await b.admin.get(`/tasks/${reply.id}`), 200, 'reply').task.scheduleText).toBe('收到申请书副本之日起10个工作日内');
  });

  it('行政诉讼: the defence is due 15 calendar days after the complaint, moved off a holiday; the head appears on the hearing day', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'litigation-response', '行诉〔2026〕1号', { complaintReceivedOn: '2026-09-16' });
    // 09-16 + 15 days = Thursday 10-01 (National Day) → the first working day after: 10-08.
    expect(await leadTask(t, planId, 'litigation-response', 'defence')).toEqual(expect.objectContaining({ dueOn: '2026-10-08', departmentId: b.dept.legal }));
    expect(await tasksOfItem(t, planId, 'litigation-response', 'head-appearance')).toEqual([]);
    must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { hearingOn: '2026-11-05' } }), 200, 'hearingOn');
    const appearance = await leadTask(t, planId, 'litigation-response', 'head-appearance');
    expect(appearance).toEqual(expect.objectContaining({ dueOn: '2026-11-05', departmentId: b.dept.office }));
    expect(must(await b.admin.get(`/tasks/${appearance.id}`), 200, 'appearance').task.scheduleText).toBe('开庭当日');
  });

  it('行政许可: notice within 5 working days, decision within 20 working days of acceptance, 10 more once an extension is approved', async () => {
    const approval = await b.as(b.head.private);
    const { planId } = await createEventPlan(approval, t, 'permit-handling', '许可〔2026〕1号', { receivedOn: '2026-09-28' });
    // Mon 09-28: 09-29, 09-30, 10-08, 10-09, Sat 10-10.
    expect((await leadTask(t, planId, 'permit-handling', 'completeness-notice')).dueOn).toBe('2026-10-10');
    must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { acceptedOn: '2026-09-30' } }), 200, 'acceptedOn');
    // 20 working days from Wed 09-30: 10-08 … 10-10 (3), 10-12 … 10-16 (8), 10-19 … 10-23 (13), 10-26 … 10-30 (18), 11-02, 11-03.
    const decision = await leadTask(t, planId, 'permit-handling', 'decision');
    expect(decision).toEqual(expect.objectContaining({ dueOn: '2026-11-03', departmentId: b.dept.private }));
    expect(must(await b.admin.get(`/tasks/${decision.id}`), 200, 'decision').task.scheduleText).toBe(
      '受理之日起20个工作日内（经批准延长期限的，再延长10个工作日）',
    );
    must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { extendedOn: '2026-10-28' } }), 200, 'extendedOn');
    // Ten more working days: 11-04 … 11-06, 11-09 … 11-13, 11-16, 11-17.
    const extended = must(await b.admin.get(`/tasks/${decision.id}`), 200, 'extended');
    expect(extended.task.dueOn).toBe('2026-11-17');
    expect(extended.history).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'schedule' })]));
  });
});
