/**
 * Who may see a case and change its dates, who names a task's assignee, and where review applies:
 * rules that sit on top of the task transitions.
 */
import { expectError } from '../support/expectations';
import { createAnnualPlan, createBureau, createEventPlan, leadTask, must, tasksOfItem, type Bureau } from '../support/engine-fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

describe('engine: access to cases, assignees, review of supporting tasks', () => {
  let t: TestApp;
  let b: Bureau;
  let annualPlanId: number;
  let petitionPlanId: number;

  beforeAll(async () => {
    t = await bootTestApp();
    b = await createBureau(t);
    annualPlanId = (await createAnnualPlan(t, 2026)).planId;
    // 信访 is played by 局办公室 in this bureau (see createBureau): the case involves only it.
    petitionPlanId = (await createEventPlan(await b.as(b.head.office), t, 'petition', '信访-2026-001', { receivedOn: '2026-06-01' })).planId;
  });
  afterAll(() => t?.close());

  describe('cases (event plans)', () => {
    it('are listed and shown to the departments involved, leaders and admins only', async () => {
      const ids = async (client: Awaited<ReturnType<Bureau['as']>>) =>
        (must(await client.get('/plans?pageSize=200'), 200, 'plans').items as { id: number }[]).map((p) => p.id);
      expect(await ids(await b.as(b.head.office))).toEqual(expect.arrayContaining([annualPlanId, petitionPlanId]));
      expect(await ids(await b.as(b.leader))).toEqual(expect.arrayContaining([annualPlanId, petitionPlanId]));
      const safety = await ids(await b.as(b.head.safety));
      expect(safety).toContain(annualPlanId);
      expect(safety).not.toContain(petitionPlanId);
      expectError(await (await b.as(b.head.safety)).get(`/plans/${petitionPlanId}`), 404);
      must(await (await b.as(b.staff.office)).get(`/plans/${petitionPlanId}`), 200, 'office staff reads its case');
    });

    it('have their dates changed only by those involved', async () => {
      expectError(await (await b.as(b.head.safety)).patch(`/plans/${petitionPlanId}/anchors`).send({ anchors: { acceptedOn: '2026-06-05' } }), 404);
      const res = must(
        await (await b.as(b.head.office)).patch(`/plans/${petitionPlanId}/anchors`).send({ anchors: { acceptedOn: '2026-06-05' } }),
        200,
        'anchors',
      );
      expect(res.plan.anchors).toEqual({ receivedOn: '2026-06-01', acceptedOn: '2026-06-05' });
    });
  });

  describe('assignee (经办人)', () => {
    it('is named by the department head, from the own department only, and shown on the task', async () => {
      const task = await leadTask(t, annualPlanId, 'organisation-leadership-annual', 'annual-report-submit');
      const dept = b.deptOf(task.departmentId);
      const head = await b.as(b.head[dept]);
      const done = must(await head.patch(`/tasks/${task.id}/assignee`).send({ assigneeId: b.staff[dept].id }), 200, 'assign');
      expect(done.assigneeId).toBe(b.staff[dept].id);
      expect(must(await head.get(`/tasks/${task.id}`), 200, 'detail').assignee).toEqual({ id: b.staff[dept].id, name: expect.any(String) });
      const other = dept === 'safety' ? 'education' : 'safety';
      expectError(await head.patch(`/tasks/${task.id}/assignee`).send({ assigneeId: b.staff[other].id }), 400);
      expectError(await (await b.as(b.staff[dept])).patch(`/tasks/${task.id}/assignee`).send({ assigneeId: null }), 403);
      expectError(await (await b.as(b.leader)).patch(`/tasks/${task.id}/assignee`).send({ assigneeId: null }), 403);
      expect(must(await head.patch(`/tasks/${task.id}/assignee`).send({ assigneeId: null }), 200, 'unassign').assigneeId).toBeNull();
      const audit = must(await b.admin.get(`/audit-events?entity=tasks&entityId=${task.id}`), 200, 'audit');
      expect(audit.items.some((e: { after: { assigneeId?: number } | null }) => e.after?.assigneeId === b.staff[dept].id)).toBe(true);
    });
  });

  describe('review', () => {
    it('applies to the lead task of a reviewed item; its supporting tasks are done when completed', async () => {
      const [lead, ...supporting] = await tasksOfItem(t, annualPlanId, 'organisation-leadership-annual', 'annual-report-submit');
      expect(lead.needsReview).toBe(true);
      expect(supporting.length).toBeGreaterThan(0);
      for (const task of supporting) {
        expect(task.needsReview).toBe(false);
        const done = must(
          await (await b.as(b.head[b.deptOf(task.departmentId)])).post(`/tasks/${task.id}/complete`).send({ note: '已配合提供材料' }),
          200,
          'complete supporting',
        );
        expect(done.status).toBe('done');
      }
    });
  });

  it('refuses an evidence upload without files with 400', async () => {
    const task = await leadTask(t, annualPlanId, 'organisation-leadership-annual', 'annual-report-submit');
    const head = await b.as(b.head[b.deptOf(task.departmentId)]);
    const res = await head.post(`/tasks/${task.id}/evidence`).field('effectiveOn', '2026-02-27');
    expect(expectError(res, 400).message).toMatch(/请选择要上传的文件/);
  });
});
