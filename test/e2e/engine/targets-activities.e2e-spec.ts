import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import {
  catalogueItem,
  createAnnualPlan,
  createBureau,
  createEventPlan,
  leadTask,
  must,
  tasksOfItem,
  templateId,
  type Bureau,
} from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11, points 6–8: targets by kind (count, percent, perSchool), supporting tasks without
 * the lead's target, activities that hold (real dates in the task's period, not in the future,
 * withdrawable), and school-led items that issue supporting tasks following every school.
 */
describe.each(DATABASES)('engine: targets by kind and activities (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let planId: number;
  const TODAY = '2026-06-10';

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    b = await createBureau(t);
    ({ planId } = await createAnnualPlan(t, 2026));
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const send = async (user: TestUser, method: 'post' | 'put' | 'get', path: string, body: object = {}) => {
    const client = await b.as(user);
    return method === 'get' ? client.get(path) : client[method](path).send(body);
  };
  const complete = (user: TestUser, id: number, extra: object = {}) => send(user, 'post', `/tasks/${id}/complete`, { note: '已办结', ...extra });
  const activity = (user: TestUser, id: number, occurredOn: string) => send(user, 'post', `/tasks/${id}/activities`, { occurredOn, title: '学习会' });
  const detail = async (id: number) => must(await b.admin.get(`/tasks/${id}`), 200, 'detail');

  describe('percent', () => {
    it('completes at or above the target without a reason and shows the percentage (参考率)', async () => {
      const task = await leadTask(t, planId, 'law-study-annual', 'staff-law-exam');
      const view = (await detail(task.id)).task;
      expect(view).toEqual(
        expect.objectContaining({ targetKind: 'percent', targetCount: 100, numeratorLabel: '参考人数', denominatorLabel: '应参考人数', percent: null }),
      );
      expect(expectError(await complete(b.head.personnel, task.id), 400).message).toContain('参考人数');
      const measured = must(await send(b.staff.personnel, 'put', `/tasks/${task.id}/measure`, { numerator: 52, denominator: 52 }), 200, 'measure');
      expect(measured).toEqual(expect.objectContaining({ numerator: 52, denominator: 52, percent: 100 }));
      expect(must(await complete(b.head.personnel, task.id), 200, 'complete')).toEqual(expect.objectContaining({ status: 'done', shortfallReason: null }));
      const history = (await detail(task.id)).history.map((h: { action: string; note: string }) => [h.action, h.note]);
      expect(history).toContainEqual(['measure', '参考人数 52 / 应参考人数 52（100%）']);
    });

    it('asks for a shortfall reason below the target (按时办结率 48/50 = 96%)', async () => {
      const task = await leadTask(t, planId, 'oversight-annual', 'hotline-12345');
      must(await send(b.head.office, 'put', `/tasks/${task.id}/measure`, { numerator: 48, denominator: 50 }), 200, 'measure');
      expect((await detail(task.id)).task.percent).toBe(96);
      expect(expectError(await complete(b.head.office, task.id), 400).message).toContain('96%');
      const done = must(await complete(b.head.office, task.id, { shortfallReason: '两件因当事人原因延期' }), 200, 'complete');
      expect(done).toEqual(expect.objectContaining({ status: 'done', shortfallReason: '两件因当事人原因延期' }));
      // A done task's numbers are frozen: reopen first.
      expectError(await send(b.head.office, 'put', `/tasks/${task.id}/measure`, { numerator: 50, denominator: 50 }), 409);
    });

    it('refuses impossible numbers with 400 in Chinese, and measuring by another department', async () => {
      const task = await leadTask(t, planId, 'oversight-annual', 'deputies-proposals');
      const put = (body: object, user = b.head.office) => send(user, 'put', `/tasks/${task.id}/measure`, body);
      expect(expectError(await put({ numerator: 6, denominator: 5 }), 400).message).toContain('不能大于');
      expectError(await put({ numerator: 1, denominator: 0 }), 400);
      expectError(await put({ numerator: -1, denominator: 5 }), 400);
      expectError(await put({ numerator: 1.5, denominator: 5 }), 400);
      expectError(await put({ numerator: 1 }), 400);
      expectError(await put({ numerator: 1, denominator: 2 }, b.head.safety), 404);
      const count = await leadTask(t, planId, 'law-study-annual', 'pre-meeting-study');
      expectError(await send(b.head.office, 'put', `/tasks/${count.id}/measure`, { numerator: 1, denominator: 2 }), 400);
      expect((await detail(task.id)).task.numerator).toBeNull();
    });

    it('refuses a template item with a rate target lacking its labels, or coverage on an item not led by schools', async () => {
      const tplId = await templateId(t, 'oversight-annual');
      const item = must(await b.admin.get(`/templates/${tplId}`), 200, 'template').items.find((i: { key: string }) => i.key === 'deputies-proposals');
      const patch = (target: object) => b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ target });
      expect(expectError(await patch({ kind: 'percent', count: 100, unit: '%' }), 400).message).toContain('分子和分母的名称');
      expect(expectError(await patch({ kind: 'perSchool', count: 100, unit: '%' }), 400).message).toContain('学校牵头');
      expectError(await patch({ kind: 'ratio', count: 100, unit: '%' }), 400);
    });
  });

  describe('perSchool', () => {
    it('a school completes its charter task without any activity; the coverage is computed across schools (leaders only)', async () => {
      const [one, two, support] = await tasksOfItem(t, planId, 'law-education-annual', 'school-charter');
      expect([one.departmentId, two.departmentId].sort()).toEqual([b.dept.school1, b.dept.school2].sort());
      expect(support).toEqual(expect.objectContaining({ supporting: true, departmentId: b.dept.education }));
      expect((await detail(one.id)).task).toEqual(expect.objectContaining({ targetKind: 'perSchool', targetCount: null, targetUnit: '' }));

      const coverage = async () => {
        const rows = must(await (await b.as(b.leader)).get('/oversight/coverage?year=2026'), 200, 'coverage');
        return rows.find((r: { title: string }) => r.title === one.title);
      };
      expect(await coverage()).toEqual(expect.objectContaining({ done: 0, total: 2, percent: 0, target: 100, met: false }));
      const school = one.departmentId === b.dept.school1 ? b.head.school1 : b.head.school2;
      // No activity, no number: the charter is done or not (here reviewed, then accepted).
      expect(must(await complete(school, one.id, { note: '章程已核准' }), 200, 'charter').status).toBe('submitted');
      expect(await coverage()).toEqual(expect.objectContaining({ done: 0, total: 2 }));
      must(await send(b.leader, 'post', `/tasks/${one.id}/accept`), 200, 'accept');
      expect(await coverage()).toEqual(expect.objectContaining({ done: 1, total: 2, percent: 50, target: 100, met: false, unit: '%（学校章程覆盖率）' }));
      const rows = must(await (await b.as(b.leader)).get('/oversight/coverage?year=2026'), 200, 'coverage');
      expect(rows.map((r: { title: string }) => r.title).sort()).toHaveLength(3);

      expectError(await send(b.head.education, 'get', '/oversight/coverage?year=2026'), 403);
      expectError(await send(b.head.school1, 'get', '/oversight/coverage'), 403);
    });
  });

  describe('supporting tasks', () => {
    it('carry no target unless the item says so (supportTarget)', async () => {
      const [lead, support] = await tasksOfItem(t, planId, 'law-study-annual', 'leadership-special-study');
      expect(lead.targetCount).not.toBeNull();
      expect((await detail(support.id)).task).toEqual(expect.objectContaining({ targetKind: 'none', targetCount: null, targetUnit: '' }));
      expect(must(await complete(b.head.legal, support.id), 200, 'support done').status).toBe('done');

      // 12345: 信访办 handles part of the hotline's cases and answers for its own 按时办结率.
      expect(catalogueItem('oversight-annual', 'hotline-12345').supportTarget).toBe(true);
      // An item flagged by the admin: its supporting tasks keep the target.
      const tplId = await templateId(t, 'random-inspection');
      const tpl = must(await b.admin.get(`/templates/${tplId}`), 200, 'template');
      const item = tpl.items.find((i: { key: string }) => i.key === 'draw-inspectors');
      must(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ supportTarget: true }), 200, 'flag');
      const { planId: casePlan } = await createEventPlan(b.admin, t, 'random-inspection', '双随机〔2026〕1号', { plannedOn: '2026-06-01' });
      const [caseLead, caseSupport] = await tasksOfItem(t, casePlan, 'random-inspection', 'draw-inspectors');
      expect(caseSupport.departmentId).toBe(b.dept.private);
      for (const x of [caseLead, caseSupport]) expect((await detail(x.id)).task).toEqual(expect.objectContaining({ targetKind: 'count', targetCount: 2 }));
    });
  });

  describe('school-led items', () => {
    it('issue one supporting task per supporting department, which reads every school’s task and the coverage', async () => {
      const tasks = await tasksOfItem(t, planId, 'law-education-annual', 'vice-principal-coverage');
      const schools = tasks.filter((x) => !x.supporting);
      const [follow] = tasks.filter((x) => x.supporting);
      expect(schools).toHaveLength(2);
      expect(tasks.filter((x) => x.supporting)).toHaveLength(1);
      expect(follow.departmentId).toBe(b.dept.safety);

      for (const s of schools) expect(must(await send(b.staff.safety, 'get', `/tasks/${s.id}`), 200, 'school task').task.id).toBe(s.id);
      // Another department still cannot read them, and a school not another school's.
      expectError(await send(b.head.education, 'get', `/tasks/${schools[0].id}`), 404);
      const other = schools.find((s) => s.departmentId === b.dept.school2)!;
      expectError(await send(b.head.school1, 'get', `/tasks/${other.id}`), 404);
      // Following is reading, not working: the school completes its own task.
      expectError(await complete(b.head.safety, schools[0].id), 403);

      const progress = must(await send(b.head.safety, 'get', `/tasks/${follow.id}/schools`), 200, 'progress');
      expect(progress.coverage).toEqual(expect.objectContaining({ done: 0, total: 2, target: 100 }));
      expect(progress.schools.map((s: { id: number }) => s.id).sort()).toEqual(schools.map((s) => s.id).sort());
      const own = schools.find((s) => s.departmentId === b.dept.school1)!;
      const seenBySchool = must(await send(b.head.school1, 'get', `/tasks/${own.id}/schools`), 200, 'school view');
      expect(seenBySchool).toEqual(expect.objectContaining({ schools: [] }));
      expect((await detail(follow.id)).leadTask).toBeNull();
    });
  });

  describe('activities', () => {
    const periodTask = () => leadTask(t, planId, 'law-study-annual', 'pre-meeting-study');

    it('refuses impossible dates, dates outside the task’s year and future dates, naming the allowed range', async () => {
      const task = await periodTask();
      expectError(await activity(b.head.office, task.id, '2026-13-40'), 400);
      expectError(await activity(b.head.office, task.id, '2026-02-30'), 400);
      expect(expectError(await activity(b.head.office, task.id, '2025-12-31'), 400).message).toContain('2026-01-01 至 2026-06-10');
      expect(expectError(await activity(b.head.office, task.id, '2026-06-11'), 400).message).toContain('不能晚于今天');
      expect((await detail(task.id)).task.activityCount).toBe(0);
    });

    it('accepts a date within the period up to today', async () => {
      const task = await periodTask();
      for (const date of ['2026-01-01', TODAY]) must(await activity(b.staff.office, task.id, date), 201, date);
      expect((await detail(task.id)).task.activityCount).toBe(2);
    });

    it('bounds a case task’s activities by the case’s first date', async () => {
      const { planId: casePlan } = await createEventPlan(b.admin, t, 'random-inspection', '双随机〔2026〕2号', { plannedOn: '2026-05-20' });
      const draw = await leadTask(t, casePlan, 'random-inspection', 'draw-inspectors');
      expect(expectError(await activity(b.head.legal, draw.id, '2026-05-19'), 400).message).toContain('2026-05-20 至 2026-06-10');
      must(await activity(b.head.legal, draw.id, '2026-05-20'), 201, 'on the first date');
    });

    it('withdraws an activity with a reason: it stops counting, stays visible as withdrawn and is audited', async () => {
      const task = await leadTask(t, planId, 'law-study-annual', 'constitution-study');
      const a = must(await activity(b.staff.office, task.id, '2026-03-05'), 201, 'activity');
      must(await activity(b.staff.office, task.id, '2026-03-06'), 201, 'activity 2');
      // Only the author or the department head: another staff member of a department cannot.
      expectError(await send(b.staff.education, 'post', `/tasks/${task.id}/activities/${a.id}/withdraw`, { reason: 'x' }), 404);
      expectError(await send(b.staff.office, 'post', `/tasks/${task.id}/activities/${a.id}/withdraw`, {}), 400);
      const withdrawn = must(
        await send(b.staff.office, 'post', `/tasks/${task.id}/activities/${a.id}/withdraw`, { reason: '日期记错，重复登记' }),
        200,
        'withdraw',
      );
      expect(withdrawn).toEqual(expect.objectContaining({ id: a.id, withdrawReason: '日期记错，重复登记' }));
      expect(withdrawn.withdrawnAt).not.toBeNull();
      const after = await detail(task.id);
      expect(after.task.activityCount).toBe(1);
      expect(after.activities.find((x: { id: number }) => x.id === a.id)).toEqual(expect.objectContaining({ withdrawReason: '日期记错，重复登记' }));
      expectError(await send(b.head.office, 'post', `/tasks/${task.id}/activities/${a.id}/withdraw`, { reason: '再撤一次' }), 409);
      const audit = must(await b.admin.get(`/audit-events?q=activities&pageSize=100`), 200, 'audit');
      const event = audit.items.find(
        (e: { entity: string; entityId: string; action: string }) => e.entity === 'activities' && e.entityId === String(a.id) && e.action === 'update',
      );
      expect(event?.after).toEqual(expect.objectContaining({ withdrawReason: '日期记错，重复登记' }));
    });

    it('refuses withdrawing on a done task (reopen first)', async () => {
      const task = await leadTask(t, planId, 'law-study-annual', 'court-hearing');
      const a = must(await activity(b.head.office, task.id, '2026-04-01'), 201, 'activity');
      must(await complete(b.head.office, task.id, { shortfallReason: '庭审安排较少' }), 200, 'complete');
      const refused = expectError(await send(b.head.office, 'post', `/tasks/${task.id}/activities/${a.id}/withdraw`, { reason: '误登记' }), 409);
      expect(refused.message).toContain('请先重新打开任务');
      expect((await detail(task.id)).task.activityCount).toBe(1);
    });
  });
});
