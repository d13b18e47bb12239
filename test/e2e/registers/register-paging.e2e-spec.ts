import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { createUser, type TestUser } from '../support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';

const TODAY = '2026-06-10';

type Row = Record<string, unknown>;

/**
 * Follows `nextCursor` from the first page to the last and checks the pages' shape: the total on
 * the first page only, every page but the last full, no row twice.
 */
async function walk(client: AuthedClient, path: string, pageSize: number): Promise<Row[]> {
  const rows: Row[] = [];
  const join = path.includes('?') ? '&' : '?';
  let url = `${path}${join}pageSize=${pageSize}`;
  let first: { total: number } | undefined;
  for (;;) {
    const page = must(await client.get(url), 200, url) as { items: Row[]; total: number | null; nextCursor: string | null };
    if (first) expect(page.total).toBeNull();
    else first = { total: page.total! };
    rows.push(...page.items);
    if (!page.nextCursor) break;
    expect(page.items).toHaveLength(pageSize);
    url = `${path}${join}pageSize=${pageSize}&cursor=${page.nextCursor}`;
  }
  expect(rows).toHaveLength(first.total);
  return rows;
}

/** Each row after the previous one by (key, id) in the direction: ties broken by the id, never repeated. */
function expectOrdered(rows: Row[], key: string | null, direction: 'ASC' | 'DESC', id = 'id'): void {
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (a: Row, b: Row) => {
    const [x, y] = key ? [String(a[key]), String(b[key])] : ['', ''];
    return x < y ? -1 : x > y ? 1 : Number(a[id]) - Number(b[id]);
  };
  for (let i = 1; i < rows.length; i++) expect(sign * compare(rows[i - 1], rows[i])).toBeLessThan(0);
}

const ids = (rows: Row[], id = 'id') => rows.map((r) => Number(r[id])).sort((a, b) => a - b);

/**
 * Issue 15 point 3 — every register list pages by cursor: walking all pages with a small page
 * size sees each row once, in the list's order with ties broken by id, and the caller's scope
 * holds on every page.
 */
