import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnforcementCertificate } from '../../../src/certificates/certificate.entity';
import { Clock } from '../../../src/common/clock';
import { verifyDraw } from '../../../src/inspections/draw-algorithm';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, type Bureau } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { createUser } from '../support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';
import { dataRows, downloadXlsx, headersOf, xlsxFile } from '../support/xlsx';

const TODAY = '2026-09-29';
const HEADERS = ['名称', '类别', '乡镇/街道', '风险等级', '监管股室'];

const upload = async (client: AuthedClient, rows: string[][]) =>
  client.post('/inspections/targets/import').attach('file', await xlsxFile(HEADERS, rows), 'targets.xlsx');

/** Issue 12 point 3 — 双随机一公开: directory import, items, 回避, the verifiable draw, re-draw, results, plan and coverage. */
describe.each(DATABASES)('registers: 双随机一公开 (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let legal: AuthedClient;
  let planId: number;
  let itemId: number;
  let first: { id: number; targets: { targetId: number; targetName: string; inspectors: { certificateId: number }[] }[] };
  const certs: Record<string, number> = {};

  beforeAll(async () => {
    t = await bootTestApp({ db });
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    b = await createBureau(t);
    legal = await b.as(b.head.legal);
    const repo = t.dataSource.getRepository(EnforcementCertificate);
    const holders: [string, number, number | null, string][] = [
      ['法规甲', b.dept.legal, b.head.legal.id, '2028-12-31'],
      ['法规乙', b.dept.legal, b.staff.legal.id, '2028-12-31'],
      ['民办甲', b.dept.private, b.head.private.id, '2028-12-31'],
      ['民办乙', b.dept.private, null, '2028-12-31'],
      ['教育甲', b.dept.education, b.head.education.id, '2028-12-31'],
      ['教育乙', b.dept.education, null, '2028-12-31'],
      ['过期丙', b.dept.safety, null, '2026-06-30'],
    ];
    for (const [name, departmentId, holderUserId, expiresOn] of holders) {
      const saved = await repo.save(
        repo.create({
          certificateNo: `ZF-${name}`,
          holderName: name,
          holderUserId,
          departmentId,
          category: '教育',
          issuedOn: '2024-01-01',
          expiresOn,
          status: 'valid',
          notes: '',
        }),
      );
      certs[name] = saved.id;
    }
    planId = (await createEventPlan(legal, t, 'random-inspection', '双随机〔2026〕2号', { plannedOn: TODAY })).planId;
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('imports targets all-or-nothing, naming row and column of each error', async () => {
    const bad = await upload(legal, [
      ['城关一小', '小学', '城关镇', '低', '教育股'],
      ['城关二小', '中小学校', '城关镇', '极高', '无此股室'],
      ['', '幼儿园', '', '', ''],
    ]);
    expectFieldError(bad, '第2行「类别」', /中小学校/);
    expectFieldError(bad, '第3行「风险等级」');
    expectFieldError(bad, '第3行「监管股室」', /无此股室/);
    expectFieldError(bad, '第4行「名称」');
    expect(must(await legal.get('/inspections/targets'), 200, 'list').total).toBe(0);

    const rows = ['城关一小', '城关二小', '南街小学', '东关小学', '西关小学', '北山小学'].map((name, i) => [
      name,
      '中小学校',
      i < 3 ? '城关镇' : '北山乡',
      i % 2 ? '中' : '高',
      '教育股',
    ]);
    expect(must(await upload(legal, [...rows, ['阳光幼儿园', '幼儿园', '城关镇', '低', '']]), 201, 'import')).toEqual({ created: 7 });
    const page = must(await legal.get('/inspections/targets?category=school&q=城关&sort=-riskLevel'), 200, 'search');
    expect(page.items.map((x: { name: string }) => x.name).sort()).toEqual(['南街小学', '城关一小', '城关二小'].sort());
    expect(page.items.find((x: { name: string }) => x.name === '城关一小')).toMatchObject({
      categoryLabel: '中小学校',
      riskLabel: '高',
      supervisingDepartmentName: '教育股',
      active: true,
    });
  });

  it('exports the directory as a workbook that reads back', async () => {
    const { workbook } = await downloadXlsx(legal, '/inspections/targets/export.xlsx?category=school');
    const sheet = workbook.getWorksheet('检查对象名录库')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['编号', '名称', '类别', '乡镇/街道', '风险等级']);
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(2).getCell(6).value).toBe('教育股');
  });

  it('lets only 政策法规股, 民办教育股 and admins edit; the bureau reads; advisers see nothing', async () => {
    const target = { name: '育才培训中心', category: 'training', area: '城关镇', riskLevel: 'medium' };
    expectError(await (await b.as(b.head.safety)).post('/inspections/targets').send(target), 403);
    const created = must(await (await b.as(b.staff.private)).post('/inspections/targets').send(target), 201, 'private staff creates');
    const edited = must(await legal.patch(`/inspections/targets/${created.id}`).send({ riskLevel: 'high', active: false }), 200, 'edit');
    expect(edited).toMatchObject({ riskLabel: '高', active: false });
    expect(must(await (await b.as(b.staff.school1)).get('/inspections/targets?active=false'), 200, 'school reads').items).toHaveLength(1);
    const adviser = await createUser(t, { login: 'guwen-insp', name: '赵律师', role: 'adviser', departmentId: b.dept.legal });
    expectError(await t.as(await t.login(adviser.login, adviser.password)).get('/inspections/targets'), 403);
    expectFieldError(await legal.post('/inspections/targets').send({ ...target, category: 'zoo' }), 'category');
  });

  it('keeps the item list with the default ratio from the settings', async () => {
    const item = must(
      await legal
        .post('/inspections/items')
        .send({ title: '中小学校办学行为检查', legalBasis: '《中华人民共和国教育法》', category: 'school', method: '现场检查' }),
      201,
      'item',
    );
    expect(item.ratioPercent).toBe(5);
    itemId = item.id;
    expect(must(await legal.patch(`/inspections/items/${itemId}`).send({ ratioPercent: 50 }), 200, 'ratio').ratioPercent).toBe(50);
    expectError(await (await b.as(b.head.education)).patch(`/inspections/items/${itemId}`).send({ ratioPercent: 1 }), 403);
  });

  it('draws by ratio with two inspectors per target, respecting 回避 and the supervising department', async () => {
    const pool = must(await (await b.as(b.staff.school2)).get('/inspections/inspectors'), 200, 'inspector pool');
    expect(pool.map((i: { holderName: string }) => i.holderName)).toEqual(['法规甲', '法规乙', '民办甲', '民办乙', '教育甲', '教育乙']);
    expect(pool[0]).toMatchObject({ certificateNo: 'ZF-法规甲', departmentName: '政策法规股', expiresOn: '2028-12-31' });
    const targets = must(await legal.get('/inspections/targets?category=school&pageSize=50'), 200, 'targets').items as { id: number }[];
    for (const target of targets) {
      must(await legal.post('/inspections/conflicts').send({ targetId: target.id, certificateId: certs['法规甲'], reason: '曾在该校任职' }), 201, 'conflict');
    }
    expectError(await legal.post('/inspections/conflicts').send({ targetId: targets[0].id, reason: '未指明人员' }), 400);
    first = must(await legal.post('/inspections/draws').send({ planId, itemId, seedText: '2026年第二次抽查会 骰子 3-5-1' }), 201, 'draw');
    expect(first).toMatchObject({ targetCount: 3, eligibleTargets: 6, eligibleInspectors: 6, countMode: 'ratio', ratioPercent: 50 });
    expect(new Set(first.targets.map((x) => x.targetId)).size).toBe(3);
    const allowed = [certs['法规乙'], certs['民办甲'], certs['民办乙']].sort();
    for (const target of first.targets) {
      const ids = target.inspectors.map((i) => i.certificateId);
      expect(new Set(ids).size).toBe(2);
      ids.forEach((id) => expect(allowed).toContain(id));
    }
    expectError(await legal.post('/inspections/draws').send({ planId, itemId, seedText: '再抽一次试试' }), 409);
    // The case's 随机抽取检查对象 step is ticked off through the engine; matching inspectors is recorded per person by its department.
    expect((await leadTask(t, planId, 'random-inspection', 'draw-targets')).status).toBe('done');
    expect((await leadTask(t, planId, 'random-inspection', 'draw-inspectors')).status).toBe('open');
  });

  it('verifies the draw, and the exported JSON is checked offline by the script', async () => {
    expect(must(await (await b.as(b.leader)).get(`/inspections/draws/${first.id}/verify`), 200, 'verify')).toEqual({ matches: true, problems: [] });
    const exported = must(await legal.get(`/inspections/draws/${first.id}/export.json`), 200, 'export');
    expect(verifyDraw(exported).matches).toBe(true);
    if (db !== 'sqlite') return; // the script does not depend on the database: once is enough
    const dir = mkdtempSync(join(tmpdir(), 'draw-'));
    try {
      writeFileSync(join(dir, 'ok.json'), JSON.stringify(exported));
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...exported, seedText: '会后改过的种子' }));
      const run = (f: string) => spawnSync('node', ['-r', 'ts-node/register/transpile-only', 'scripts/verify-draw.ts', join(dir, f)], { encoding: 'utf8' });
      expect(run('ok.json')).toMatchObject({ status: 0, stdout: expect.stringContaining('通过') });
      expect(run('bad.json')).toMatchObject({ status: 1, stdout: expect.stringContaining('随机种子') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-draws only with a reason, keeps the earlier draw superseded and audits both; tampering is detected', async () => {
    expectFieldError(await legal.post(`/inspections/draws/${first.id}/redraw`).send({ planId, itemId, seedText: '第二次会议' }), 'reason');
    const second = must(
      await legal.post(`/inspections/draws/${first.id}/redraw`).send({ planId, itemId, seedText: '第二次会议 骰子 6-2-4', reason: '抽取会议监督人员未到场' }),
      201,
      'redraw',
    );
    expect(second).toMatchObject({ redrawReason: '抽取会议监督人员未到场', supersededById: null });
    const history = must(await legal.get(`/inspections/draws?planId=${planId}`), 200, 'history');
    expect(history.map((d: { id: number; supersededById: number | null }) => [d.id, d.supersededById])).toEqual([
      [second.id, null],
      [first.id, second.id],
    ]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE action LIKE 'inspection.%' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['inspection.drawn', 'inspection.redrawn']);
    expectError(await legal.post(`/inspections/draws/${first.id}/redraw`).send({ planId, itemId, seedText: '第三次抽取会议', reason: '再来一次' }), 409);

    await expect(t.dataSource.query(`DELETE FROM inspection_draws WHERE id = ${first.id}`)).rejects.toThrow(/append-only/);
    await t.dataSource.query(`UPDATE inspection_draws SET inspectors_snapshot = REPLACE(inspectors_snapshot, '民办乙', '民办丁') WHERE id = ${first.id}`);
    const tampered = must(await legal.get(`/inspections/draws/${first.id}/verify`), 200, 'tampered');
    expect(tampered).toEqual({ matches: false, problems: ['检查人员名录快照的 SHA-256 与记录不符'] });
    expect(must(await legal.get(`/inspections/draws/${second.id}/verify`), 200, 'second').matches).toBe(true);
    first = second;
  });

  it('refuses a draw where a target has fewer eligible inspectors than asked, naming it', async () => {
    const other = (await createEventPlan(legal, t, 'random-inspection', '双随机〔2026〕3号', { plannedOn: TODAY })).planId;
    const res = await legal.post('/inspections/draws').send({ planId: other, itemId, targetCount: 1, inspectorsPerTarget: 4, seedText: '人数不足的抽取' });
    expect(expectError(res, 422).message).toMatch(/^检查对象「[^」]+」可抽取的检查人员只有 3 名.*至少需要 4 名/);
    expect(must(await legal.get(`/inspections/draws?planId=${other}`), 200, 'none')).toEqual([]);
  });

  it('records results per target and the inspection end, which issues the publicity task', async () => {
    const outcome = { outcome: 'rectify', note: '消防通道堆放杂物', outcomeOn: '2026-10-12' };
    expectError(await (await b.as(b.head.safety)).put(`/inspections/draws/${first.id}/targets/0/outcome`).send(outcome), 403);
    expectFieldError(await legal.put(`/inspections/draws/${first.id}/targets/0/outcome`).send({ ...outcome, outcome: 'maybe' }), 'outcome');
    const view = must(await legal.put(`/inspections/draws/${first.id}/targets/0/outcome`).send(outcome), 200, 'outcome');
    expect(view.targets[0]).toMatchObject({ outcomeLabel: '责令整改', outcomeNote: '消防通道堆放杂物', outcomeOn: '2026-10-12' });
    const ended = must(await legal.put(`/inspections/draws/${first.id}/inspection-end`).send({ inspectionEndOn: '2026-10-15' }), 200, 'end');
    expect(ended.inspectionEndOn).toBe('2026-10-15');
    expect((await leadTask(t, planId, 'random-inspection', 'publish-results')).dueOn).toBe('2026-11-12');
  });

  it('exports the results ledger: one row per drawn target, the superseded draw marked, results filled in', async () => {
    const { workbook } = await downloadXlsx(legal, `/inspections/draws/export.xlsx?planId=${planId}`);
    const sheet = workbook.worksheets[0];
    expect(headersOf(sheet)).toEqual([
      '抽取编号',
      '抽取日期',
      '抽查事项',
      '抽查计划',
      '序号',
      '检查对象',
      '检查人员',
      '检查结果',
      '结果日期',
      '记录状态',
      '种子哈希',
    ]);
    const rows = dataRows(sheet).map((r) => ({ draw: r.getCell(1).value, target: r.getCell(6).value, result: r.getCell(8).value, state: r.getCell(10).value }));
    const history = must(await legal.get(`/inspections/draws?planId=${planId}`), 200, 'history') as { id: number; targetCount: number }[];
    expect(rows).toHaveLength(history.reduce((n, d) => n + d.targetCount, 0));
    expect(rows.filter((r) => r.draw === first.id).map((r) => r.target)).toEqual(first.targets.map((x) => x.targetName));
    expect(rows.find((r) => r.draw === first.id)).toMatchObject({ result: '责令整改', state: '有效' });
    expect(rows.filter((r) => r.draw !== first.id).every((r) => r.state === `已被第${first.id}号抽取替代`)).toBe(true);
    const adviser = await createUser(t, { login: 'guwen-ledger', name: '钱律师', role: 'adviser', departmentId: b.dept.legal });
    expectError(await t.as(await t.login(adviser.login, adviser.password)).get('/inspections/draws/export.xlsx'), 403);
  });

  it('shows the year plan and the targets not inspected within the coverage years', async () => {
    const plan = must(await legal.get('/inspections/plan/2026'), 200, 'plan');
    expect(plan).toMatchObject({ year: 2026, roundsPerYear: 2 });
    expect(plan.items).toEqual([expect.objectContaining({ id: itemId, drawsDone: 1, roundsPlanned: 2, targetsInCategory: 6, ratioPercent: 50 })]);
    const coverage = must(await (await b.as(b.staff.education)).get('/inspections/coverage'), 200, 'coverage');
    expect(coverage).toMatchObject({ years: 3, since: '2023-09-29' });
    const drawn = new Set(first.targets.map((x) => x.targetName));
    expect(coverage.notInspected.map((x: { name: string }) => x.name).filter((n: string) => drawn.has(n))).toEqual([]);
    expect(coverage.notInspected).toHaveLength(4); // 3 schools not drawn + the kindergarten
  });
});
