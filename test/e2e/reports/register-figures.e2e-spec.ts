import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, minimalPdf, must, templateId, type Bureau } from '../support/engine-fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';

interface Figure {
  key: string;
  value: number | null;
  available: boolean;
}

interface FigureRecord {
  kind: string;
  caseId: number | null;
  title: string;
  reference: string | null;
  date: string | null;
  status: string | null;
  link: string;
}

/** Today in the scenario: Wednesday 2026-07-01, 10:00 in Asia/Shanghai. */
const TODAY = '2026-07-01';
/** A day of the year before, for the entries that must not count in 2026. */
const LAST_YEAR_DAY = '2025-11-10';

/**
 * Issue 13 — the annual report's register figures (issue 12) on a constructed year: documents
 * with and without a clean-up opinion, review requests per kind, certificates valid or not on
 * the counting day, a draw (re-drawn once) with some outcomes, 复议 and 诉讼 cases, findings
 * recorded and closed, plus entries of 2025 that must not count in 2026. Each work point's
 * figures must be exactly the constructed numbers, and the drill-down must list exactly those
 * entries.
 */
describe.each(DATABASES)('annual report: register figures (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  const pin = (day: string) => t.app.get(Clock).pin(new Date(`${day}T02:00:00Z`));

  const figuresOf = async (year: number, workPoint: string): Promise<Record<string, number | null>> => {
    const report = must(await b.admin.get(`/reports/annual/${year}`), 200, `report ${year}`);
    const group = (report.workPoints as { key: string; figures: Figure[] }[]).find((w) => w.key === workPoint)!;
    for (const f of group.figures) expect(f.available).toBe(true);
    return Object.fromEntries(group.figures.map((f) => [f.key.slice(workPoint.length + 1), f.value]));
  };
  const drill = async (year: number, key: string): Promise<FigureRecord[]> =>
    must(await b.admin.get(`/reports/annual/${year}/figures/${key}`), 200, `figure ${key}`).records;
  const references = (records: FigureRecord[]) => records.map((r) => r.reference);
  const titles = (records: FigureRecord[]) => records.map((r) => r.title);

  // What the test builds, to compare the drill-downs with.
  const documentIds: Record<string, number> = {};
  const requestPlans: Record<string, number> = {};
  const certificateIds: Record<string, number> = {};
  const disputePlans: Record<string, number> = {};
  const findingIds: Record<string, number> = {};
  let inspectionPlanId = 0;
  let supersededDrawId = 0;
  let draw: { id: number; targets: { targetName: string }[] };

  const createDocument = async (docNumber: string, publishedOn: string) => {
    const body = { docNumber, title: `${docNumber} 管理办法`, departmentId: b.dept.private, publishedOn, effectiveOn: publishedOn };
    documentIds[docNumber] = must(await legal.post('/documents').send(body), 201, `document ${docNumber}`).document.id;
  };
  const cleanup = async (docNumber: string, year: number, result: string) =>
    must(await legal.post(`/documents/${documentIds[docNumber]}/cleanup`).send({ year, result }), 201, `cleanup ${docNumber}`);

  const request = async (reference: string, requestedOn: string, kind: string | null) => {
    const office = await b.as(b.head.office);
    const body = must(
      await office.post('/plans/event').send({
        templateId: await templateId(t, 'legal-adviser-review'),
        reference,
        title: `审查${reference}`,
        anchors: { requestedOn },
      }),
      201,
      reference,
    );
    if (kind) must(await office.put(`/advisers/requests/${body.plan.id}`).send({ kind }), 200, `kind of ${reference}`);
    requestPlans[reference] = body.plan.id;
  };

  const certificate = async (certificateNo: string, holderName: string, issuedOn: string, expiresOn: string) => {
    const body = { holderName, departmentId: b.dept.private, certificateNo, category: '教育行政执法', issuedOn, expiresOn };
    certificateIds[certificateNo] = must(await legal.post('/certificates').send(body), 201, `certificate ${certificateNo}`).id;
  };

  const finding = async (description: string, foundOn: string) => {
    const body = {
      source: 'oversight',
      sourceRef: '县法治政府建设督察反馈',
      foundOn,
      description,
      departmentId: b.dept.private,
      measures: '逐项整改',
      deadlineOn: '2026-12-31',
    };
    const created = must(await (await b.as(b.staff.legal)).post('/findings').send(body), 201, `finding ${description}`).finding;
    findingIds[description] = created.id;
    return created as { id: number; taskId: number };
  };

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    legal = await b.as(b.head.legal);

    // Certificates: 3 valid on 2026-07-01; one expired the day before, one revoked.
    await certificate('ZF-2026-01', '执法员甲', '2024-03-01', '2029-02-28');
    await certificate('ZF-2026-02', '执法员乙', '2024-03-01', '2029-02-28');
    await certificate('ZF-2026-03', '执法员丙', '2026-02-01', '2031-01-31');
    await certificate('ZF-2026-04', '执法员丁', '2021-07-01', '2026-06-30');
    await certificate('ZF-2026-05', '执法员戊', '2026-01-10', '2030-12-31');
    must(await legal.post(`/certificates/${certificateIds['ZF-2026-05']}/status`).send({ status: 'revoked', reason: '调离执法岗位' }), 200, 'revoke');

    // 双随机: five schools in the directory, one item.
    for (const name of ['城关一小', '城关二小', '南街小学', '东关小学', '西关小学'])
      must(await legal.post('/inspections/targets').send({ name, category: 'school', area: '城关镇', riskLevel: 'medium' }), 201, name);
    const item = must(
      await legal
        .post('/inspections/items')
        .send({ title: '中小学校办学行为检查', legalBasis: '《中华人民共和国教育法》', category: 'school', method: '现场检查' }),
      201,
      'item',
    );

    // The year before (2025): entries that must not count in 2026.
    pin(LAST_YEAR_DAY);
    await createDocument('某教规〔2025〕9号', '2025-01-15');
    await cleanup('某教规〔2025〕9号', 2025, 'continue');
    await request('法审〔2025〕9号', '2025-11-03', 'contract');
    const lastYearInspection = (await createEventPlan(legal, t, 'random-inspection', '抽查〔2025〕9号', { plannedOn: LAST_YEAR_DAY })).planId;
    const lastYearDraw = must(
      await legal.post('/inspections/draws').send({ planId: lastYearInspection, itemId: item.id, targetCount: 2, seedText: '2025年抽查会' }),
      201,
      'draw 2025',
    );
    must(
      await legal.put(`/inspections/draws/${lastYearDraw.id}/targets/0/outcome`).send({ outcome: 'rectify', note: '2025年问题', outcomeOn: LAST_YEAR_DAY }),
      200,
      'outcome 2025',
    );
    disputePlans['复议〔2025〕9号'] = (await createEventPlan(legal, t, 'reconsideration-reply', '复议〔2025〕9号', { copyReceivedOn: '2025-11-03' })).planId;
    await finding('2025年发现的问题', '2025-11-05');

    pin(TODAY);
    // 规范性文件: three in force on the clean-up day (2026-10-31), two with an opinion for 2026.
    await createDocument('某教规〔2025〕1号', '2025-03-01');
    await createDocument('某教规〔2025〕2号', '2025-04-01');
    await createDocument('某教规〔2025〕3号', '2025-05-01');
    await cleanup('某教规〔2025〕1号', 2026, 'continue');
    await cleanup('某教规〔2025〕3号', 2026, 'repeal');
    // A fourth with a repeal opinion, then repealed in June: no longer in force on 2026-10-31, still cleaned up.
    await createDocument('某教规〔2025〕4号', '2025-06-01');
    await cleanup('某教规〔2025〕4号', 2026, 'repeal');
    must(
      await legal.post(`/documents/${documentIds['某教规〔2025〕4号']}/status`).send({ status: 'repealed', on: '2026-06-20', reason: '根据清理意见废止' }),
      201,
      'repeal',
    );

    // 法律顾问: 2 contracts, 1 decision, 1 without a kind (other), 1 petition cancelled.
    await request('法审〔2026〕1号', '2026-03-02', 'contract');
    await request('法审〔2026〕2号', '2026-04-01', 'contract');
    await request('法审〔2026〕3号', '2026-05-06', 'decision');
    await request('法审〔2026〕4号', '2026-06-01', null);
    await request('法审〔2026〕5号', '2026-06-02', 'petition');
    must(await b.admin.post(`/plans/${requestPlans['法审〔2026〕5号']}/cancel`).send({ reason: '提请股室撤回' }), 200, 'cancel request');

    // 双随机: a draw of 4 targets, re-drawn once (the first is superseded); outcomes for 3, problems at 2.
    inspectionPlanId = (await createEventPlan(legal, t, 'random-inspection', '抽查〔2026〕1号', { plannedOn: TODAY })).planId;
    const first = must(
      await legal.post('/inspections/draws').send({ planId: inspectionPlanId, itemId: item.id, targetCount: 4, seedText: '2026年抽查会 骰子 1-2-3' }),
      201,
      'draw',
    );
    supersededDrawId = first.id;
    draw = must(
      await legal.post(`/inspections/draws/${first.id}/redraw`).send({
        planId: inspectionPlanId,
        itemId: item.id,
        targetCount: 4,
        seedText: '2026年抽查会 骰子 4-5-6',
        reason: '监督人员未到场',
      }),
      201,
      'redraw',
    );
    for (const [position, outcome] of [
      [0, 'clear'],
      [1, 'rectify'],
      [2, 'case'],
    ] as const)
      must(
        await legal.put(`/inspections/draws/${draw.id}/targets/${position}/outcome`).send({ outcome, note: '检查记录', outcomeOn: TODAY }),
        200,
        `outcome ${position}`,
      );

    // 复议 and 诉讼 cases of 2026.
    disputePlans['复议〔2026〕1号'] = (await createEventPlan(legal, t, 'reconsideration-reply', '复议〔2026〕1号', { copyReceivedOn: '2026-03-10' })).planId;
    disputePlans['行诉〔2026〕1号'] = (await createEventPlan(legal, t, 'litigation-response', '行诉〔2026〕1号', { complaintReceivedOn: '2026-04-13' })).planId;
    disputePlans['行诉〔2026〕2号'] = (await createEventPlan(legal, t, 'litigation-response', '行诉〔2026〕2号', { complaintReceivedOn: '2026-05-18' })).planId;
    // A case withdrawn (撤销) is not one the bureau handled.
    const withdrawn = (await createEventPlan(legal, t, 'litigation-response', '行诉〔2026〕3号', { complaintReceivedOn: '2026-05-20' })).planId;
    must(await b.admin.post(`/plans/${withdrawn}/cancel`).send({ reason: '原告撤诉前误登记' }), 200, 'cancel litigation');

    // 整改台账: three findings of 2026, one rectified and closed.
    const closed = await finding('行政处罚案卷未载明执法证号', '2026-03-05');
    await finding('执法全过程记录不完整', '2026-04-08');
    await finding('行政许可公示不及时', '2026-05-12');
    const owner = await b.as(b.head.private);
    must(
      await owner
        .post(`/tasks/${closed.taskId}/evidence`)
        .attach('files', minimalPdf('整改报告'), { filename: '整改报告.pdf', contentType: 'application/pdf' }),
      201,
      'evidence',
    );
    must(await owner.post(`/findings/${closed.id}/report`).send({ note: '已逐卷补正' }), 201, 'report');
    must(await legal.post(`/findings/${closed.id}/close`).send({ note: '整改到位' }), 201, 'close');
  }, 180_000);
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('规范性文件: counts the documents with a clean-up opinion for the year, not those without, and keeps one repealed after its opinion', async () => {
    expect((await figuresOf(2026, 'normative-documents'))['cleaned-up']).toBe(3);
    const records = await drill(2026, 'normative-documents.cleaned-up');
    expect(records.map((r) => [r.kind, r.reference, r.link])).toEqual([
      ['entry', '某教规〔2025〕1号', `/registers/documents/${documentIds['某教规〔2025〕1号']}`],
      ['entry', '某教规〔2025〕3号', `/registers/documents/${documentIds['某教规〔2025〕3号']}`],
      ['entry', '某教规〔2025〕4号', `/registers/documents/${documentIds['某教规〔2025〕4号']}`],
    ]);
  });

  it('法律顾问: counts the review requests per kind, a request without a kind as other, a cancelled one not at all', async () => {
    const f = await figuresOf(2026, 'legal-advisers');
    expect([f['reviews-contract'], f['reviews-decision'], f['reviews-normative'], f['reviews-litigation'], f['reviews-petition'], f['reviews-other']]).toEqual([
      2, 1, 0, 0, 0, 1,
    ]);
    const contract = await drill(2026, 'legal-advisers.reviews-contract');
    expect(contract.map((r) => [r.kind, r.reference, r.caseId, r.link]).sort()).toEqual(
      ['法审〔2026〕1号', '法审〔2026〕2号'].map((ref) => ['entry', ref, requestPlans[ref], `/cases/${requestPlans[ref]}`]).sort(),
    );
    expect(references(await drill(2026, 'legal-advisers.reviews-decision'))).toEqual(['法审〔2026〕3号']);
    expect(references(await drill(2026, 'legal-advisers.reviews-other'))).toEqual(['法审〔2026〕4号']);
    expect(await drill(2026, 'legal-advisers.reviews-petition')).toEqual([]);
  });

  it('行政执法: counts the certificates valid on the earlier of today and the year end, not the expired or revoked', async () => {
    expect((await figuresOf(2026, 'enforcement-three-systems')).certificates).toBe(3);
    const records = await drill(2026, 'enforcement-three-systems.certificates');
    expect(records.map((r) => [r.kind, r.title, r.reference, r.link])).toEqual(
      ['ZF-2026-01', 'ZF-2026-02', 'ZF-2026-03'].map((no, i) => [
        'entry',
        ['执法员甲', '执法员乙', '执法员丙'][i],
        no,
        `/registers/certificates/${certificateIds[no]}`,
      ]),
    );
  });

  it('双随机: counts the targets of the draw in force, those with a result and those where a problem was found', async () => {
    const f = await figuresOf(2026, 'double-random-inspections');
    expect([f.targets, f.inspected, f.problems]).toEqual([4, 3, 2]);
    const names = draw.targets.map((x) => x.targetName);
    const targets = await drill(2026, 'double-random-inspections.targets');
    expect(titles(targets)).toEqual(names);
    for (const r of targets) expect([r.kind, r.caseId, r.link]).toEqual(['entry', inspectionPlanId, `/registers/inspections/draws/${draw.id}`]);
    expect(targets.some((r) => r.link.endsWith(`/${supersededDrawId}`))).toBe(false);
    const inspected = await drill(2026, 'double-random-inspections.inspected');
    expect(inspected.map((r) => [r.title, r.status, r.date])).toEqual([
      [names[0], '未发现问题', TODAY],
      [names[1], '责令整改', TODAY],
      [names[2], '立案查处', TODAY],
    ]);
    expect(titles(await drill(2026, 'double-random-inspections.problems'))).toEqual([names[1], names[2]]);
  });

  it('监督与化解: counts the 复议 and 诉讼 cases (not a withdrawn one), the findings recorded and those closed (销号)', async () => {
    const f = await figuresOf(2026, 'oversight-and-disputes');
    expect([f.reconsideration, f.litigation, f.findings, f['findings-closed']]).toEqual([1, 2, 3, 1]);
    expect((await drill(2026, 'oversight-and-disputes.reconsideration')).map((r) => [r.kind, r.reference, r.caseId])).toEqual([
      ['case', '复议〔2026〕1号', disputePlans['复议〔2026〕1号']],
    ]);
    expect(references(await drill(2026, 'oversight-and-disputes.litigation'))).toEqual(['行诉〔2026〕1号', '行诉〔2026〕2号']);
    const recorded = await drill(2026, 'oversight-and-disputes.findings');
    expect(recorded.map((r) => [r.kind, r.title, r.link]).sort()).toEqual(
      ['行政处罚案卷未载明执法证号', '执法全过程记录不完整', '行政许可公示不及时'].map((d) => ['entry', d, `/registers/findings/${findingIds[d]}`]).sort(),
    );
    const closed = await drill(2026, 'oversight-and-disputes.findings-closed');
    expect(closed.map((r) => [r.title, r.status])).toEqual([['行政处罚案卷未载明执法证号', '已销号']]);
  });

  it('does not count the entries of another year in 2026, and counts them in their own year', async () => {
    const all2026 = [
      ...(await drill(2026, 'normative-documents.cleaned-up')),
      ...(await drill(2026, 'legal-advisers.reviews-contract')),
      ...(await drill(2026, 'oversight-and-disputes.reconsideration')),
      ...(await drill(2026, 'oversight-and-disputes.findings')),
    ];
    expect(references(all2026).filter((r) => r?.includes('2025'))).toEqual(['某教规〔2025〕1号', '某教规〔2025〕3号', '某教规〔2025〕4号']);
    expect(titles(all2026)).not.toContain('2025年发现的问题');

    expect((await figuresOf(2025, 'normative-documents'))['cleaned-up']).toBe(1);
    expect(references(await drill(2025, 'normative-documents.cleaned-up'))).toEqual(['某教规〔2025〕9号']);
    const advisers = await figuresOf(2025, 'legal-advisers');
    expect([advisers['reviews-contract'], advisers['reviews-decision'], advisers['reviews-other']]).toEqual([1, 0, 0]);
    expect(references(await drill(2025, 'legal-advisers.reviews-contract'))).toEqual(['法审〔2025〕9号']);
    // Counted on 2025-12-31: the certificate that expired in June 2026 was still valid, those issued in 2026 were not yet.
    expect((await figuresOf(2025, 'enforcement-three-systems')).certificates).toBe(3);
    expect(references(await drill(2025, 'enforcement-three-systems.certificates'))).toEqual(['ZF-2026-01', 'ZF-2026-02', 'ZF-2026-04']);
    const inspections = await figuresOf(2025, 'double-random-inspections');
    expect([inspections.targets, inspections.inspected, inspections.problems]).toEqual([2, 1, 1]);
    const disputes = await figuresOf(2025, 'oversight-and-disputes');
    expect([disputes.reconsideration, disputes.litigation, disputes.findings, disputes['findings-closed']]).toEqual([1, 0, 1, 0]);
    expect(titles(await drill(2025, 'oversight-and-disputes.findings'))).toEqual(['2025年发现的问题']);
  });
});
