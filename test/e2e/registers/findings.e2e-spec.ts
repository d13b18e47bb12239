import { Clock } from '../../../src/common/clock';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { DATABASES } from '../support/databases';
import { createBureau, minimalPdf, must, type Bureau } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { createUser } from '../support/fixtures';
import { emailOf, outboxRows } from '../support/reminder-fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';
import { downloadSheet, xlsxFile } from '../support/xlsx';

const TODAY = '2026-06-10';
const HEADERS = ['问题来源', '来源说明', '发现日期', '问题描述', '责任股室', '整改措施', '整改期限'];

/**
 * Issue 12, point 5 — 整改台账: each finding issues its rectification task through the engine
 * (template finding-rectification), so deadlines, overdue views and reminders are the engine's.
 */
describe.each(DATABASES)('registers: findings to rectify (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  let owner: AuthedClient;
  const finding = (over: Record<string, unknown> = {}) => ({
    source: 'oversight',
    sourceRef: '2026年县法治政府建设督察反馈',
    foundOn: '2026-05-20',
    description: '部分行政处罚案卷未载明执法人员执法证号',
    departmentId: b.dept.private,
    measures: '逐卷补正执法证号',
    deadlineOn: '2026-06-30',
    ...over,
  });

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T07:00:00+08:00`));
    b = await createBureau(t);
    legal = await b.as(b.staff.legal);
    owner = await b.as(b.head.private);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records a finding with its task, due on the deadline, led by the owner department and reviewed by 政策法规股', async () => {
    const body = must(await legal.post('/findings').send(finding()), 201, 'create');
    expect(body.finding).toEqual(
      expect.objectContaining({ code: 'ZG2026-001', status: 'open', statusName: '待整改', departmentName: '民办教育与审批股', sourceName: '督察' }),
    );
    const task = must(await owner.get(`/tasks/${body.finding.taskId}`), 200, 'task');
    expect(task.task).toEqual(expect.objectContaining({ title: '整改落实', dueOn: '2026-06-30', departmentId: b.dept.private, needsReview: true }));
    expect(body.can).toEqual({ edit: true, editMeasures: true, report: false, verify: false });
  });

  it('scopes: other departments neither see nor record others’ findings; a department records its own 自查', async () => {
    const { finding: f } = must(await legal.post('/findings').send(finding({ description: '执法全过程记录不完整' })), 201, 'create');
    const office = await b.as(b.head.office);
    expectError(await office.get(`/findings/${f.id}`), 404);
    expect(must(await office.get('/findings'), 200, 'office list').total).toBe(0);
    expect(must(await owner.get('/findings'), 200, 'owner list').total).toBeGreaterThanOrEqual(2);
    expect(must(await b.admin.get(`/findings/${f.id}`), 200, 'admin').finding.id).toBe(f.id);
    expectError(await office.post('/findings').send(finding({ departmentId: b.dept.office })), 403);
    expectError(await office.post('/findings').send(finding({ source: 'self_check' })), 403);
    const own = must(await office.post('/findings').send(finding({ source: 'self_check', departmentId: b.dept.office })), 201, 'own self-check');
    expect(own.finding.sourceName).toBe('自查');
    const adviser = await createUser(t, { login: 'guwen-f', name: '周律师', role: 'adviser', departmentId: b.dept.legal });
    expectError(await (await b.as(adviser)).get('/findings'), 403);
  });

  it('edits: the owner changes measures only; 政策法规股 moves the deadline with a reason, which re-dates the task', async () => {
    const { finding: f } = must(await legal.post('/findings').send(finding({ description: '行政许可公示不及时' })), 201, 'create');
    expect(must(await owner.patch(`/findings/${f.id}`).send({ measures: '建立公示台账' }), 200, 'measures').finding.measures).toBe('建立公示台账');
    expectError(await owner.patch(`/findings/${f.id}`).send({ deadlineOn: '2026-07-31', reason: '需要更多时间' }), 403);
    expectFieldError(await legal.patch(`/findings/${f.id}`).send({ deadlineOn: '2026-07-31' }), 'reason');
    expectFieldError(await legal.patch(`/findings/${f.id}`).send({ deadlineOn: '2026-05-01', reason: '早于发现日期' }), 'deadlineOn');
    const moved = must(await legal.patch(`/findings/${f.id}`).send({ deadlineOn: '2026-07-31', reason: '涉及多个学校，延期整改' }), 200, 'deadline');
    expect(moved.finding.deadlineOn).toBe('2026-07-31');
    expect(must(await owner.get(`/tasks/${f.taskId}`), 200, 'task').task.dueOn).toBe('2026-07-31');
    expect(moved.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['登记问题', '修改整改台账', '变更整改期限']));
  });

  it('rectified with evidence, sent back with a reason, then closed (销号) by 政策法规股 only', async () => {
    const { finding: f } = must(await legal.post('/findings').send(finding({ description: '执法证件未按期年审' })), 201, 'create');
    expectError(await owner.post(`/findings/${f.id}/report`).send({ note: '已整改' }), 400);
    must(
      await owner.post(`/tasks/${f.taskId}/evidence`).attach('files', minimalPdf('整改报告'), { filename: '整改报告.pdf', contentType: 'application/pdf' }),
      201,
      'upload',
    );
    expectError(await legal.post(`/findings/${f.id}/report`).send({ note: '代报' }), 403);
    const reported = must(await owner.post(`/findings/${f.id}/report`).send({ note: '已完成年审' }), 201, 'report');
    expect([reported.finding.status, reported.evidence.map((e: { fileName: string }) => e.fileName)]).toEqual(['rectified', ['整改报告.pdf']]);
    expectError(await owner.post(`/findings/${f.id}/close`).send({}), 403);
    expectFieldError(await legal.post(`/findings/${f.id}/send-back`).send({}), 'reason');
    const back = must(await legal.post(`/findings/${f.id}/send-back`).send({ reason: '缺少年审记录' }), 201, 'send back');
    expect(back.finding.status).toBe('in_progress');
    expect(back.history.at(-1)).toEqual(expect.objectContaining({ action: '退回整改', note: '缺少年审记录' }));
    expectError(await legal.post(`/findings/${f.id}/close`).send({}), 409);
    must(await owner.post(`/findings/${f.id}/report`).send({ note: '补充年审记录' }), 201, 'report again');
    const closed = must(await (await b.as(b.head.legal)).post(`/findings/${f.id}/close`).send({ note: '整改到位' }), 201, 'close');
    expect([closed.finding.status, closed.finding.statusName, closed.finding.rectifiedOn]).toEqual(['closed', '已销号', TODAY]);
    expect(closed.can).toEqual({ edit: false, editMeasures: false, report: false, verify: false });
    expect(expectError(await legal.patch(`/findings/${f.id}`).send({ measures: '补充' }), 409).message).toMatch(/已销号/);
  });

  it('an overdue finding shows in the list filter and in the leaders’ overdue view; the daily run mails its owner', async () => {
    const { finding: f } = must(
      await legal.post('/findings').send(finding({ description: '信访件未按期答复', foundOn: '2026-05-06', deadlineOn: '2026-06-05' })),
      201,
      'create',
    );
    const overdue = must(await legal.get('/findings?overdue=true'), 200, 'overdue');
    expect(overdue.items.map((x: { id: number }) => x.id)).toEqual([f.id]);
    const leader = await b.as(b.leader);
    const view = must(await leader.get('/oversight/overdue?pageSize=100'), 200, 'oversight');
    expect(view.items.map((x: { id: number }) => x.id)).toContain(f.taskId);
    t.app.get(Clock).pin(new Date(`${TODAY}T09:00:00+08:00`));
    await t.app.get(RemindersService).runDaily();
    const mails = (await outboxRows(t)).filter((m) => m.toAddress === emailOf(b.head.private));
    expect(mails.some((m) => m.text.includes('整改落实'))).toBe(true);
  });

  it('imports from Excel all or nothing, naming each bad row and column', async () => {
    const upload = (bytes: Buffer) => legal.post('/findings/import').attach('file', bytes, 'import.xlsx');
    const before = must(await legal.get('/findings?pageSize=1'), 200, 'before').total;
    const bad = await xlsxFile(HEADERS, [
      ['审计', '2025年度经济责任审计', '2026-04-01', '专项经费使用台账不完整', '人事财务股', '完善台账', '2026-07-01'],
      ['巡视', '', '2026-04-01', '问题', '人事财务股', '', '2026-07-01'],
      ['督察', '', '2026-04-01', '问题', '不存在的股', '', '2026-07-01'],
      ['督察', '', '2026-04-31', '问题', '教育股', '', '2026-03-01'],
    ]);
    const res = await upload(bad);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({ field: '第3行「问题来源」' }),
      expect.objectContaining({ field: '第4行「责任股室」', message: '不存在的股室 不存在的股' }),
      expect.objectContaining({ field: '第5行「发现日期」' }),
    ]);
    expect(must(await legal.get('/findings?pageSize=1'), 200, 'after').total).toBe(before);
    const good = await xlsxFile(HEADERS, [
      ['审计', '2025年度经济责任审计', '2026-04-01', '专项经费使用台账不完整', '人事财务股', '完善台账', '2026-07-01'],
      ['案卷评查', '2026年行政执法案卷评查', '2026-04-02', '案卷装订顺序不规范', '民办教育与审批股', '', '2026-07-15'],
    ]);
    expect(must(await upload(good), 201, 'import')).toEqual({ created: 2 });
    const listed = must(await legal.get('/findings?source=audit'), 200, 'audit');
    expect(listed.items).toEqual([expect.objectContaining({ description: '专项经费使用台账不完整', departmentId: b.dept.personnel, status: 'open' })]);
  });

  it('exports the list as read back with exceljs, and counts the year by source and status', async () => {
    const sheet = await downloadSheet(legal, '/findings/export.xlsx?sort=deadlineOn');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['整改编号', '问题来源', '来源说明', '发现日期']);
    const total = must(await legal.get('/findings'), 200, 'list').total;
    expect(sheet.rowCount - 1).toBe(total);
    const template = await downloadSheet(legal, '/findings/import-template.xlsx');
    expect((template.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const figures = must(await (await b.as(b.leader)).get('/findings/figures/2026'), 200, 'figures');
    const sum = figures.rows.at(-1);
    expect(sum).toEqual(expect.objectContaining({ sourceName: '合计', total, closed: 1, overdue: 1, onTime: 1, late: 0 }));
    expect(figures.rows.find((r: { source: string }) => r.source === 'audit').total).toBe(1);
  });
});
