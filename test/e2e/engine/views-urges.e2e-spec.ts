import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, createDeadlineScenario, must, SCENARIO_TODAY, type Bureau, type DeadlineScenario, type TaskSummary } from '../support/engine-fixtures';
import { expectError, expectFieldError, expectStatus } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — the department view on a fixed clock (Tuesday 2026-09-29, just before National Day):
 * overdue / due soon (within N working days) / other open / done, only the own department for a
 * head; and 催办 (urges) by a leader.
 */
describe.each(DATABASES)('engine: task views and urges (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let s: DeadlineScenario;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`)); // 10:00 in Asia/Shanghai
    b = await createBureau(t);
    s = await createDeadlineScenario(t, b);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const ids = (page: { items: TaskSummary[] }) => page.items.map((x) => x.id);
  const get = async (user: TestUser, path: string) => must(await (await b.as(user)).get(path), 200, path);

  describe('the department head of 政策法规股', () => {
    it('sees the scenario’s due dates (working days across National Day and make-up days)', () => {
      expect([s.opinionLate.dueOn, s.recordLate.dueOn, s.opinionSoon.dueOn, s.recordLater.dueOn, s.petitionLate.dueOn]).toEqual([
        '2026-09-20',
        '2026-09-22',
        '2026-10-09',
        '2026-10-12',
        '2026-09-16',
      ]);
    });

    it('groups the tasks: overdue, due within 3 working days, other open, done', async () => {
      const head = b.head.legal;
      const overdue = await get(head, '/tasks?view=overdue&dueSoonDays=3');
      expect(overdue).toEqual({ items: expect.any(Array), total: 2, page: 1, pageSize: 20, nextCursor: null });
      expect(ids(overdue)).toEqual([s.opinionLate.id, s.recordLate.id]);
      expect(overdue.items.map((x: TaskSummary) => x.daysLeft)).toEqual([-9, -7]);

      // 09-30, 10-08, 10-09 are the next three working days: 10-09 is due soon, 10-12 is not.
      const soon = await get(head, '/tasks?view=dueSoon&dueSoonDays=3');
      expect(ids(soon)).toEqual([s.opinionSoon.id]);
      expect(soon.items[0]).toEqual(expect.objectContaining({ daysLeft: 10, departmentName: '政策法规股', status: 'open' }));
      expect(ids(await get(head, '/tasks?view=open&dueSoonDays=3')).sort()).toEqual([s.recordLater.id, s.recordOpen.id].sort());
      expect(ids(await get(head, '/tasks?view=done'))).toEqual([s.opinionDone.id]);
      expect(await get(head, '/tasks/counts?dueSoonDays=3')).toEqual({ overdue: 2, dueSoon: 1, open: 2, done: 1, na: 0, total: 6 });
    });

    it('counts the make-up Saturday 10-10 as a working day of the due-soon window', async () => {
      // 4 working days: …, 10-09, 10-10 → 10-12 still outside; 5 (the default): 10-12 inside.
      expect(await get(b.head.legal, '/tasks/counts?dueSoonDays=4')).toEqual({ overdue: 2, dueSoon: 1, open: 2, done: 1, na: 0, total: 6 });
      expect(await get(b.head.legal, '/tasks/counts')).toEqual({ overdue: 2, dueSoon: 3, open: 0, done: 1, na: 0, total: 6 });
    });

    it('sees only the own department and may not ask for another one', async () => {
      const all = await get(b.head.legal, '/tasks?view=all');
      expect(all.total).toBe(6);
      expect(all.items.every((x: TaskSummary) => x.departmentId === b.dept.legal)).toBe(true);
      expectError(await (await b.as(b.head.legal)).get(`/tasks?departmentId=${b.dept.office}`), 403);
      expectError(await (await b.as(b.staff.legal)).get(`/tasks/counts?departmentId=${b.dept.office}`), 403);
      expect(await get(b.head.office, '/tasks/counts')).toEqual({ overdue: 1, dueSoon: 0, open: 0, done: 0, na: 0, total: 1 });
      expect(await get(b.head.safety, '/tasks/counts')).toEqual({ overdue: 0, dueSoon: 0, open: 0, done: 0, na: 0, total: 0 });
    });

    it('refuses an unknown view and an out-of-range window (400)', async () => {
      expectFieldError(await (await b.as(b.head.legal)).get('/tasks?view=late'), 'view');
      expectFieldError(await (await b.as(b.head.legal)).get('/tasks?dueSoonDays=0'), 'dueSoonDays');
    });
  });

  describe('a leader', () => {
    it('sees every department and may filter by department', async () => {
      const overdue = await get(b.leader, '/tasks?view=overdue');
      expect(ids(overdue)).toEqual([s.petitionLate.id, s.opinionLate.id, s.recordLate.id]);
      expect(await get(b.leader, '/tasks/counts?dueSoonDays=3')).toEqual({ overdue: 3, dueSoon: 1, open: 2, done: 1, na: 0, total: 7 });
      const office = await get(b.leader, `/tasks?departmentId=${b.dept.office}`);
      expect(ids(office)).toEqual([s.petitionLate.id]);
    });

    it('pages through the list', async () => {
      const first = await get(b.leader, '/tasks?pageSize=4&page=1');
      const second = await get(b.leader, '/tasks?pageSize=4&page=2');
      expect([first.total, first.page, first.pageSize, first.items.length]).toEqual([7, 1, 4, 4]);
      expect([second.total, second.page, second.pageSize, second.items.length]).toEqual([7, 2, 4, 3]);
      expect(new Set([...ids(first), ...ids(second)]).size).toBe(7);
    });
  });

  describe('urges (催办)', () => {
    it('a leader urges an open task; the department sees it with the leader’s name', async () => {
      const leader = await b.as(b.leader);
      const res = await leader.post(`/tasks/${s.opinionLate.id}/urges`).send({ message: '请于国庆节前出具书面意见' });
      expectStatus(res, 201);
      expect(res.body).toEqual(
        expect.objectContaining({ taskId: s.opinionLate.id, departmentId: b.dept.legal, leaderId: b.leader.id, message: '请于国庆节前出具书面意见' }),
      );

      const detail = await get(b.head.legal, `/tasks/${s.opinionLate.id}`);
      expect(detail.urges).toEqual([expect.objectContaining({ message: '请于国庆节前出具书面意见', leaderId: b.leader.id, leaderName: b.leaderName })]);
      expect(detail.task.status).toBe('open');
      expect((await get(b.leader, `/tasks/${s.opinionLate.id}`)).can.urge).toBe(true);
      expect(detail.can.urge).toBe(false);
    });

    it('a head or staff member cannot urge (403); a done task is not urged (409); a message is required', async () => {
      expectError(await (await b.as(b.head.legal)).post(`/tasks/${s.opinionLate.id}/urges`).send({ message: '自己催自己' }), 403);
      expectError(await (await b.as(b.staff.office)).post(`/tasks/${s.opinionLate.id}/urges`).send({ message: '催办' }), 403);
      const leader = await b.as(b.leader);
      expect(expectError(await leader.post(`/tasks/${s.opinionDone.id}/urges`).send({ message: '已完成的任务' }), 409).message).toContain('已办结');
      expectFieldError(await leader.post(`/tasks/${s.recordLate.id}/urges`).send({ message: '' }), 'message');
      expectError(await leader.post('/tasks/999999/urges').send({ message: '不存在' }), 404);
      expect((await get(b.head.legal, `/tasks/${s.opinionDone.id}`)).urges).toEqual([]);
    });
  });
});
