import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import {
  createAnnualPlan,
  createBureau,
  createDeadlineScenario,
  createEventPlan,
  listAll,
  must,
  SCENARIO_TODAY,
  type Bureau,
  type DeadlineScenario,
  type TaskSummary,
} from '../support/engine-fixtures';
import { expectFieldError } from '../support/expectations';
import { createUser } from '../support/fixtures';
import { queueSettled } from '../support/reminder-fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

interface Hit {
  id: number;
  title: string;
  detail: string;
  link: string;
}
interface Group {
  kind: 'tasks' | 'cases';
  label: string;
  total: number;
  items: Hit[];
}

/**
 * Issue 13, point 5 — the search across tasks and cases (scoped like the lists) and the `q`,
 * `status` and `sort` parameters of every list, on the deadline scenario (clock pinned to
 * 2026-09-29) plus the 2026 annual plan.
 */
describe.each(DATABASES)('search and list sorting (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let s: DeadlineScenario;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${SCENARIO_TODAY}T02:00:00Z`));
    b = await createBureau(t);
    s = await createDeadlineScenario(t, b);
    await createAnnualPlan(t, 2026);
    const legal = await b.as(b.head.legal);
    await createEventPlan(legal, t, 'legal-adviser-review', '法审_2026_9', { requestedOn: '2026-09-22' });
    await createEventPlan(legal, t, 'legal-adviser-review', '法审X2026X9', { requestedOn: '2026-09-22' });
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const get = async (user: Parameters<Bureau['as']>[0] | 'admin', path: string) =>
    must(await (user === 'admin' ? b.admin : await b.as(user)).get(path), 200, path);
  const search = async (user: Parameters<Bureau['as']>[0] | 'admin', q: string): Promise<Record<string, Group>> => {
    const body = await get(user, `/search?q=${encodeURIComponent(q)}`);
    return Object.fromEntries((body.groups as Group[]).map((g) => [g.kind, g]));
  };
  const ids = (items: { id: number }[]) => items.map((x) => x.id);

  describe('GET /search', () => {
    it('finds tasks by title, linking to the task page', async () => {
      const { tasks } = await search('admin', s.petitionLate.title);
      expect(tasks.items).toContainEqual(expect.objectContaining({ id: s.petitionLate.id, title: s.petitionLate.title, link: `/tasks/${s.petitionLate.id}` }));
      expect(tasks.items.every((h) => h.title.includes(s.petitionLate.title))).toBe(true);
    });

    it('finds a case and its tasks by the case reference', async () => {
      const { tasks, cases } = await search('admin', '法审〔2026〕1号');
      expect(cases).toEqual(
        expect.objectContaining({
          label: '事项',
          total: 1,
          items: [expect.objectContaining({ title: '法审〔2026〕1号 测试事项', link: `/cases/${s.opinionLate.planId}` })],
        }),
      );
      expect(ids(tasks.items)).toEqual(expect.arrayContaining([s.opinionLate.id, s.recordLate.id]));
      expect(tasks.items.every((h) => h.detail.includes('法审〔2026〕1号'))).toBe(true);
    });

    it('finds tasks by department name', async () => {
      const { tasks } = await search('admin', '局办公室');
      expect(ids(tasks.items)).toContain(s.petitionLate.id);
      expect(ids(tasks.items)).not.toContain(s.opinionLate.id);
      expect(tasks.total).toBe((await listAll(b.admin, { departmentId: b.dept.office })).length);
    });

    it('finds tasks by work point name', async () => {
      const [petition] = (await listAll(b.admin, { planId: s.petitionLate.planId })).filter((x) => x.id === s.petitionLate.id) as (TaskSummary & {
        workPointName: string;
      })[];
      const { tasks } = await search('admin', petition.workPointName);
      expect(tasks.total).toBe((await listAll(b.admin, { workPointId: petition.workPointId })).length);
    });

    it("never shows a head another department's task or a case their department has no part in", async () => {
      const { tasks, cases } = await search(b.head.legal, '信访〔2026〕15号');
      expect({ tasks: tasks.total, cases: cases.total }).toEqual({ tasks: 0, cases: 0 });
      const byName = await search(b.head.legal, '局办公室');
      expect(byName.tasks.total).toBe(0);
      expect((await search('admin', '信访〔2026〕15号')).tasks.total).toBeGreaterThan(0);
      const own = await search(b.head.legal, '法审〔2026〕1号');
      expect(ids(own.tasks.items)).toEqual(expect.arrayContaining([s.opinionLate.id, s.recordLate.id]));
    });

    it('takes % and _ literally', async () => {
      const underscore = await search('admin', '法审_2026_9');
      expect(underscore.cases.items.map((h) => h.title)).toEqual(['法审_2026_9 测试事项']);
      const percent = await search('admin', '%');
      expect({ tasks: percent.tasks.total, cases: percent.cases.total }).toEqual({ tasks: 0, cases: 0 });
    });

    it('finds register entries (文号, 证号, holder), scoped like the registers; none for a department without them or an adviser', async () => {
      const legal = await b.as(b.head.legal);
      const document = must(
        await legal.post('/documents').send({
          docNumber: '检索〔2026〕8号',
          title: '关于检索测试的通知',
          departmentId: b.dept.private,
          publishedOn: '2026-02-20',
          effectiveOn: '2026-03-01',
        }),
        201,
        'document',
      ).document;
      const certificate = must(
        await legal.post('/certificates').send({
          holderName: '检索员',
          departmentId: b.dept.private,
          certificateNo: 'JS-2026-8',
          category: '教育行政执法',
          issuedOn: '2024-03-15',
        }),
        201,
        'certificate',
      );
      const { documents, certificates } = await search('admin', '检索');
      expect(documents.items).toEqual([expect.objectContaining({ id: document.id, link: `/registers/documents/${document.id}` })]);
      expect(documents.items[0].detail).toContain('检索〔2026〕8号');
      expect(certificates.items).toEqual([expect.objectContaining({ id: certificate.id, title: '检索员', link: `/registers/certificates/${certificate.id}` })]);
      expect((await search('admin', 'JS-2026-8')).certificates.total).toBe(1);
      const own = await search(b.head.private, '检索');
      expect({ documents: own.documents.total, certificates: own.certificates.total }).toEqual({ documents: 1, certificates: 1 });
      const other = await search(b.head.office, '检索');
      expect({ documents: other.documents.total, certificates: other.certificates.total }).toEqual({ documents: 0, certificates: 0 });
      const adviser = await createUser(t, { login: 'guwen-search', name: '检索律师', role: 'adviser', departmentId: b.dept.legal });
      expect(Object.keys(await search(adviser, '检索')).sort()).toEqual(['cases', 'tasks']);
    });

    it('refuses an empty, blank, missing or too long query (400)', async () => {
      expectFieldError(await b.admin.get('/search?q='), 'q', '请输入搜索内容');
      expectFieldError(await b.admin.get('/search?q=%20%20'), 'q', '请输入搜索内容');
      expectFieldError(await b.admin.get('/search'), 'q');
      expectFieldError(await b.admin.get(`/search?q=${encodeURIComponent('法'.repeat(101))}`), 'q', '不能超过 100');
    });
  });

  describe('list parameters', () => {
    it('tasks: sort by due date ascending and descending, undated last; status and q filter', async () => {
      const query = `/tasks?departmentId=${b.dept.legal}&pageSize=200`;
      const up: TaskSummary[] = (await get('admin', `${query}&sort=dueOn`)).items;
      const down: TaskSummary[] = (await get('admin', `${query}&sort=-dueOn`)).items;
      const dated = (list: TaskSummary[]) => list.filter((x) => x.dueOn !== null).map((x) => x.dueOn!);
      expect(dated(up)).toEqual([...dated(up)].sort());
      expect(dated(down)).toEqual([...dated(up)].reverse());
      for (const list of [up, down]) expect(list.slice(dated(list).length).every((x) => x.dueOn === null)).toBe(true);

      const done: TaskSummary[] = (await get('admin', `${query}&status=done`)).items;
      expect(ids(done)).toEqual([s.opinionDone.id]);
      const matched: TaskSummary[] = (await get('admin', `/tasks?q=${encodeURIComponent('法审〔2026〕2号')}`)).items;
      expect(ids(matched).sort((x, y) => x - y)).toEqual([s.opinionSoon.id, s.recordLater.id].sort((x, y) => x - y));
    });

    it('tasks: sort by department name', async () => {
      const names = (list: TaskSummary[]) => [...new Set(list.map((x) => x.departmentName))];
      const up = await listAll(b.admin, { sort: 'department' });
      const down = await listAll(b.admin, { sort: '-department' });
      const expected = names(up).sort((x, y) => x.localeCompare(y, 'zh-CN'));
      expect(names(up)).toEqual(expected);
      expect(names(down)).toEqual([...expected].reverse());
    });

    it('tasks: an unknown sort field or status is refused in Chinese (400)', async () => {
      expectFieldError(await b.admin.get('/tasks?sort=password'), 'sort', '排序字段只能是');
      expectFieldError(await b.admin.get('/tasks?sort=--dueOn'), 'sort', '排序字段只能是');
      expectFieldError(await b.admin.get('/tasks?status=lost'), 'status', '状态只能是');
    });

    it('review queue: sort by due date ascending and descending', async () => {
      const reviewed = (await listAll(b.admin)).filter((x) => x.needsReview && x.status === 'open' && !x.supporting && x.targetCount === null).slice(0, 3);
      expect(reviewed.length).toBe(3);
      for (const task of reviewed)
        must(await (await b.as(b.head[b.deptOf(task.departmentId)])).post(`/tasks/${task.id}/complete`).send({ note: '已完成' }), 200, 'submit');
      const up: TaskSummary[] = (await get(b.leader, '/tasks/review-queue?sort=dueOn')).items;
      const down: TaskSummary[] = (await get(b.leader, '/tasks/review-queue?sort=-dueOn')).items;
      expect(ids(up).sort((x, y) => x - y)).toEqual(ids(reviewed).sort((x, y) => x - y));
      expect(up.map((x) => x.dueOn ?? '~')).toEqual(up.map((x) => x.dueOn ?? '~').sort());
      expect(ids(down)).toEqual(ids(up).reverse());
      expectFieldError(await (await b.as(b.leader)).get('/tasks/review-queue?sort=reviewer'), 'sort');
    });

    it('overdue list: sort by due date both ways, narrowed by q', async () => {
      const base = `/oversight/overdue?departmentId=${b.dept.legal}&q=${encodeURIComponent('法审〔2026〕')}`;
      expect(ids((await get(b.leader, `${base}&sort=dueOn`)).items)).toEqual([s.opinionLate.id, s.recordLate.id]);
      expect(ids((await get(b.leader, `${base}&sort=-dueOn`)).items)).toEqual([s.recordLate.id, s.opinionLate.id]);
      expectFieldError(await (await b.as(b.leader)).get('/oversight/overdue?sort=daysLeft'), 'sort');
    });

    it('plans: sort by reference both ways, narrowed by q', async () => {
      const base = `/plans?kind=event&q=${encodeURIComponent('法审〔2026〕')}`;
      const refs = async (sort: string) => (await get('admin', `${base}&sort=${sort}`)).items.map((p: { reference: string }) => p.reference);
      expect(await refs('reference')).toEqual(['法审〔2026〕1号', '法审〔2026〕2号', '法审〔2026〕3号']);
      expect(await refs('-reference')).toEqual(['法审〔2026〕3号', '法审〔2026〕2号', '法审〔2026〕1号']);
      expectFieldError(await b.admin.get('/plans?sort=anchors'), 'sort');
    });

    it('outbox: sort by creation both ways; q matches the subject', async () => {
      const leader = await b.as(b.leader);
      must(await leader.post(`/tasks/${s.opinionLate.id}/urges`).send({ message: '请尽快出具书面意见' }), 201, 'urge');
      must(await leader.post(`/tasks/${s.petitionLate.id}/urges`).send({ message: '请尽快书面告知' }), 201, 'urge');
      await queueSettled(t);
      const up: { id: number; createdAt: string; subject: string }[] = (await get('admin', '/outbox?sort=createdAt&pageSize=200')).items;
      const down: { id: number }[] = (await get('admin', '/outbox?sort=-createdAt&pageSize=200')).items;
      expect(up.length).toBeGreaterThanOrEqual(2);
      expect(up.map((m) => m.createdAt)).toEqual(up.map((m) => m.createdAt).sort());
      expect(ids(down)).toEqual(ids(up).reverse());
      const subject = up[0].subject;
      const matched: { subject: string }[] = (await get('admin', `/outbox?q=${encodeURIComponent(subject)}&pageSize=200`)).items;
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.every((m) => m.subject.includes(subject))).toBe(true);
      expectFieldError(await b.admin.get('/outbox?sort=html'), 'sort');
    });

    it('users: sort by login both ways; q and status filter', async () => {
      const logins = async (query: string) => (await get('admin', `/users?q=head-s&${query}`)).items.map((u: { login: string }) => u.login);
      expect(await logins('sort=login')).toEqual(['head-safety', 'head-school1', 'head-school2']);
      expect(await logins('sort=-login')).toEqual(['head-school2', 'head-school1', 'head-safety']);
      expect(await logins('sort=login&status=inactive')).toEqual([]);
      expect(await logins('sort=login&status=active')).toEqual(['head-safety', 'head-school1', 'head-school2']);
      expectFieldError(await b.admin.get('/users?sort=passwordHash'), 'sort');
    });

    it('audit log: sort by time both ways; q matches the action', async () => {
      const up: { id: number; at: string }[] = (await get('admin', '/audit-events?sort=at&pageSize=200')).items;
      const down: { id: number }[] = (await get('admin', '/audit-events?sort=-at&pageSize=200')).items;
      expect(up.map((e) => e.at)).toEqual(up.map((e) => e.at).sort());
      expect(ids(up)[0]).toBeLessThan(ids(down)[0]);
      const urges: { action: string }[] = (await get('admin', '/audit-events?q=task.complete&pageSize=200')).items;
      expect(urges.length).toBeGreaterThan(0);
      expect(urges.every((e) => e.action.includes('task.complete'))).toBe(true);
      expectFieldError(await b.admin.get('/audit-events?sort=before'), 'sort');
    });
  });
});
