import { Clock } from '../../../src/common/clock';
import { TaskStore } from '../../../src/tasks/task-store.service';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, SCENARIO_TODAY, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11, points 1 and 2 — who registers which case, the registrar leading its case, the case
 * page's steps, corrections with a reason, and 撤销. The clock is pinned to Tuesday 2026-09-29.
 */
describe.each(DATABASES)('engine: cases (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`));
    b = await createBureau(t);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const register = async (who: Bureau['head'][keyof Bureau['head']] | null, key: string, reference: string, anchors: Record<string, string>) =>
    (who ? await b.as(who) : b.admin).post('/plans/event').send({ templateId: await templateId(t, key), reference, title: `${reference} 测试`, anchors });

  describe('who registers what', () => {
    it('refuses a school principal registering a normative document (403), naming who may', async () => {
      const res = await register(b.head.school1, 'normative-document', '某校规〔2026〕1号', { draftedOn: '2026-09-01' });
      expect(expectError(res, 403).message).toMatch(/行政规范性文件.*局机关各股室/);
    });

    it('lets 信访办 register a petition and refuses 教育股 (403)', async () => {
      must(await register(b.staff.office, 'petition', '信访〔2026〕30号', { receivedOn: '2026-09-01' }), 201, 'petition by 信访办');
      const refused = await register(b.head.education, 'petition', '信访〔2026〕31号', { receivedOn: '2026-09-01' });
      expect(expectError(refused, 403).message).toMatch(/局办公室/);
    });

    it('applies an admin edit of the registrars at once, and shows them on the template', async () => {
      const id = await templateId(t, 'enforcement-certificate');
      expectError(await register(b.head.education, 'enforcement-certificate', '执法证-1', { issuedOn: '2026-09-01' }), 403);
      const edited = must(await b.admin.patch(`/templates/${id}`).send({ registrars: ['education'] }), 200, 'edit registrars');
      expect(edited.registrars).toEqual(['education']);
      expect(must(await b.admin.get(`/templates/${id}`), 200, 'template').registrars).toEqual(['education']);
      must(await register(b.head.education, 'enforcement-certificate', '执法证-1', { issuedOn: '2026-09-01' }), 201, 'after the edit');
      expectError(await register(b.head.legal, 'enforcement-certificate', '执法证-2', { issuedOn: '2026-09-01' }), 403);
    });

    it('refuses registrars on an annual template and a malformed role code', async () => {
      expectError(await b.admin.patch(`/templates/${await templateId(t, 'enforcement-case')}`).send({ registrars: ['Not A Code'] }), 400);
      const annual = must<{ id: number; kind: string }[]>(await b.admin.get('/templates?kind=annual'), 200, 'annual')[0];
      expectError(await b.admin.patch(`/templates/${annual.id}`).send({ registrars: ['legal'] }), 400);
    });

    it('makes the registering department the lead where the template allows (enforcement case by 政策法规股)', async () => {
      const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'enforcement-case', '某教罚〔2026〕40号', { filedOn: '2026-09-01' });
      expect((await leadTask(t, planId, 'enforcement-case', 'filing')).departmentId).toBe(b.dept.legal);
      const byDefault = await createEventPlan(b.admin, t, 'enforcement-case', '某教罚〔2026〕41号', { filedOn: '2026-09-01' });
      expect((await leadTask(t, byDefault.planId, 'enforcement-case', 'filing')).departmentId).toBe(b.dept.private);
    });

    it('lists the templates the caller may register', async () => {
      const keys = async (client: Awaited<ReturnType<Bureau['as']>>) =>
        must<{ key: string }[]>(await client.get('/plans/registrable'), 200, 'registrable').map((x) => x.key);
      expect(await keys(await b.as(b.head.school1))).toEqual([]);
      expect(await keys(await b.as(b.staff.office))).toEqual(expect.arrayContaining(['petition', 'normative-document', 'major-decision']));
      expect(await keys(await b.as(b.staff.office))).not.toContain('enforcement-case');
      expect((await keys(b.admin)).length).toBeGreaterThanOrEqual(9);
    });
  });

  describe('the case page, corrections and 撤销', () => {
    let planId: number;
    let opinionId: number;

    beforeAll(async () => {
      ({ planId } = await createEventPlan(await b.as(b.head.legal), t, 'legal-adviser-review', '法审〔2026〕50号', { requestedOn: '2026-09-10' }));
      opinionId = (await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion')).id;
    });

    it('shows the steps with dates, gates and departments to the registrar, and 404 to an uninvolved department', async () => {
      const view = must(await (await b.as(b.staff.legal)).get(`/plans/${planId}/steps`), 200, 'steps');
      expect(view.templateName).toBe('法律顾问审查（单项）');
      expect(view.registrarDepartmentName).toBe('政策法规股');
      const record = view.steps.find((s: { title: string }) => s.title.includes('登记'));
      expect(view.steps[0]).toEqual(expect.objectContaining({ taskId: opinionId, departmentId: b.dept.legal, dueOn: '2026-09-20', status: 'open' }));
      expect(record.gates).toEqual([expect.objectContaining({ taskId: opinionId, satisfied: false })]);
      expectError(await (await b.as(b.head.safety)).get(`/plans/${planId}/steps`), 404);
    });

    it('needs a reason to change a date already set (400), not to fill one in', async () => {
      const { planId: id } = await createEventPlan(await b.as(b.head.legal), t, 'legal-adviser-review', '法审〔2026〕51号', { requestedOn: '2026-09-10' });
      const legal = await b.as(b.head.legal);
      must(await legal.patch(`/plans/${id}/anchors`).send({ anchors: { decidedOn: '2026-09-25' } }), 200, 'fill in');
      expectFieldError(await legal.patch(`/plans/${id}/anchors`).send({ anchors: { requestedOn: '2026-09-11' } }), 'reason', /理由/);
    });

    it('audits a correction with its reason, re-dates the tasks with a history row and tells their people', async () => {
      const { planId: id } = await createEventPlan(await b.as(b.head.legal), t, 'legal-adviser-review', '法审〔2026〕52号', { requestedOn: '2026-09-10' });
      const opinion = await leadTask(t, id, 'legal-adviser-review', 'adviser-opinion');
      const reason = '请求日期登记有误';
      must(await (await b.as(b.head.legal)).patch(`/plans/${id}/anchors`).send({ anchors: { requestedOn: '2026-09-22' }, reason }), 200, 'correct');
      const moved = await leadTask(t, id, 'legal-adviser-review', 'adviser-opinion');
      expect(moved.dueOn).toBe('2026-10-09');
      const history = must(await b.admin.get(`/tasks/${opinion.id}`), 200, 'detail').history;
      expect(history).toContainEqual(expect.objectContaining({ action: 'schedule', note: expect.stringContaining(reason) }));
      const audit = must(await b.admin.get(`/audit-events?entity=plans&entityId=${id}`), 200, 'audit').items;
      expect(audit).toContainEqual(expect.objectContaining({ action: 'plan.anchors-corrected', after: expect.objectContaining({ reason }) }));
      const notes = must(await (await b.as(b.head.legal)).get('/notifications?pageSize=100'), 200, 'notifications').items;
      expect(notes).toContainEqual(expect.objectContaining({ kind: 'redated', taskId: opinion.id }));
    });

    it('refuses 撤销 by staff of the registering department (403) and by an uninvolved head (404)', async () => {
      expectError(await (await b.as(b.head.safety)).post(`/plans/${planId}/cancel`).send({ reason: '误登记' }), 404);
      expectError(await (await b.as(b.staff.legal)).post(`/plans/${planId}/cancel`).send({ reason: '误登记' }), 403);
      expectFieldError(await (await b.as(b.head.legal)).post(`/plans/${planId}/cancel`).send({ reason: '' }), 'reason');
    });

    it('cancels the unfinished tasks: gone from overdue and the reminder input, kept in history', async () => {
      const leader = await b.as(b.leader);
      const overdue = async () => must(await leader.get('/oversight/overdue?pageSize=200'), 200, 'overdue').items.map((x: { id: number }) => x.id);
      expect(await overdue()).toContain(opinionId);
      const res = must(await (await b.as(b.head.legal)).post(`/plans/${planId}/cancel`).send({ reason: '重复登记' }), 200, 'cancel');
      expect(res).toEqual(expect.objectContaining({ state: 'cancelled', cancelReason: '重复登记' }));
      expect(await overdue()).not.toContain(opinionId);
      expect((await t.app.get(TaskStore).openDueBy('2026-12-31')).map((r) => r.id)).not.toContain(opinionId);
      const detail = must(await b.admin.get(`/tasks/${opinionId}`), 200, 'detail');
      expect(detail.task.status).toBe('cancelled');
      expect(detail.history).toContainEqual(expect.objectContaining({ action: 'cancel', fromStatus: 'open', toStatus: 'cancelled', note: '重复登记' }));
      const audit = must(await b.admin.get(`/audit-events?entity=tasks&entityId=${opinionId}`), 200, 'audit').items;
      expect(audit).toContainEqual(expect.objectContaining({ action: 'task.cancel' }));
    });

    it('refuses a second 撤销 and date edits after it (409)', async () => {
      expectError(await b.admin.post(`/plans/${planId}/cancel`).send({ reason: '再次撤销' }), 409);
      expectError(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { decidedOn: '2026-09-30' } }), 409);
      const view = must(await b.admin.get(`/plans/${planId}/steps`), 200, 'steps');
      expect(view.can).toEqual({ editAnchors: false, cancel: false });
      expect(view.steps.every((s: { status: string }) => s.status === 'cancelled')).toBe(true);
    });
  });
});
