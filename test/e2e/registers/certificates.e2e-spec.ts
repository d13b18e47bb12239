import { CertificateRegistry } from '../../../src/certificates/certificate-registry';
import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, tasksOfItem, type Bureau } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { createUser, type TestUser } from '../support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';
import { downloadSheet, xlsxFile } from '../support/xlsx';

const HEADERS = ['持证人', '所属部门编码', '执法证号', '执法类别', '发证日期', '有效期至', '备注'];

/**
 * Issue 12, point 2 — the 执法人员 and 执法证 register: entries kept by 政策法规股, read by each
 * department for its own officers, expiry notices ahead of expiry across holidays, and the two
 * certified officers an enforcement step records.
 */
describe.each(DATABASES)('registers: 执法证 (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  let adviser: TestUser;
  const pin = (date: string) => t.app.get(Clock).pin(new Date(`${date}T02:00:00Z`));
  const entry = (certificateNo: string, extra: Record<string, unknown> = {}) => ({
    holderName: '李明',
    departmentId: b.dept.private,
    certificateNo,
    category: '教育行政执法',
    issuedOn: '2024-03-15',
    ...extra,
  });
  const create = async (certificateNo: string, extra: Record<string, unknown> = {}) =>
    must(await legal.post('/certificates').send(entry(certificateNo, extra)), 201, `create ${certificateNo}`);
  const numbers = async (client: AuthedClient, query = '') =>
    (must(await client.get(`/certificates?pageSize=200${query}`), 200, 'list').items as { certificateNo: string }[]).map((c) => c.certificateNo);

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    legal = await b.as(b.head.legal);
    adviser = await createUser(t, { login: 'guwen-zhao', name: '赵律师', role: 'adviser', departmentId: b.dept.legal });
    pin('2026-09-01');
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('registers a certificate with the default validity, edits it, and refuses bad input', async () => {
    const created = await create('ZF-001');
    expect(created).toEqual(
      expect.objectContaining({ expiresOn: '2029-03-14', state: 'valid', stateName: '有效', departmentName: '民办教育与审批股', holderUserId: null }),
    );
    const edited = must(await legal.patch(`/certificates/${created.id}`).send({ category: '教育行政许可监管', holderUserId: b.staff.private.id }), 200, 'edit');
    expect(edited).toEqual(expect.objectContaining({ category: '教育行政许可监管', holderUserName: '民办教育与审批股干事', expiresOn: '2029-03-14' }));
    expect(expectError(await legal.post('/certificates').send(entry('ZF-001')), 409).message).toMatch(/ZF-001 已登记/);
    expectFieldError(await legal.post('/certificates').send(entry('ZF-X', { expiresOn: '2024-01-01' })), 'expiresOn', /晚于发证日期/);
    expectFieldError(await legal.post('/certificates').send(entry('ZF-X', { departmentId: 99999 })), 'departmentId', /不存在/);
    expectFieldError(await legal.post('/certificates').send(entry('ZF-X', { issuedOn: '2024-02-30' })), 'issuedOn');
    expectFieldError(await legal.post('/certificates').send({ ...entry('ZF-X'), color: 'red' }), 'color');
  });

  it('suspends, restores and revokes with a reason, audited; a revoked certificate stays revoked', async () => {
    const { id } = await create('ZF-002');
    expectFieldError(await legal.post(`/certificates/${id}/status`).send({ status: 'suspended' }), 'reason');
    expect(must(await legal.post(`/certificates/${id}/status`).send({ status: 'suspended', reason: '涉嫌违规执法，暂扣' }), 200, 'suspend').state).toBe(
      'suspended',
    );
    expect(expectError(await legal.post(`/certificates/${id}/status`).send({ status: 'suspended', reason: '再次' }), 409).message).toMatch(/已是/);
    must(await legal.post(`/certificates/${id}/status`).send({ status: 'valid', reason: '核查无误，恢复' }), 200, 'restore');
    const revoked = must(await legal.post(`/certificates/${id}/status`).send({ status: 'revoked', reason: '调离执法岗位' }), 200, 'revoke');
    expect(revoked).toEqual(expect.objectContaining({ state: 'revoked', stateName: '注销', statusReason: '调离执法岗位' }));
    expectError(await legal.post(`/certificates/${id}/status`).send({ status: 'valid', reason: '误操作' }), 409);
    const audit = must(await b.admin.get(`/audit-events?entity=enforcement_certificates&entityId=${id}&pageSize=50`), 200, 'audit').items as {
      action: string;
      after: Record<string, unknown> | null;
    }[];
    expect(audit.filter((e) => e.action === 'update').map((e) => e.after)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'suspended', statusReason: '涉嫌违规执法，暂扣' }),
        expect.objectContaining({ status: 'revoked', statusReason: '调离执法岗位' }),
      ]),
    );
  });

  it('shows a department only its own officers, lets only 政策法规股 and admins edit, and shows advisers nothing', async () => {
    const other = await create('ZF-AQ-01', { departmentId: b.dept.safety, holderName: '王强' });
    const privateHead = await b.as(b.head.private);
    expect(await numbers(privateHead)).not.toContain('ZF-AQ-01');
    expect(await numbers(privateHead)).toContain('ZF-001');
    expect(await numbers(await b.as(b.staff.safety))).toEqual(['ZF-AQ-01']);
    expectError(await privateHead.get(`/certificates/${other.id}`), 404);
    expect(expectError(await privateHead.post('/certificates').send(entry('ZF-Y')), 403).message).toMatch(/政策法规股/);
    expectError(await privateHead.patch(`/certificates/${other.id}`).send({ notes: '改' }), 403);
    expect(await numbers(await b.as(b.leader))).toEqual(expect.arrayContaining(['ZF-001', 'ZF-AQ-01']));
    expect(await numbers(await b.as(b.staff.legal))).toEqual(expect.arrayContaining(['ZF-001', 'ZF-AQ-01']));
    expectError(await (await b.as(adviser)).get('/certificates'), 403);
    expectError(await (await b.as(adviser)).get(`/certificates/${other.id}`), 403);
  });

  it('flags expired certificates and filters by state, expiry window, department and text, sorted by expiry', async () => {
    await create('ZF-OLD', { issuedOn: '2021-08-01', expiresOn: '2026-08-31', holderName: '周涛' });
    await create('ZF-SOON', { issuedOn: '2021-10-01', expiresOn: '2026-09-20', holderName: '吴敏' });
    const old = (must(await legal.get('/certificates?q=ZF-OLD'), 200, 'q').items as { state: string; stateName: string; daysLeft: number }[])[0];
    expect(old).toEqual(expect.objectContaining({ state: 'expired', stateName: '已过期', daysLeft: -1 }));
    expect(await numbers(legal, '&state=expired')).toEqual(['ZF-OLD']);
    expect(await numbers(legal, '&state=valid')).not.toContain('ZF-OLD');
    expect(await numbers(legal, '&state=revoked')).toEqual(['ZF-002']);
    expect(await numbers(legal, '&expiringWithin=30')).toEqual(['ZF-SOON']);
    expect(await numbers(legal, `&departmentId=${b.dept.safety}`)).toEqual(['ZF-AQ-01']);
    expect(await numbers(legal, `&q=${encodeURIComponent('吴敏')}`)).toEqual(['ZF-SOON']);
    const sorted = await numbers(legal, '&sort=expiresOn');
    expect(sorted.slice(0, 2)).toEqual(['ZF-OLD', 'ZF-SOON']);
    expectFieldError(await legal.get('/certificates?state=lost'), 'state');
  });

  it('exports the filtered register as .xlsx and reads it back', async () => {
    const sheet = await downloadSheet(legal, '/certificates/export.xlsx?state=expired');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['持证人', '所属部门', '执法证号', '执法类别', '发证日期', '有效期至', '状态', '备注']);
    expect(sheet.rowCount).toBe(2);
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(3).value, sheet.getRow(2).getCell(7).value]).toEqual(['周涛', 'ZF-OLD', '已过期']);
    expectError(await (await b.as(adviser)).get('/certificates/export.xlsx'), 403);
  });

  it('imports all rows or none, naming each bad row and column', async () => {
    const upload = (bytes: Buffer) => legal.post('/certificates/import').attach('file', bytes, 'certificates.xlsx');
    const before = await numbers(legal);
    const bad = await upload(
      await xlsxFile(HEADERS, [
        ['陈静', 'eng-private', 'IMP-1', '教育行政执法', '2025-01-10', '', ''],
        ['刘洋', 'nowhere', 'IMP-2', '教育行政执法', '2025-01-10', '', ''],
        ['孙丽', 'eng-private', 'IMP-1', '教育行政执法', '2025-01-10', '', ''],
        ['', 'eng-private', 'ZF-001', '教育行政执法', '2025-13-01', '', ''],
      ]),
    );
    expect(expectError(bad, 400).fields).toEqual([
      { field: '第3行「所属部门编码」', message: '不存在的部门 nowhere' },
      { field: '第4行「执法证号」', message: '与第2行重复：IMP-1' },
      expect.objectContaining({ field: '第5行「持证人」' }),
      expect.objectContaining({ field: '第5行「发证日期」' }),
      { field: '第5行「执法证号」', message: '执法证号 ZF-001 已登记' },
    ]);
    expect(await numbers(legal)).toEqual(before);
    const ok = await upload(
      await xlsxFile(HEADERS, [
        ['陈静', 'eng-private', 'IMP-1', '教育行政执法', '2025/1/10', '', '新任'],
        ['刘洋', 'eng-safety', 'IMP-2', '教育行政执法', '2025-01-10', '2027-01-09', ''],
      ]),
    );
    expect(must(ok, 201, 'import')).toEqual({ created: 2 });
    const imported = must(await legal.get('/certificates?q=IMP-1'), 200, 'imported').items[0];
    expect(imported).toEqual(expect.objectContaining({ issuedOn: '2025-01-10', expiresOn: '2030-01-09', notes: '新任' }));
    expectError(await (await b.as(b.head.private)).post('/certificates/import').attach('file', await xlsxFile(HEADERS, []), 'x.xlsx'), 403);
  });

  it('lists the holders valid on a day: issued on or before, expiring on or after, neither suspended nor revoked', async () => {
    const edge = await create('ZF-EDGE', { holderName: '边界', issuedOn: '2026-09-10', expiresOn: '2026-09-12' });
    const holders = async (on: string) => (await t.app.get(CertificateRegistry).validHolders(on)).map((o) => o.certificateNo);
    expect(await holders('2026-09-09')).not.toContain('ZF-EDGE');
    expect(await holders('2026-09-10')).toContain('ZF-EDGE');
    expect(await holders('2026-09-12')).toContain('ZF-EDGE');
    expect(await holders('2026-09-13')).not.toContain('ZF-EDGE');
    expect(await holders('2026-09-12')).not.toEqual(expect.arrayContaining(['ZF-002']));
    const viaApi = must(await (await b.as(b.staff.private)).get('/certificates/holders?on=2026-09-11'), 200, 'holders') as { certificateId: number }[];
    expect(viaApi).toContainEqual(
      expect.objectContaining({ certificateId: edge.id, certificateNo: 'ZF-EDGE', holderName: '边界', departmentId: b.dept.private, expiresOn: '2026-09-12' }),
    );
    expect(viaApi.map((o) => o.certificateId)).toEqual([...viaApi.map((o) => o.certificateId)].sort((x, y) => x - y));
    must(await legal.post(`/certificates/${edge.id}/status`).send({ status: 'suspended', reason: '暂扣' }), 200, 'suspend');
    expect(await holders('2026-09-11')).not.toContain('ZF-EDGE');
    expectFieldError(await legal.get('/certificates/holders?on=2026-02-30'), 'on');
  });

  it('completes a two-officer enforcement step only with two certificates valid on the day, and shows them', async () => {
    const a = await create('ZF-A', { holderName: '执法员甲' });
    const c = await create('ZF-C', { holderName: '执法员丙' });
    const suspended = await create('ZF-S', { holderName: '执法员乙' });
    must(await legal.post(`/certificates/${suspended.id}/status`).send({ status: 'suspended', reason: '暂扣' }), 200, 'suspend');
    const expired = (must(await legal.get('/certificates?q=ZF-OLD'), 200, 'old').items as { id: number }[])[0];
    const privateHead = await b.as(b.head.private);
    const { planId } = await createEventPlan(privateHead, t, 'enforcement-case', '教罚〔2026〕3号', { filedOn: '2026-08-28' });
    const filing = await leadTask(t, planId, 'enforcement-case', 'filing');
    must(await privateHead.post(`/tasks/${filing.id}/complete`).send({ note: '已立案' }), 200, 'filing');
    const step = await leadTask(t, planId, 'enforcement-case', 'investigation');
    const complete = (ids: number[]) => privateHead.post(`/tasks/${step.id}/complete`).send({ note: '已调查取证', officerCertificateIds: ids });

    expect(expectError(await privateHead.post(`/tasks/${step.id}/complete`).send({ note: '无执法人员' }), 422).message).toMatch(/至少 2 名/);
    expect(expectError(await complete([a.id]), 422).message).toMatch(/有效的只有 1 名/);
    expect(expectError(await complete([a.id, suspended.id, expired.id]), 422).message).toMatch(new RegExp(`${suspended.id}、${expired.id}`));
    expect(expectError(await complete([a.id, a.id]), 422).message).toMatch(/有效的只有 1 名/);
    expectFieldError(await complete(['x' as unknown as number]), 'officerCertificateIds');
    expect(must(await complete([c.id, a.id]), 200, 'complete').status).toBe('done');

    const detail = must(await privateHead.get(`/tasks/${step.id}`), 200, 'detail');
    expect(detail.officers).toEqual({
      required: 2,
      officers: [
        expect.objectContaining({ certificateNo: 'ZF-A', holderName: '执法员甲' }),
        expect.objectContaining({ certificateNo: 'ZF-C', holderName: '执法员丙' }),
      ],
    });
    expect(must(await privateHead.get(`/tasks/${filing.id}`), 200, 'filing detail').officers).toEqual({ required: 0, officers: [] });
    // 政策法规股's supporting task (配合) of the same step needs no officers of its own.
    const [, supporting] = await tasksOfItem(t, planId, 'enforcement-case', 'investigation');
    expect(must(await legal.get(`/tasks/${supporting.id}`), 200, 'supporting').officers).toEqual({ required: 0, officers: [] });
    expect(must(await legal.post(`/tasks/${supporting.id}/complete`).send({ note: '配合调查' }), 200, 'supporting complete').status).toBe('done');
  });

  it('announces expiry on the last working day before a holiday notice day, once, to both heads, by notification and e-mail', async () => {
    // 90 days before 2027-01-01 is 2026-10-03 (National Day holiday): announced on Wednesday 2026-09-30.
    const ahead = await create('ZF-NOTICE', { holderName: '郑华', issuedOn: '2022-01-02', expiresOn: '2027-01-01' });
    const lapsing = await create('ZF-LAPSE', { holderName: '冯军', issuedOn: '2021-09-30', expiresOn: '2026-09-29' });
    const run = async (date: string) => {
      pin(date);
      return must(await b.admin.post('/certificates/expiry-notices/run'), 200, `run ${date}`);
    };
    const noticesOf = async (user: TestUser, no: string) =>
      (
        must(await (await b.as(user)).get('/notifications?pageSize=200'), 200, 'notifications').items as { kind: string; text: string; taskId: number | null }[]
      ).filter((n) => n.text.includes(no));
    const mails = async (no: string) =>
      (must(await b.admin.get('/outbox?kind=expiry&pageSize=200'), 200, 'outbox').items as { subject: string; text: string; recipientId: number }[]).filter(
        (m) => m.subject.includes(no),
      );

    await run('2026-09-29');
    expect(await noticesOf(b.head.private, 'ZF-NOTICE')).toEqual([]);
    await run('2026-09-30');
    for (const head of [b.head.private, b.head.legal]) {
      expect(await noticesOf(head, 'ZF-NOTICE')).toEqual([
        expect.objectContaining({ kind: 'expiry', taskId: null, text: expect.stringContaining('剩余 93 天') }),
      ]);
    }
    expect(await noticesOf(b.staff.private, 'ZF-NOTICE')).toEqual([]);
    const sent = await mails('ZF-NOTICE');
    expect(sent.map((m) => m.recipientId).sort()).toEqual([b.head.legal.id, b.head.private.id].sort());
    expect(sent[0].text).toEqual(expect.stringContaining('郑华'));
    expect(sent[0].text).toEqual(expect.stringContaining('2027-01-01'));
    // Registered late, the lapsing certificate had its overdue 30-day notice caught up on 09-29, then the expired one.
    expect((await noticesOf(b.head.private, 'ZF-LAPSE')).map((n) => n.text)).toEqual([
      expect.stringContaining('已于 2026-09-29 到期'),
      expect.stringContaining('剩余 0 天'),
    ]);

    // A re-run the same day and the runs after it (the holiday is missed, then caught up) repeat nothing.
    await run('2026-09-30');
    await run('2026-10-08');
    expect(await mails('ZF-NOTICE')).toHaveLength(2);
    expect(await mails('ZF-LAPSE')).toHaveLength(4);
    expect(await noticesOf(b.head.legal, 'ZF-NOTICE')).toHaveLength(1);
    // The second notice (30 days ahead: 2026-12-02, a Wednesday) comes on its day.
    await run('2026-12-02');
    expect((await noticesOf(b.head.legal, 'ZF-NOTICE')).map((n) => n.text)).toEqual([
      expect.stringContaining('剩余 30 天'),
      expect.stringContaining('剩余 93 天'),
    ]);
    expect(ahead.id).not.toBe(lapsing.id);
    expectError(await legal.post('/certificates/expiry-notices/run'), 403);
  });
});
