import { type Worksheet } from 'exceljs';
import { Clock } from '../../../src/common/clock';
import { TaskStore } from '../../../src/tasks/task-store.service';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, listAll, must, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { createUser } from '../support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';
import { downloadSheet, xlsxFile } from '../support/xlsx';

const TODAY = '2026-09-29';
const HEADERS = ['文号', '标题', '起草股室', '公布日期', '施行日期', '暂行或试行', '备案日期', '公平竞争审查', '备注'];

const rowsOf = (sheet: Worksheet) =>
  (sheet.getRows(1, sheet.rowCount) ?? []).map((r) => (r.values as unknown[]).slice(1).map((v) => (v === undefined ? null : v)));

/**
 * Issue 12, point 1 — the 规范性文件台账: entries with computed expiry, status changes, scoping,
 * the in-force catalogue for everyone, import/export, entries filled from the case, and the
 * evaluation before expiry issued through the engine on a fixed clock.
 */
describe.each(DATABASES)('registers: normative documents (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  const entry = (over: Record<string, unknown> = {}) => ({
    docNumber: '某教发〔2026〕1号',
    title: '关于规范中小学校收费管理的通知',
    departmentId: b.dept.private,
    publishedOn: '2026-02-20',
    effectiveOn: '2026-03-01',
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}) => must(await legal.post('/documents').send(entry(over)), 201, 'create').document;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    b = await createBureau(t);
    legal = await b.as(b.head.legal);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('creates an entry with its expiry (5 years from 施行日期) and 备案 deadline; 暂行 documents get 2 years', async () => {
    const doc = await create();
    expect(doc).toMatchObject({
      provisional: false,
      validityYears: 5,
      expiresOn: '2031-02-28',
      filingDueOn: '2026-03-22',
      status: 'in_force',
      statusName: '现行有效',
    });
    expect(doc).toMatchObject({ filedOn: null, filingOverdue: true, departmentName: '民办教育与审批股', planId: null });
    const provisional = await create({ docNumber: '某教发〔2026〕2号', title: '校外培训机构管理暂行办法', effectiveOn: undefined, filedOn: '2026-03-01' });
    expect(provisional).toMatchObject({ provisional: true, validityYears: 2, effectiveOn: '2026-02-20', expiresOn: '2028-02-19', filingOverdue: false });
  });

  it('refuses a duplicate 文号, an unknown department and a bad date, naming the field (400)', async () => {
    const dup = expectError(await legal.post('/documents').send(entry()), 400);
    expect(dup.fields).toEqual([expect.objectContaining({ field: 'docNumber', message: expect.stringContaining('已在台账中') })]);
    const dept = expectError(await legal.post('/documents').send(entry({ docNumber: 'X-1', departmentId: 99999 })), 400);
    expect(dept.fields).toEqual([expect.objectContaining({ field: 'departmentId' })]);
    const date = expectError(await legal.post('/documents').send(entry({ docNumber: 'X-2', publishedOn: '2026-02-30' })), 400);
    expect(date.fields).toEqual([expect.objectContaining({ field: 'publishedOn', message: expect.stringContaining('公布日期') })]);
  });

  it('lets only 政策法规股 and admins write (403 for a department head and a leader)', async () => {
    expectError(await (await b.as(b.head.private)).post('/documents').send(entry({ docNumber: 'Y-1' })), 403);
    expectError(await (await b.as(b.leader)).post('/documents').send(entry({ docNumber: 'Y-2' })), 403);
    must(await b.admin.post('/documents').send(entry({ docNumber: 'Y-3', departmentId: b.dept.safety })), 201, 'admin');
  });

  it('scopes the register: the drafting department sees its own entries, another department none, leaders all', async () => {
    const own = must(await (await b.as(b.staff.private)).get('/documents'), 200, 'own');
    expect(own.items.map((d: { docNumber: string }) => d.docNumber).sort()).toEqual(['某教发〔2026〕1号', '某教发〔2026〕2号']);
    const other = await b.as(b.head.education);
    expect(must(await other.get('/documents'), 200, 'other').total).toBe(0);
    expectError(await other.get(`/documents/${own.items[0].id}`), 404);
    expect(must(await (await b.as(b.leader)).get('/documents'), 200, 'leader').total).toBe(3);
    const adviser = await createUser(t, { login: 'guwen-doc', name: '周律师', role: 'adviser', departmentId: b.dept.legal });
    expectError(await (await b.as(adviser)).get('/documents/in-force'), 403);
  });

  it('edits an entry: a later 施行日期 moves the expiry and the evaluation task with it', async () => {
    const doc = await create({ docNumber: '某教发〔2025〕9号', title: '学生资助管理试行办法', publishedOn: '2025-03-20', effectiveOn: '2025-05-02' });
    expect(doc.expiresOn).toBe('2027-05-01');
    // 2027-05-01 − 6 months = Sunday 2026-11-01: due the Friday before.
    const before = await listAll(b.admin, { planId: doc.evaluationPlanId });
    expect(before.find((x) => x.title === '有效期届满前评估')?.dueOn).toBe('2026-10-30');
    const edited = must(await legal.patch(`/documents/${doc.id}`).send({ effectiveOn: '2025-04-02', notes: '施行日期按正式文本更正' }), 200, 'edit').document;
    expect(edited).toMatchObject({ expiresOn: '2027-04-01', notes: '施行日期按正式文本更正' });
    // 2027-04-01 − 6 months = 2026-10-01, National Day: the evaluation is due the working day before.
    const tasks = await listAll(b.admin, { planId: edited.evaluationPlanId });
    expect(tasks.find((x) => x.title === '有效期届满前评估')).toMatchObject({ dueOn: '2026-09-30', departmentId: b.dept.legal });
  });

  it('issues the evaluation through the engine for an entry without a case, once, due before a holiday', async () => {
    const doc = await create({ docNumber: '某教发〔2025〕10号', title: '中小学校安全管理暂行规定', publishedOn: '2025-04-02', effectiveOn: '2025-04-02' });
    expect(doc.evaluationPlanId).toEqual(expect.any(Number));
    const tasks = await listAll(b.admin, { planId: doc.evaluationPlanId });
    const evaluation = tasks.filter((x) => x.title === '有效期届满前评估');
    expect(evaluation).toEqual([expect.objectContaining({ dueOn: '2026-09-30', status: 'open' })]);
  });

  it('derives 已失效 after the last valid day, and status filters agree with it', async () => {
    const old = await create({ docNumber: '某教发〔2020〕3号', title: '教师培训管理办法', publishedOn: '2019-12-20', effectiveOn: '2020-01-01' });
    expect(old).toMatchObject({ expiresOn: '2024-12-31', status: 'expired', statusName: '已失效', evaluationPlanId: null });
    const expired = must(await legal.get('/documents?status=expired'), 200, 'expired');
    expect(expired.items.map((d: { id: number }) => d.id)).toEqual([old.id]);
    const inForce = must(await legal.get('/documents?status=in_force&pageSize=200'), 200, 'in force');
    expect(inForce.items.map((d: { id: number }) => d.id)).not.toContain(old.id);
  });

  it('repeals and amends with a date and a reason, keeps the history, and audits the change', async () => {
    const list = must(await legal.get('/documents?q=2026〕1号'), 200, 'find').items;
    const id = list[0].id;
    expect(expectError(await legal.post(`/documents/${id}/status`).send({ status: 'amended', on: '2026-09-01' }), 400).fields).toEqual([
      expect.objectContaining({ field: 'reason' }),
    ]);
    const replacement = await create({ docNumber: '某教发〔2026〕8号', title: '关于规范中小学校收费管理的通知（修订）', publishedOn: '2026-09-01' });
    const amended = must(
      await legal.post(`/documents/${id}/status`).send({ status: 'amended', on: '2026-09-01', reason: '收费标准调整', replacedById: replacement.id }),
      201,
      'amend',
    );
    expect(amended).toMatchObject({ document: { status: 'amended', statusOn: '2026-09-01' }, replacedByNumber: '某教发〔2026〕8号' });
    expect(amended.history).toEqual([expect.objectContaining({ kind: 'amended', reason: '收费标准调整', actorName: '政策法规股股长' })]);
    expectError(await legal.post(`/documents/${id}/status`).send({ status: 'repealed', on: '2026-09-02', reason: '再次' }), 409);
    // Its evaluation case is withdrawn with the reason.
    const evaluation = must(await b.admin.get(`/plans/${list[0].evaluationPlanId}`), 200, 'evaluation');
    expect(evaluation).toMatchObject({ state: 'cancelled', cancelReason: '文件已修改：收费标准调整' });
    const audit = must(await b.admin.get(`/audit-events?entity=normative_documents&entityId=${id}`), 200, 'audit');
    expect(audit.items.some((e: { after: { status?: string } }) => e.after?.status === 'amended')).toBe(true);
  });

  it('gives every bureau member the in-force catalogue, and exports it', async () => {
    const school = await b.as(b.head.school1);
    const page = must(await school.get('/documents/in-force?pageSize=200'), 200, 'in force');
    const numbers = page.items.map((d: { docNumber: string }) => d.docNumber);
    expect(numbers).toContain('某教发〔2026〕2号');
    expect(numbers).not.toContain('某教发〔2026〕1号');
    expect(numbers).not.toContain('某教发〔2020〕3号');
    expect(must(await school.get('/documents'), 200, 'school register').total).toBe(0);
    const rows = rowsOf(await downloadSheet(school, '/documents/in-force.xlsx'));
    expect(rows[0]).toEqual(['文号', '标题', '起草股室', '公布日期', '施行日期', '有效期届满日']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...numbers].sort());
  });

  it('exports the register with the list filters, read back with exceljs', async () => {
    const rows = rowsOf(await downloadSheet(legal, '/documents/export.xlsx?status=amended'));
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(1, 3)).toEqual(['某教发〔2026〕1号', '关于规范中小学校收费管理的通知']);
    expect(rows[1][rows[0].indexOf('状态')]).toBe('已修改');
  });

  it('imports all or nothing, naming row and column of each problem', async () => {
    expect(rowsOf(await downloadSheet(legal, '/documents/import-template.xlsx'))[0]).toEqual(HEADERS);
    const bad = await xlsxFile(HEADERS, [
      ['某教发〔2023〕1号', '课后服务管理办法', '教育股', '2023-05-01', '', '否', '', '', ''],
      ['某教发〔2026〕2号', '重复文号', '教育股', '2023-05-02', '', '', '', '', ''],
      ['某教发〔2023〕3号', '', '不存在股', '2023/13/01', '', '也许', '', '', ''],
    ]);
    const res = await legal.post('/documents/import').attach('file', bad, 'documents.xlsx');
    const fields = expectError(res, 400).fields!.map((f: { field: string }) => f.field);
    expect(fields.sort()).toEqual(['第3行「文号」', '第4行「公布日期」', '第4行「标题」', '第4行「暂行或试行」', '第4行「起草股室」'].sort());
    expect(must(await legal.get('/documents?q=2023'), 200, 'nothing').total).toBe(0);
    const good = await xlsxFile(HEADERS, [
      ['某教发〔2023〕1号', '课后服务管理办法', '教育股', '2023/5/1', '2023-06-01', '否', '2023-05-20', '是', ''],
      ['某教发〔2024〕4号', '学籍管理试行办法', '教育股', '2024-08-01', '', '', '', '', '导入'],
    ]);
    expect(must(await legal.post('/documents/import').attach('file', good, 'documents.xlsx'), 201, 'import')).toEqual({ created: 2 });
    const imported = must(await (await b.as(b.head.education)).get('/documents?sort=publishedOn'), 200, 'imported').items;
    expect(imported).toEqual([
      expect.objectContaining({
        docNumber: '某教发〔2023〕1号',
        publishedOn: '2023-05-01',
        expiresOn: '2028-05-31',
        filedOn: '2023-05-20',
        fairCompetitionReviewed: true,
      }),
      expect.objectContaining({ docNumber: '某教发〔2024〕4号', provisional: true, expiresOn: '2026-07-31', status: 'expired' }),
    ]);
    expect(imported[0].evaluationPlanId).toEqual(expect.any(Number));
  });

  it('fills the entry from the normative-document case when it gets its 公布日期, without a second evaluation', async () => {
    const { planId } = await createEventPlan(legal, t, 'normative-document', '某教发〔2026〕12号', { draftedOn: '2026-06-01' });
    expect(must(await legal.get('/documents?q=2026〕12号'), 200, 'before').total).toBe(0);
    must(await legal.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-09-28' } }), 200, 'publish');
    const [doc] = must(await legal.get('/documents?q=2026〕12号'), 200, 'after').items;
    expect(doc).toMatchObject({ planId, publishedOn: '2026-09-28', effectiveOn: '2026-09-28', expiresOn: '2031-09-27', filingDueOn: '2026-10-28' });
    expect(doc).toMatchObject({ departmentId: b.dept.legal, evaluationPlanId: null });
    // The case's own pre-expiry-assessment is the evaluation (undated until 2031's holidays are loaded).
    expect(await leadTask(t, planId, 'normative-document', 'pre-expiry-assessment')).toMatchObject({ dueOn: null });
    expect(must(await b.admin.get('/plans?q=2026〕12号'), 200, 'plans').total).toBe(1);
    must(await legal.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-09-29' }, reason: '公布日期以网站为准' }), 200, 'correct');
    const corrected = must(await legal.get(`/documents/${doc.id}`), 200, 'corrected').document;
    expect(corrected).toMatchObject({ publishedOn: '2026-09-29', effectiveOn: '2026-09-29', expiresOn: '2031-09-28' });
    // The case's 报送备案 step done (its gates are the case's business): the register shows the day.
    const filing = await leadTask(t, planId, 'normative-document', 'filing');
    await t.app.get(TaskStore).save({ id: filing.id, status: 'done', doneOn: '2026-10-12' });
    const filed = must(await legal.get(`/documents/${doc.id}`), 200, 'filed').document;
    expect(filed).toMatchObject({ filedOn: '2026-10-12', filedOnFromCase: true, filingOverdue: false });
  });

  it('lists the documents in force on the clean-up date and records an opinion per document', async () => {
    const cleanup = must(await legal.get('/documents/cleanup/2026'), 200, 'cleanup');
    expect(cleanup.date).toBe('2026-10-31');
    const numbers = cleanup.items.map((i: { document: { docNumber: string } }) => i.document.docNumber);
    expect(numbers).toEqual(expect.arrayContaining(['某教发〔2026〕2号', '某教发〔2023〕1号']));
    expect(numbers).not.toContain('某教发〔2026〕1号');
    const target = cleanup.items.find((i: { document: { docNumber: string } }) => i.document.docNumber === '某教发〔2023〕1号').document.id;
    const after = must(await legal.post(`/documents/${target}/cleanup`).send({ year: 2026, result: 'continue', note: '继续有效' }), 201, 'record');
    expect(after.items.find((i: { document: { id: number } }) => i.document.id === target)).toMatchObject({ result: 'continue', note: '继续有效' });
    must(await legal.post(`/documents/${target}/cleanup`).send({ year: 2026, result: 'amend' }), 201, 'correct');
    const history = must(await legal.get(`/documents/${target}`), 200, 'detail').history;
    expect(history).toEqual([expect.objectContaining({ kind: 'cleanup', cleanupYear: 2026, cleanupResult: 'amend' })]);
    expectError(await (await b.as(b.head.education)).post(`/documents/${target}/cleanup`).send({ year: 2026, result: 'repeal' }), 403);
    expectError(await legal.get('/documents/cleanup/1999'), 400);
  });

  it('answers 4xx, never 500, for ids beyond the integer range', async () => {
    const doc = await create({ docNumber: 'Z-0', departmentId: b.dept.safety });
    for (const res of [
      await legal.get('/documents/99999999999'),
      await legal.get('/documents?departmentId=99999999999'),
      await legal.post('/documents').send(entry({ docNumber: 'Z-1', departmentId: 99999999999 })),
      await legal.post(`/documents/${doc.id}/status`).send({ status: 'amended', on: '2026-09-01', reason: '测试', replacedById: 99999999999 }),
    ]) {
      expect([400, 404]).toContain(res.status);
      expectError(res, res.status);
    }
  });
});
