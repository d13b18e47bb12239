import { Clock } from '../../../src/common/clock';
import { INVALID_CURSOR } from '../../../src/common/keyset';
import { DATABASES } from '../support/databases';
import { createAnnualPlan, createBureau, must, walkPages, type Bureau, type TaskSummary } from '../support/engine-fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';

interface Row {
  id: number;
}

/**
 * Issue 15, point 3 — keyset paging: every list walked page after page by cursor gives every row
 * exactly once, in the order of the legacy OFFSET pages, with ties on the sort key and tasks
 * without a due date; a garbled or foreign cursor is a 400.
 */
describe.each(DATABASES)('keyset paging (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let leader: AuthedClient;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date('2026-07-01T02:00:00Z'));
    b = await createBureau(t);
    await createAnnualPlan(t, 2026);
    // Ties on every sort key and undetermined due dates, whatever the catalogue's dates are.
    await t.dataSource.query("UPDATE tasks SET due_on = '2026-03-31' WHERE id % 3 = 0");
    await t.dataSource.query('UPDATE tasks SET due_on = NULL WHERE id % 5 = 0');
    await t.dataSource.query("UPDATE tasks SET status = 'submitted' WHERE id % 4 = 1");
    leader = await b.as(b.leader);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  /** The same list through the legacy `?page=` (one ORDER BY with OFFSET): the reference order. */
  async function offsetPages<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const qs = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])), page: String(page), pageSize: '200' });
      const body = must(await b.admin.get(`${path}?${qs}`), 200, path);
      out.push(...(body.items as T[]));
      if (body.items.length < 200) return out;
    }
  }

  const ids = (rows: Row[]) => rows.map((r) => r.id);

  it.each([
    ['/tasks', {}],
    ['/tasks', { sort: '-dueOn' }],
    ['/tasks', { sort: 'status' }],
    ['/tasks', { sort: '-updatedAt' }],
    ['/tasks', { sort: 'department' }],
    ['/tasks', { view: 'done' }],
    ['/tasks', { view: 'open', sort: '-dueOn' }],
    ['/oversight/overdue', {}],
    ['/tasks/review-queue', {}],
    ['/tasks/review-queue', { sort: '-dueOn' }],
    ['/audit-events', {}],
    ['/audit-events', { sort: 'entity' }],
    ['/users', { sort: '-role' }],
    ['/plans', {}],
    ['/outbox', {}],
  ] as const)('%s %j: every row once, in order, 7 by 7 by cursor', async (path, query) => {
    const walked = await walkPages<Row>(b.admin, path, { ...query, pageSize: 7 });
    expect(new Set(ids(walked)).size).toBe(walked.length);
    expect(ids(walked)).toEqual(ids(await offsetPages<Row>(path, query)));
  });

  it('orders tasks by due date with ties by id and undetermined dates last, both ways', async () => {
    const all = await walkPages<TaskSummary>(b.admin, '/tasks', { pageSize: 13 });
    expect(all.length).toBeGreaterThan(100);
    const dated = all.filter((x) => x.dueOn !== null);
    expect(all.slice(dated.length).every((x) => x.dueOn === null)).toBe(true);
    const key = (x: TaskSummary) => [x.dueOn ?? '', x.id] as const;
    for (let i = 1; i < dated.length; i++)
      expect(key(dated[i - 1]) < key(dated[i]) || (key(dated[i - 1])[0] === key(dated[i])[0] && dated[i - 1].id < dated[i].id)).toBe(true);
    expect(all.filter((x) => x.dueOn === '2026-03-31').length).toBeGreaterThan(10);
    expect(all.filter((x) => x.dueOn === null).length).toBeGreaterThan(10);
    const reversed = await walkPages<TaskSummary>(b.admin, '/tasks', { sort: '-dueOn', pageSize: 13 });
    expect(ids(reversed)).toEqual([...ids(dated).reverse(), ...ids(all.slice(dated.length)).reverse()]);
  });

  it("walks the leader's overdue list by cursor like the admin's", async () => {
    const mine = await walkPages<TaskSummary>(leader, '/oversight/overdue', { pageSize: 5 });
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.every((x) => x.dueOn !== null && x.dueOn < '2026-07-01')).toBe(true);
  });

  it('refuses a garbled, edited or foreign cursor with 400 and a Chinese message', async () => {
    const first = must(await b.admin.get('/tasks?pageSize=2'), 200, 'first page');
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString()), i: 'x' })).toString('base64url');
    for (const cursor of ['%%%', 'abc', edited, first.nextCursor]) {
      const path = cursor === first.nextCursor ? `/tasks?sort=title&cursor=${cursor}` : `/tasks?cursor=${encodeURIComponent(cursor)}`;
      const res = await b.admin.get(path);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(INVALID_CURSOR);
    }
    expect((await b.admin.get(`/oversight/overdue?cursor=${'A'.repeat(2000)}`)).status).toBe(400);
  });
});