describe.each(DATABASES)('registers: keyset paging (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  let adviser: TestUser;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    b = await createBureau(t);
    legal = await b.as(b.head.legal);
    adviser = await createUser(t, { login: 'guwen-paging', name: '钱律师', role: 'adviser', departmentId: b.dept.legal });
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('documents: the register, its sorts and the in-force catalogue, scoped to the drafting department', async () => {
    const published = ['2026-01-10', '2026-01-10', '2026-01-10', '2026-02-01', '2026-02-01', '2025-12-01', '2026-03-05'];
    const created: Row[] = [];
    for (const [n, publishedOn] of published.entries()) {
      const body = {
        docNumber: `KS-D${n}`,
        title: `分页测试文件${n}`,
        departmentId: n % 2 ? b.dept.safety : b.dept.private,
        publishedOn,
        effectiveOn: '2026-03-10',
      };
      created.push(must(await legal.post('/documents').send(body), 201, body.docNumber).document as Row);
    }
    const all = await walk(legal, '/documents?q=KS-D', 3);
    expect(ids(all)).toEqual(ids(created));
    expectOrdered(all, 'publishedOn', 'DESC');
    expectOrdered(await walk(legal, '/documents?q=KS-D&sort=effectiveOn', 2), 'effectiveOn', 'ASC');
    expectOrdered(await walk(legal, '/documents?q=KS-D&sort=-docNumber', 4), 'docNumber', 'DESC');
    expectOrdered(await walk(legal, '/documents/in-force?q=KS-D', 2), 'publishedOn', 'DESC');
    const own = await walk(await b.as(b.staff.private), '/documents?q=KS-D', 2);
    expect(ids(own)).toEqual(ids(created.filter((d) => d.departmentId === b.dept.private)));
  });

  it('certificates: by expiry and by holder, scoped to the holder’s department', async () => {
    const expiries = ['2027-03-01', '2027-03-01', '2026-12-31', '2027-03-01', '2028-01-01', '2026-12-31'];
    const created: Row[] = [];
    for (const [n, expiresOn] of expiries.entries()) {
      const body = {
        holderName: n % 3 ? 'Li' : 'Wang',
        departmentId: n % 2 ? b.dept.safety : b.dept.private,
        certificateNo: `KS-C${n}`,
        category: '教育行政执法',
        issuedOn: '2024-03-15',
        expiresOn,
      };
      created.push(must(await legal.post('/certificates').send(body), 201, body.certificateNo) as Row);
    }
    const all = await walk(legal, '/certificates?q=KS-C', 4);
    expect(ids(all)).toEqual(ids(created));
    expectOrdered(all, 'expiresOn', 'ASC');
    expectOrdered(await walk(legal, '/certificates?q=KS-C&sort=-holderName', 2), 'holderName', 'DESC');
    const own = await walk(await b.as(b.head.safety), '/certificates?q=KS-C', 2);
    expect(ids(own)).toEqual(ids(created.filter((c) => c.departmentId === b.dept.safety)));
  });

  it('inspection targets: by name and by category, ties by id', async () => {
    const categories = ['training', 'school', 'training', 'kindergarten', 'school', 'training', 'training'];
    const created: Row[] = [];
    for (const [n, category] of categories.entries()) {
      const body = { name: `KS-T${n % 3}`, category, area: '城关镇', riskLevel: 'medium' };
      created.push(must(await legal.post('/inspections/targets').send(body), 201, `target ${n}`) as Row);
    }
    const byName = await walk(legal, '/inspections/targets?q=KS-T', 3);
    expect(ids(byName)).toEqual(ids(created));
    expectOrdered(byName, 'name', 'ASC');
    expectOrdered(await walk(legal, '/inspections/targets?q=KS-T&sort=-category', 2), 'category', 'DESC');
  });

  it('adviser engagements: by end date, a school sees only those covering it on every page', async () => {
    const ends = ['2026-12-31', '2026-12-31', '2027-06-30', '2026-12-31', '2025-12-31'];
    const created: Row[] = [];
    for (const [n, endOn] of ends.entries()) {
      const body = {
        kind: 'firm',
        name: `KS-E${n}`,
        engagedBy: 'schools',
        schoolIds: n % 2 ? [b.dept.school2] : [b.dept.school1, b.dept.school2],
        startOn: '2025-01-01',
        endOn,
      };
      created.push(must(await legal.post('/advisers/engagements').send(body), 201, body.name) as Row);
    }
    const all = await walk(legal, '/advisers/engagements?q=KS-E', 2);
    expect(ids(all)).toEqual(ids(created));
    expectOrdered(all, 'endOn', 'DESC');
    const school1 = await walk(await b.as(b.head.school1), '/advisers/engagements?q=KS-E', 1);
    expect(ids(school1)).toEqual(ids(created.filter((_, n) => n % 2 === 0)));
    const active = await walk(legal, '/advisers/engagements?q=KS-E&status=active', 1);
    expect(ids(active)).toEqual(ids(created.filter((e) => e.endOn !== '2025-12-31')));
  });

  it('review requests: newest first, a department sees only those it registered', async () => {
    const template = await templateId(t, 'legal-adviser-review');
    const created: { planId: number; registrar: 'office' | 'education' }[] = [];
    for (let n = 0; n < 5; n++) {
      const registrar = n % 2 ? 'education' : 'office';
      const body = { templateId: template, reference: `KS-R${n}`, title: `审查KS-R${n}`, anchors: { requestedOn: '2026-05-20' }, adviserId: adviser.id };
      const plan = must(await (await b.as(b.head[registrar])).post('/plans/event').send(body), 201, body.reference).plan as { id: number };
      created.push({ planId: plan.id, registrar });
    }
    const all = await walk(legal, '/advisers/requests?q=KS-R', 2);
    expect(ids(all, 'planId')).toEqual(created.map((c) => c.planId).sort((x, y) => x - y));
    expectOrdered(all, null, 'DESC', 'planId');
    const office = await walk(await b.as(b.staff.office), '/advisers/requests?q=KS-R&year=2026', 1);
    expect(ids(office, 'planId')).toEqual(created.filter((c) => c.registrar === 'office').map((c) => c.planId));
    // Answered by nobody and due within 7 working days of 2026-05-20: overdue on 2026-06-10.
    expect(ids(await walk(legal, '/advisers/requests?q=KS-R&late=true', 2), 'planId')).toEqual(ids(all, 'planId'));
  });

  it('findings: by deadline with ties, status from the task, scoped to the owner department', async () => {
    const deadlines = ['2026-06-30', '2026-06-30', '2026-05-31', '2026-06-30', '2026-07-15', '2026-05-31'];
    const created: Row[] = [];
    for (const [n, deadlineOn] of deadlines.entries()) {
      const body = {
        source: 'oversight',
        sourceRef: `KS-F${n}`,
        foundOn: '2026-05-20',
        description: `分页测试问题${n}`,
        departmentId: n % 2 ? b.dept.safety : b.dept.private,
        deadlineOn,
      };
      created.push(must(await legal.post('/findings').send(body), 201, body.sourceRef).finding as Row);
    }
    const all = await walk(legal, '/findings?q=KS-F&sort=deadlineOn', 4);
    expect(ids(all)).toEqual(ids(created));
    expectOrdered(all, 'deadlineOn', 'ASC');
    expectOrdered(await walk(legal, '/findings?q=KS-F', 2), null, 'DESC');
    const overdue = await walk(legal, '/findings?q=KS-F&overdue=true&status=open', 1);
    expect(ids(overdue)).toEqual(ids(created.filter((f) => f.deadlineOn === '2026-05-31')));
    const own = await walk(await b.as(b.head.private), '/findings?q=KS-F&sort=-deadlineOn', 1);
    expect(ids(own)).toEqual(ids(created.filter((f) => f.departmentId === b.dept.private)));
    expectOrdered(own, 'deadlineOn', 'DESC');
  });

  it('refuses a cursor taken from another order with a Chinese message', async () => {
    const first = must(await legal.get('/findings?q=KS-F&sort=deadlineOn&pageSize=1'), 200, 'first page') as { nextCursor: string };
    const refused = expectError(await legal.get(`/findings?q=KS-F&sort=foundOn&pageSize=1&cursor=${first.nextCursor}`), 400);
    expect(refused.message).toMatch(/分页位置无效/);
  });
});
