import { DATABASES } from '../support/databases';
import { catalogueItem, createAnnualPlan, createBureau, leadTask, minimalPdf, must, type Bureau, type TaskSummary } from '../support/engine-fixtures';
import { expectError, expectFieldError, expectStatus } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — the task lifecycle: tick-off (办结), review by the reviewing department (accept /
 * return with a reason), reopen with a reason; refused for the wrong person (403/404) and the
 * wrong state (409); every transition in the task's history and in the audit trail.
 */
describe.each(DATABASES)('engine: task transitions (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let planId: number;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    ({ planId } = await createAnnualPlan(t, 2026));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** [status after, acting user] of each audited transition (`task.<action>` events), oldest first. */
  async function auditedStatusChanges(taskId: number): Promise<[string, number | null][]> {
    const page = must(await b.admin.get(`/audit-events?entity=tasks&entityId=${taskId}&pageSize=200`), 200, 'audit');
    return (page.items as { id: number; action: string; userId: number | null; after: { status?: string } | null }[])
      .filter((e) => e.action.startsWith('task.') && e.after?.status !== undefined)
      .sort((x, y) => x.id - y.id)
      .map((e) => [e.after!.status!, e.userId]);
  }

  const post = async (user: TestUser, path: string, body: object = {}) => (await b.as(user)).post(path).send(body);

  describe('a reviewed item: 政府信息公开工作年度报告 (lead 局办公室, reviewed by 政策法规股)', () => {
    let task: TaskSummary;
    const path = (action: string) => `/tasks/${task.id}/${action}`;

    beforeAll(async () => {
      expect(catalogueItem('powers-services-annual', 'gov-info-annual-report')).toEqual(expect.objectContaining({ lead: 'office', review: true }));
      task = await leadTask(t, planId, 'powers-services-annual', 'gov-info-annual-report');
      expect(task).toEqual(expect.objectContaining({ departmentId: b.dept.office, needsReview: true, status: 'open' }));
    });

    it('refuses completion without a note (400)', async () => {
      expectFieldError(await post(b.head.office, path('complete'), {}), 'note');
      expectFieldError(await post(b.head.office, path('complete'), { note: '' }), 'note');
    });

    it('refuses the wrong people: a leader and the reviewer cannot tick off, another department cannot see it', async () => {
      expectError(await post(b.leader, path('complete'), { note: '领导代办' }), 403);
      expectError(await post(b.head.legal, path('complete'), { note: '审核股室代办' }), 403);
      expectError(await post(b.head.safety, path('complete'), { note: '别的股室' }), 404);
      expectError(await post(b.staff.school1, path('complete'), { note: '学校' }), 404);
    });

    it('refuses review of a task that was not submitted (409)', async () => {
      expect(expectError(await post(b.head.legal, path('accept')), 409).message).toContain('待办');
      expectError(await post(b.head.legal, path('return'), { reason: '未提交' }), 409);
    });

    it('submits for review; the own department cannot accept it, the reviewer returns it with a reason', async () => {
      const submitted = must(await post(b.head.office, path('complete'), { note: '已于1月30日在门户网站发布年度报告' }), 200, 'submit');
      expect(submitted).toEqual(expect.objectContaining({ id: task.id, status: 'submitted', completionNote: '已于1月30日在门户网站发布年度报告' }));
      expectError(await post(b.head.office, path('accept')), 403);
      expectError(await post(b.head.office, path('complete'), { note: '再次提交' }), 409);

      const queue = must(await (await b.as(b.head.legal)).get('/tasks/review-queue'), 200, 'queue');
      expect(queue).toEqual(expect.objectContaining({ total: 1, page: 1, pageSize: 20 }));
      expect(queue.items.map((x: TaskSummary) => x.id)).toEqual([task.id]);
      expect(must(await (await b.as(b.head.office)).get('/tasks/review-queue'), 200, 'own queue').total).toBe(0);

      expectFieldError(await post(b.head.legal, path('return'), {}), 'reason');
      const returned = must(await post(b.head.legal, path('return'), { reason: '报告缺少统计数据表，请补充后重新提交' }), 200, 'return');
      expect(returned.status).toBe('returned');
    });

    it('shows the head the return reason; the head completes again and the reviewer accepts', async () => {
      const office = await b.as(b.head.office);
      const detail = must(await office.get(`/tasks/${task.id}`), 200, 'detail');
      expect(detail.task).toEqual(expect.objectContaining({ status: 'returned', returnReason: '报告缺少统计数据表，请补充后重新提交' }));
      expect(detail.can).toEqual(expect.objectContaining({ work: true, review: false }));

      expect(must(await post(b.head.office, path('complete'), { note: '已补充统计数据表' }), 200, 'resubmit').status).toBe('submitted');
      const accepted = must(await post(b.staff.legal, path('accept'), { note: '同意' }), 200, 'accept');
      expect(accepted).toEqual(expect.objectContaining({ status: 'done', completedAt: expect.any(String) }));
      expectError(await post(b.head.legal, path('accept')), 409);
    });

    it('reopens with a reason; the evidence uploaded before stays listed', async () => {
      const pdf = minimalPdf('年度报告');
      const office = await b.as(b.head.office);
      const uploaded = await office.post(`/tasks/${task.id}/evidence`).attach('files', pdf, { filename: '年度报告.pdf', contentType: 'application/pdf' });
      expectStatus(uploaded, 201);
      expectFieldError(await post(b.head.office, path('reopen'), {}), 'reason');
      expectError(await post(b.head.safety, path('reopen'), { reason: '无关股室' }), 404);

      const reopened = must(await post(b.head.office, path('reopen'), { reason: '上级要求补充公开渠道说明' }), 200, 'reopen');
      expect(reopened).toEqual(expect.objectContaining({ status: 'open', returnReason: '上级要求补充公开渠道说明', completedAt: null }));
      expectError(await post(b.head.office, path('reopen'), { reason: '再开一次' }), 409);
      const detail = must(await office.get(`/tasks/${task.id}`), 200, 'detail');
      expect(detail.evidence).toEqual([
        expect.objectContaining({ id: uploaded.body[0].id, fileName: '年度报告.pdf', mimeType: 'application/pdf', size: pdf.length }),
      ]);
    });

    it('records every transition in the history and in the audit trail, with the acting user', async () => {
      const detail = must(await b.admin.get(`/tasks/${task.id}`), 200, 'detail');
      const steps = [
        ['submit', 'open', 'submitted', b.head.office],
        ['return', 'submitted', 'returned', b.head.legal],
        ['submit', 'returned', 'submitted', b.head.office],
        ['accept', 'submitted', 'done', b.staff.legal],
        ['reopen', 'done', 'open', b.head.office],
      ] as const;
      expect(detail.history).toEqual(
        steps.map(([action, fromStatus, toStatus, user]) =>
          expect.objectContaining({ action, fromStatus, toStatus, userId: user.id, userName: expect.any(String) }),
        ),
      );
      expect(detail.history[1].note).toBe('报告缺少统计数据表，请补充后重新提交');
      expect(await auditedStatusChanges(task.id)).toEqual(steps.map(([, , to, user]) => [to, user.id]));
      expectError(await (await b.as(b.head.office)).get(`/audit-events?entity=tasks&entityId=${task.id}`), 403);
    });
  });

  describe('an item without review: 宪法宣传周和国家宪法日活动 (lead 教育股)', () => {
    it('is done at once when completed, and a leader may reopen it', async () => {
      const task = await leadTask(t, planId, 'law-education-annual', 'constitution-week');
      expect(task).toEqual(expect.objectContaining({ departmentId: b.dept.education, needsReview: false }));
      const done = must(await post(b.head.education, `/tasks/${task.id}/complete`, { note: '12月4日举办宪法晨读活动' }), 200, 'complete');
      expect(done).toEqual(expect.objectContaining({ status: 'done', completedById: b.head.education.id }));
      // Nobody reviews an item without review.
      expectError(await post(b.leader, `/tasks/${task.id}/accept`), 403);
      expectError(await post(b.leader, `/tasks/${task.id}/return`, { reason: '无审核' }), 403);
      expect(must(await post(b.leader, `/tasks/${task.id}/reopen`, { reason: '活动照片不全' }), 200, 'reopen').status).toBe('open');

      const history = must(await b.admin.get(`/tasks/${task.id}`), 200, 'detail').history;
      expect(history.map((h: { action: string; userId: number }) => [h.action, h.userId])).toEqual([
        ['complete', b.head.education.id],
        ['reopen', b.leader.id],
      ]);
      expect(await auditedStatusChanges(task.id)).toEqual([
        ['done', b.head.education.id],
        ['open', b.leader.id],
      ]);
    });

    it('ticks off once when the head and a colleague click at the same time', async () => {
      const task = await leadTask(t, planId, 'law-education-annual', 'fire-day');
      const safety = await b.as(b.head.safety);
      const results = await Promise.all([1, 2, 3].map((n) => safety.post(`/tasks/${task.id}/complete`).send({ note: `消防日活动（第${n}次提交）` })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const history = must(await b.admin.get(`/tasks/${task.id}`), 200, 'detail').history;
      expect(history.map((h: { action: string }) => h.action)).toEqual(['complete']);
      expect(await auditedStatusChanges(task.id)).toEqual([['done', b.head.safety.id]]);
    });

    it('answers 404 for a task that does not exist', async () => {
      expectError(await post(b.head.education, '/tasks/999999/complete', { note: '不存在' }), 404);
    });
  });
});
