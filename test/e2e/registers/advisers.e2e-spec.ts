import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, leadTask, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { createUser, type TestUser } from '../support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';
import { column, downloadSheet, headersOf, xlsxFile } from '../support/xlsx';

const TODAY = '2026-10-20';

const HEADERS = ['名称', '类型', '联系人', '联系电话', '顾问账号', '聘请方', '覆盖学校编码', '合同开始日期', '合同结束日期', '年费用（元）', '备注'];

/**
 * Issue 12 point 4 — the 法律顾问 register: engagements (with 解聘 and derived 到期), the review
 * requests with their kind, turnaround in working days across 国庆节, yearly figures, school
 * coverage, Excel, and who sees what (school heads, other departments, the adviser account).
 */
describe.each(DATABASES)('registers: legal advisers (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let qian: TestUser;
  let sun: TestUser;
  let legal: AuthedClient;
  const plans: Record<string, number> = {};

  const request = async (reference: string, requestedOn: string, adviser: TestUser, kind: string) => {
    const office = await b.as(b.head.office);
    const body = must(
      await office.post('/plans/event').send({
        templateId: await templateId(t, 'legal-adviser-review'),
        reference,
        title: `审查${reference}`,
        anchors: { requestedOn },
        adviserId: adviser.id,
      }),
      201,
      reference,
    );
    must(await office.put(`/advisers/requests/${body.plan.id}`).send({ kind }), 200, `kind of ${reference}`);
    return body.plan.id as number;
  };
  const answer = async (planId: number, adviser: TestUser, doneOn: string) => {
    const step = await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion');
    must(await (await b.as(adviser)).post(`/tasks/${step.id}/complete`).send({ note: '经审查，合同条款合法', doneOn }), 200, 'opinion');
  };

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00+08:00`));
    b = await createBureau(t);
    qian = await createUser(t, { login: 'guwen-qian', name: '钱律师', role: 'adviser', departmentId: b.dept.legal });
    sun = await createUser(t, { login: 'guwen-sun', name: '孙律师', role: 'adviser', departmentId: b.dept.legal });
    legal = await b.as(b.head.legal);
    // 国庆节 2026-10-01..07 off, 2026-10-10 (Saturday) a make-up working day, 中秋 2026-09-25 off.
    plans.a = await request('法审〔2026〕1号', '2026-09-28', qian, 'contract');
    plans.b = await request('法审〔2026〕2号', '2026-09-22', qian, 'contract');
    plans.c = await request('法审〔2026〕3号', '2026-10-14', qian, 'decision');
    plans.d = await request('法审〔2026〕4号', '2026-09-29', sun, 'normative');
    await answer(plans.a, qian, '2026-10-10');
    await answer(plans.b, qian, '2026-10-12');
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('measures the turnaround in working days across 国庆节 against the 7-working-day limit', async () => {
    const page = must(await legal.get('/advisers/requests?year=2026&pageSize=50'), 200, 'requests');
    const byPlan = new Map(page.items.map((r: { planId: number }) => [r.planId, r]));
    expect(byPlan.get(plans.a)).toMatchObject({
      dueOn: '2026-10-13',
      opinionOn: '2026-10-10',
      turnaround: 5,
      timeliness: 'onTime',
      kindName: '合同',
      limitWorkingDays: 7,
    });
    expect(byPlan.get(plans.b)).toMatchObject({
      dueOn: '2026-10-09',
      opinionOn: '2026-10-12',
      turnaround: 9,
      timeliness: 'late',
      opinion: '经审查，合同条款合法',
    });
    expect(byPlan.get(plans.c)).toMatchObject({ dueOn: '2026-10-23', opinionOn: null, turnaround: null, timeliness: 'pending' });
    expect(byPlan.get(plans.d)).toMatchObject({ dueOn: '2026-10-14', timeliness: 'overdue', adviserName: '孙律师' });
  });

  it('filters by kind, adviser, lateness and year', async () => {
    const ids = async (query: string) =>
      must(await legal.get(`/advisers/requests?${query}`), 200, query)
        .items.map((r: { planId: number }) => r.planId)
        .sort();
    expect(await ids('kind=contract')).toEqual([plans.a, plans.b].sort());
    expect(await ids(`adviserId=${sun.id}`)).toEqual([plans.d]);
    expect(await ids('late=true')).toEqual([plans.b, plans.d].sort());
    expect(await ids('year=2027')).toEqual([]);
    expectError(await legal.get('/advisers/requests?kind=bogus'), 400);
  });

  it('counts the year by kind and by adviser', async () => {
    const figures = must(await legal.get('/advisers/figures/2026'), 200, 'figures');
    expect(figures.all).toEqual({ total: 4, onTime: 1, late: 2, pending: 1, averageTurnaround: 7 });
    expect(figures.byKind.find((k: { kind: string }) => k.kind === 'contract')).toMatchObject({ total: 2, onTime: 1, late: 1, averageTurnaround: 7 });
    expect(figures.byKind.find((k: { kind: string }) => k.kind === 'petition')).toMatchObject({ total: 0, averageTurnaround: null });
    expect(figures.byAdviser).toEqual([
      expect.objectContaining({ adviserId: qian.id, adviserName: '钱律师', total: 3, onTime: 1, late: 1, pending: 1 }),
      expect.objectContaining({ adviserId: sun.id, total: 1, late: 1 }),
    ]);
    expectError(await (await b.as(b.head.office)).get('/advisers/figures/2026'), 403);
  });

  it('lets the adviser record the result of their own request only, and shows them nothing of the register', async () => {
    const client = await b.as(qian);
    expect(must(await client.put(`/advisers/requests/${plans.a}`).send({ result: 'lawfulAfterChanges' }), 200, 'result')).toMatchObject({
      resultName: '修改后合法',
    });
    expectError(await client.put(`/advisers/requests/${plans.a}`).send({ kind: 'other' }), 403);
    expectError(await client.put(`/advisers/requests/${plans.d}`).send({ result: 'lawful' }), 404);
    expectError(await client.put(`/advisers/requests/${plans.a}`).send({ result: 'maybe' }), 400);
    for (const path of ['/advisers/engagements', '/advisers/figures/2026', '/advisers/coverage', '/advisers/requests/export.xlsx'])
      expectError(await client.get(path), 403);
    const own = must(await client.get('/advisers/requests'), 200, 'own requests');
    expect(own.items.map((r: { planId: number }) => r.planId).sort()).toEqual([plans.a, plans.b, plans.c].sort());
    expect(own.items.find((r: { planId: number }) => r.planId === plans.a)).toMatchObject({ canSetResult: true, canSetKind: false });
    expect(
      must(await client.get('/adviser/requests'), 200, 'own')
        .map((r: { plan: { id: number } }) => r.plan.id)
        .sort(),
    ).toEqual([plans.a, plans.b, plans.c].sort());
  });

  it('leaves a request without a kind 未登记 when the adviser records the result first, and counts it as 其他', async () => {
    const office = await b.as(b.head.office);
    const body = must(
      await office.post('/plans/event').send({
        templateId: await templateId(t, 'legal-adviser-review'),
        reference: '法审〔2025〕9号',
        title: '上年度的审查',
        anchors: { requestedOn: '2025-12-01' },
        adviserId: sun.id,
      }),
      201,
      '2025 request',
    );
    const view = must(await (await b.as(sun)).put(`/advisers/requests/${body.plan.id}`).send({ result: 'unlawful' }), 200, 'result first');
    expect(view).toMatchObject({ kind: null, kindName: '未登记', resultName: '不合法' });
    const figures = must(await legal.get('/advisers/figures/2025'), 200, '2025');
    expect(figures.byKind.find((k: { kind: string }) => k.kind === 'other')).toMatchObject({ total: 1, late: 1 });
  });

  it('shows a department only the requests it registered', async () => {
    expect(must(await (await b.as(b.staff.office)).get('/advisers/requests?year=2026'), 200, 'office').total).toBe(4);
    expect(must(await (await b.as(b.head.safety)).get('/advisers/requests'), 200, 'safety').total).toBe(0);
    expectError(await (await b.as(b.head.safety)).put(`/advisers/requests/${plans.a}`).send({ kind: 'other' }), 404);
  });

  describe('engagements', () => {
    let firm: number;
    let person: number;

    it('creates, refuses bad input by field, edits and derives 到期', async () => {
      const created = must(
        await legal.post('/advisers/engagements').send({
          kind: 'firm',
          name: '浙江正理律师事务所',
          contact: '钱律师',
          adviserUserIds: [qian.id],
          engagedBy: 'schools',
          schoolIds: [b.dept.school1],
          startOn: '2026-01-01',
          endOn: '2026-12-31',
          fee: 30000,
        }),
        201,
        'firm',
      );
      firm = created.id;
      expect(created).toMatchObject({ status: 'active', statusName: '有效', engagedByName: '一校一聘', advisers: [{ id: qian.id, name: '钱律师' }] });
      const old = must(
        await legal.post('/advisers/engagements').send({ kind: 'person', name: '孙律师', engagedBy: 'bureau', startOn: '2025-01-01', endOn: '2025-12-31' }),
        201,
        'person',
      );
      person = old.id;
      expect(old.statusName).toBe('到期');
      const bad = expectError(
        await legal
          .post('/advisers/engagements')
          .send({ kind: 'firm', name: '某所', engagedBy: 'schools', adviserUserIds: [b.head.legal.id], startOn: '2026-05-01', endOn: '2026-04-01' }),
        400,
      );
      expect(bad.fields?.map((f) => f.field).sort()).toEqual(['adviserUserIds', 'endOn', 'schoolIds']);
      const renewed = must(await legal.patch(`/advisers/engagements/${person}`).send({ endOn: '2027-12-31', schoolIds: [b.dept.school2] }), 200, 'renew');
      expect(renewed).toMatchObject({ status: 'active', name: '孙律师', startOn: '2025-01-01', schools: [{ id: b.dept.school2, name: '实验小学' }] });
      // An edit is checked against the fields it leaves as they are.
      expect(expectError(await legal.patch(`/advisers/engagements/${person}`).send({ endOn: '2024-12-31' }), 400).fields?.[0].field).toBe('endOn');
      expectError(
        await (
          await b.as(b.head.office)
        )
          .post('/advisers/engagements')
          .send({ kind: 'person', name: 'x', engagedBy: 'bureau', startOn: '2026-01-01', endOn: '2026-02-01' }),
        403,
      );
    });

    it('shows a school head the engagements covering their school, other departments the bureau ones', async () => {
      const school1 = await b.as(b.head.school1);
      expect(must(await school1.get('/advisers/engagements'), 200, 'school1').items.map((e: { id: number }) => e.id)).toEqual([firm]);
      expectError(await school1.get(`/advisers/engagements/${person}`), 404);
      expectError(await school1.patch(`/advisers/engagements/${firm}`).send({ name: '改名' }), 403);
      expect(must(await (await b.as(b.head.office)).get('/advisers/engagements'), 200, 'office').items.map((e: { id: number }) => e.id)).toEqual([person]);
      expect(must(await (await b.as(b.leader)).get('/advisers/engagements'), 200, 'leader').total).toBe(2);
    });

    it('shows school coverage for today and drops a dismissed engagement from it', async () => {
      const before = must(await legal.get('/advisers/coverage'), 200, 'coverage');
      expect(before).toMatchObject({ today: TODAY, schools: 2, covered: 2, rate: 100 });
      expectError(await legal.post(`/advisers/engagements/${firm}/dismiss`).send({ dismissedOn: '2026-10-15' }), 400);
      const dismissed = must(
        await legal.post(`/advisers/engagements/${firm}/dismiss`).send({ dismissedOn: '2026-10-15', reason: '合同提前终止' }),
        200,
        'dismiss',
      );
      expect(dismissed).toMatchObject({ status: 'dismissed', statusName: '解聘', dismissReason: '合同提前终止' });
      const audit = must(await b.admin.get(`/audit-events?entity=adviser_engagements&entityId=${firm}`), 200, 'audit').items;
      expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
      const after = must(await legal.get('/advisers/coverage'), 200, 'coverage');
      expect(after).toMatchObject({ covered: 1, rate: 50 });
      expect(after.list[0]).toMatchObject({ departmentId: b.dept.school1, covered: false, engagements: [] });
      expect(must(await legal.get('/advisers/engagements?status=dismissed'), 200, 'filter').items.map((e: { id: number }) => e.id)).toEqual([firm]);
    });

    it('imports all or nothing, naming row and column', async () => {
      const before = must(await legal.get('/advisers/engagements'), 200, 'count').total;
      const template = await downloadSheet(legal, '/advisers/engagements/import-template.xlsx');
      expect(headersOf(template)).toEqual(HEADERS);
      const upload = (bytes: Buffer) => legal.post('/advisers/engagements/import').attach('file', bytes, 'import.xlsx');
      const bad = expectError(
        await upload(
          await xlsxFile(HEADERS, [
            ['某某律师事务所', '公司', '', '', '', '学校', 'eng-school1', '2026-01-01', '2026-12-31', '', ''],
            ['李律师', '个人', '', '', 'guwen-nobody', '学校', 'no-such-school', '2026-01-01', '2025-12-31', 'abc', ''],
          ]),
        ),
        400,
      );
      expect(bad.fields?.map((f) => f.field)).toEqual(
        expect.arrayContaining(['第2行「类型」', '第3行「顾问账号」', '第3行「覆盖学校编码」', '第3行「年费用（元）」', '第3行「合同结束日期」']),
      );
      expect(must(await legal.get('/advisers/engagements'), 200, 'unchanged').total).toBe(before);
      const ok = await upload(
        await xlsxFile(HEADERS, [
          [
            '钱塘律师事务所',
            '律师事务所',
            '周律师',
            '0571-1234',
            'guwen-qian',
            '学校',
            'eng-school1、eng-school2',
            '2026-01-01',
            '2026-12-31',
            '50000',
            '多校连聘',
          ],
          ['孙律师', '个人', '', '', 'guwen-sun', '教育局', '', '2026-03-01', '2027-02-28', '', ''],
        ]),
      );
      expect(must(ok, 201, 'import')).toEqual({ created: 2 });
      expect(must(await legal.get('/advisers/engagements?q=钱塘'), 200, 'imported').items[0]).toMatchObject({ engagedByName: '多校连聘', fee: 50000 });
      expectError(await (await b.as(b.head.school1)).post('/advisers/engagements/import').attach('file', await xlsxFile(HEADERS, []), 'x.xlsx'), 403);
    });

    it('exports the engagements and the review requests as the lists show them', async () => {
      const engagements = await downloadSheet(legal, '/advisers/engagements/export.xlsx');
      expect(column(engagements, '名称')).toEqual(expect.arrayContaining(['浙江正理律师事务所', '钱塘律师事务所']));
      expect(column(engagements, '状态')).toContain('解聘');
      const school1 = await downloadSheet(await b.as(b.head.school1), '/advisers/engagements/export.xlsx');
      expect(column(school1, '名称').sort()).toEqual(['浙江正理律师事务所', '钱塘律师事务所']);
      const requests = await downloadSheet(legal, '/advisers/requests/export.xlsx?kind=contract');
      expect(column(requests, '文号').sort()).toEqual(['法审〔2026〕1号', '法审〔2026〕2号']);
      expect(column(requests, '用时（工作日）').sort()).toEqual([5, 9]);
      expect(column(requests, '是否按时').sort()).toEqual(['按时', '超时'].sort());
    });
  });
});
