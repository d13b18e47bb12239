import { Clock } from '../../src/common/clock';
import { DATABASES } from './support/databases';
import { createAnnualPlan, createBureau, must, type Bureau } from './support/engine-fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from './support/test-app';
import { column, dataRows, downloadXlsx, headersOf, xlsxFile } from './support/xlsx';

const TODAY = '2026-09-29';

const USER_HEADERS = ['登录名', '姓名', '电子邮箱', '部门编码', '角色', '职务'];
const DEPT_HEADERS = ['部门编码', '名称', '类型', '上级单位编码'];

/**
 * Issue 13 point 3 — Excel exports of the lists (same filters and scoping as the list routes) and
 * all-or-nothing imports of departments and users, read back with exceljs.
 */
describe.each(DATABASES)('excel exports and imports (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    b = await createBureau(t);
    await createAnnualPlan(t, 2026);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const total = async (client: AuthedClient, path: string) => must(await client.get(path), 200, path).total as number;
  const upload = (client: AuthedClient, path: string, bytes: Buffer, name = 'import.xlsx') => client.post(path).attach('file', bytes, name);

  it('exports every task of the list (all pages) with Chinese headers, date cells, a frozen header row and a filter', async () => {
    const expected = await total(b.admin, '/tasks?pageSize=1');
    const { workbook, disposition } = await downloadXlsx(b.admin, '/tasks/export.xlsx');
    expect(disposition).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(`任务清单-${TODAY}.xlsx`)}`);
    const sheet = workbook.worksheets[0];
    expect(headersOf(sheet).slice(0, 6)).toEqual(['编号', '事项', '期次', '截止日期', '剩余天数', '状态']);
    expect(dataRows(sheet)).toHaveLength(expected);
    const due = column(sheet, '截止日期').filter((v) => v !== null);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((v) => v instanceof Date)).toBe(true);
    expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(headersOf(sheet).slice(-3)).toEqual(['完成日期', '逾期完成', '补录']);
    expect(sheet.autoFilter).toBe(`A1:Q1`);
  });

  it("honours the list's filters and writes the due date the list shows", async () => {
    const query = `departmentId=${b.dept.legal}&view=open`;
    const list = must(await b.admin.get(`/tasks?${query}&pageSize=200`), 200, 'list');
    const sheet = (await downloadXlsx(b.admin, `/tasks/export.xlsx?${query}`)).workbook.worksheets[0];
    expect(column(sheet, '编号')).toEqual(list.items.map((x: { id: number }) => x.id));
    const first = list.items.find((x: { dueOn: string | null }) => x.dueOn);
    const row = dataRows(sheet).find((r) => r.getCell(1).value === first.id)!;
    expect((row.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(first.dueOn);
    expect((await b.admin.get('/tasks/export.xlsx?bogus=1')).status).toBe(400);
  });

  it("gives a head only their own department's tasks", async () => {
    const head = await b.as(b.head.safety);
    const expected = await total(head, '/tasks?pageSize=1');
    const sheet = (await downloadXlsx(head, '/tasks/export.xlsx')).workbook.worksheets[0];
    expect(dataRows(sheet)).toHaveLength(expected);
    expect(new Set(column(sheet, '承办单位'))).toEqual(new Set(['安全管理股']));
    expect((await head.get(`/tasks/export.xlsx?departmentId=${b.dept.legal}`)).status).toBe(403);
  });

  it("exports the leaders' summary (per department and per work point) and overdue list; heads are refused", async () => {
    const leader = await b.as(b.leader);
    const summary = must(await leader.get('/oversight/summary'), 200, 'summary');
    const { workbook } = await downloadXlsx(leader, '/oversight/summary/export.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['按股室', '按工作要点']);
    expect(column(workbook.worksheets[0], '股室或学校')).toEqual(summary.byDepartment.map((r: { name: string }) => r.name));
    expect(dataRows(workbook.worksheets[1])).toHaveLength(summary.byWorkPoint.length);
    const overdue = await total(leader, '/oversight/overdue?pageSize=1');
    expect(dataRows((await downloadXlsx(leader, '/oversight/overdue/export.xlsx')).workbook.worksheets[0])).toHaveLength(overdue);
    const head = await b.as(b.head.legal);
    expect((await head.get('/oversight/summary/export.xlsx')).status).toBe(403);
    expect((await head.get('/oversight/overdue/export.xlsx')).status).toBe(403);
  });

  it('exports users, departments, the outbox and the audit trail for admins only', async () => {
    const users = (await downloadXlsx(b.admin, '/users/export.xlsx')).workbook.worksheets[0];
    expect(dataRows(users)).toHaveLength(await total(b.admin, '/users?pageSize=1'));
    const departments = (await downloadXlsx(b.admin, '/departments/export.xlsx')).workbook.worksheets[0];
    expect(column(departments, '部门编码')).toEqual(expect.arrayContaining(['eng-legal', 'eng-school1']));
    const audit = (await downloadXlsx(b.admin, '/audit-events/export.xlsx?pageSize=5')).workbook.worksheets[0];
    const events = await total(b.admin, '/audit-events?pageSize=1');
    expect(events).toBeGreaterThan(200); // the export reads more than one page
    expect(dataRows(audit)).toHaveLength(events);
    expect(column(audit, '时间').every((v) => v instanceof Date)).toBe(true);
    await downloadXlsx(b.admin, '/outbox/export.xlsx');
    await downloadXlsx(await b.as(b.leader), '/audit-events/export.xlsx?entity=users');
    const staff = await b.as(b.staff.legal);
    for (const path of [
      '/users/export.xlsx',
      '/departments/export.xlsx',
      '/outbox/export.xlsx',
      '/audit-events/export.xlsx',
      '/tasks/review-queue/export.xlsx',
    ]) {
      expect([path, (await staff.get(path)).status]).toEqual([path, path.includes('review-queue') ? 200 : 403]);
    }
  });

  it('serves import templates whose headers the imports accept', async () => {
    expect(headersOf((await downloadXlsx(b.admin, '/departments/import-template.xlsx')).workbook.worksheets[0])).toEqual(DEPT_HEADERS);
    expect(headersOf((await downloadXlsx(b.admin, '/users/import-template.xlsx')).workbook.worksheets[0])).toEqual(USER_HEADERS);
  });

  it('imports departments, parents given by code (also later in the file)', async () => {
    const file = await xlsxFile(DEPT_HEADERS, [
      ['imp-sub', '综合组', '股室', 'imp-top'],
      ['imp-top', '督导室', '股室', ''],
      ['imp-school', '第三小学', '学校', 'eng-education'],
    ]);
    expect(must(await upload(b.admin, '/departments/import', file), 201, 'import')).toEqual({ created: 3 });
    const all = must(await b.admin.get('/departments'), 200, 'departments') as { id: number; code: string; parentId: number | null; kind: string }[];
    const byCode = new Map(all.map((d) => [d.code, d]));
    expect(byCode.get('imp-sub')!.parentId).toBe(byCode.get('imp-top')!.id);
    expect(byCode.get('imp-school')).toEqual(expect.objectContaining({ kind: 'school', parentId: b.dept.education }));
  });

  it('imports users with one-time passwords that must be changed at first login', async () => {
    const file = await xlsxFile(USER_HEADERS, [
      ['imp-wang', '王五', 'wang@example.gov.cn', 'eng-legal', '工作人员', '科员'],
      ['imp-zhao', '赵六', 'zhao@example.gov.cn', '', '局领导', '副局长'],
    ]);
    const body = must(await upload(b.admin, '/users/import', file), 201, 'import');
    expect(body).toEqual({ created: 2, users: [expect.objectContaining({ login: 'imp-wang', name: '王五' }), expect.objectContaining({ login: 'imp-zhao' })] });
    const token = await t.login('imp-wang', body.users[0].initialPassword);
    const me = must(await t.as(token).get('/users/me'), 200, 'me');
    expect(me).toEqual(expect.objectContaining({ departmentId: b.dept.legal, role: 'staff', title: '科员' }));
    expect((await t.as(token).get('/tasks')).status).toBe(403); // must change the password first
  });

  it('refuses a file with bad rows whole, naming each row and column, and writes nothing', async () => {
    const before = await total(b.admin, '/users?pageSize=1');
    const file = await xlsxFile(USER_HEADERS, [
      ['imp-ok', '正常', 'ok@example.gov.cn', 'eng-legal', '工作人员', ''],
      ['imp-xyz', '无部门', 'x@example.gov.cn', 'xyz', '工作人员', ''],
      ['imp-mail', '坏邮箱', 'not-an-email', 'eng-legal', 'staff', ''],
      ['imp-ok', '重复', 'dup@example.gov.cn', 'eng-legal', '工作人员', ''],
      ['head-legal', '已存在', 'h@example.gov.cn', 'eng-legal', '股室负责人', ''],
      ['imp-role', '坏角色', 'r@example.gov.cn', 'eng-legal', '科长', ''],
    ]);
    const res = await upload(b.admin, '/users/import', file);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      { field: '第3行「部门编码」', message: '不存在的部门 xyz' },
      { field: '第4行「电子邮箱」', message: '必须是有效的电子邮箱地址' },
      { field: '第5行「登录名」', message: '与第2行重复：imp-ok' },
      { field: '第6行「登录名」', message: '登录名 head-legal 已被使用' },
      { field: '第7行「角色」', message: expect.stringContaining('应为以下之一') },
    ]);
    expect(await total(b.admin, '/users?pageSize=1')).toBe(before);

    const missing = await upload(
      b.admin,
      '/users/import',
      await xlsxFile(['登录名', '姓名', '部门编码', '角色', '职务'], [['imp-a', '甲', 'eng-legal', 'staff', '']]),
    );
    expect([missing.status, missing.body.fields]).toEqual([400, [{ field: '第1行「电子邮箱」', message: '缺少该列，请使用导入模板' }]]);

    const depts = await upload(
      b.admin,
      '/departments/import',
      await xlsxFile(DEPT_HEADERS, [
        ['imp-new', '新股', '股室', ''],
        ['eng-legal', '重复', '科室', 'nowhere'],
      ]),
    );
    expect([depts.status, depts.body.fields]).toEqual([
      400,
      [
        { field: '第3行「类型」', message: '应为“股室”或“学校”，不能是 科室' },
        { field: '第3行「部门编码」', message: '编码 eng-legal 已存在' },
        { field: '第3行「上级单位编码」', message: '不存在的部门 nowhere' },
      ],
    ]);
    expect((await b.admin.get('/departments')).body.some((d: { code: string }) => d.code === 'imp-new')).toBe(false);
  });

  it('refuses a file that is not an .xlsx, one that is too big, and non-admins', async () => {
    expect((await upload(b.admin, '/users/import', Buffer.from('登录名,姓名\n'), 'users.csv')).status).toBe(415);
    expect((await upload(b.admin, '/users/import', Buffer.alloc(3 * 1024 * 1024, 1))).status).toBe(413);
    expect((await b.admin.post('/users/import')).status).toBe(400);
    const file = await xlsxFile(DEPT_HEADERS, [['imp-head', '某股', '股室', '']]);
    expect((await upload(await b.as(b.head.legal), '/departments/import', file)).status).toBe(403);
    expect((await upload(await b.as(b.leader), '/users/import', file)).status).toBe(403);
  });
});
