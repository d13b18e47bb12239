import { inflateRawSync } from 'node:zlib';
import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createAnnualPlan, createBureau, createEventPlan, leadTask, listAll, must, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/** The entries of a .zip (stored or deflated), by name, from its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(zip.toString('utf8', at + 46, at + 46 + nameLength), method === 8 ? inflateRawSync(data) : data);
    at += 46 + skip;
  }
  return entries;
}

interface Figure {
  key: string;
  label: string;
  value: number | null;
  total: number | null;
  unit: string;
  available: boolean;
  reason: string | null;
}

interface Report {
  year: number;
  workPoints: { key: string; name: string; figures: Figure[] }[];
  departments: { departmentId: number; departmentName: string; onTime: number; late: number; overdue: number; pending: number; onTimeRate: number | null }[];
}

/** Today in the scenario: Wednesday 2026-07-01, 10:00 in Asia/Shanghai. */
const TODAY = '2026-07-01';

/**
 * Issue 13 — the annual report's figures on a constructed year: activities, cases and completion
 * times are made by the test, so every figure has a known value; completion times are set to
 * either side of the end of a due day (Asia/Shanghai) to pin "on time".
 */
describe.each(DATABASES)('annual report (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let planId: number;
  const onTimeIds: number[] = [];
  const lateIds: number[] = [];

  const post = async (user: TestUser, path: string, body: object = {}) => (await b.as(user)).post(path).send(body);
  const complete = async (user: TestUser, taskId: number, at: string) => {
    // Completion is stamped (completed_at, done_on) by the Clock: pinned to the moment, then back.
    const clock = t.app.get(Clock);
    const today = clock.now();
    clock.pin(new Date(at));
    try {
      must(await post(user, `/tasks/${taskId}/complete`, { note: '已办结' }), 200, `complete ${taskId}`);
    } finally {
      clock.pin(today);
    }
  };
  const activities = async (user: TestUser, item: string, n: number, template = 'law-study-annual') => {
    const task = await leadTask(t, planId, template, item);
    for (let i = 1; i <= n; i++)
      must(await post(user, `/tasks/${task.id}/activities`, { occurredOn: `2026-0${i}-10`, title: `${item} 第${i}次` }), 201, `activity ${item}`);
    return task;
  };
  const report = async (): Promise<Report> => must(await b.admin.get('/reports/annual/2026'), 200, 'report');
  const figures = async (workPoint: string): Promise<Record<string, Figure>> => {
    const group = (await report()).workPoints.find((w) => w.key === workPoint)!;
    return Object.fromEntries(group.figures.map((f) => [f.key.slice(workPoint.length + 1), f]));
  };
  const drill = async (key: string) => must(await b.admin.get(`/reports/annual/2026/figures/${key}`), 200, `figure ${key}`);
  const studyTasks: Record<string, number> = {};
  const petitionHandles: number[] = [];
  let fairTaskId = 0;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    t.app.get(Clock).pin(new Date(`${TODAY}T02:00:00Z`));
    ({ planId } = await createAnnualPlan(t, 2026));
    studyTasks.leadership = (await activities(b.head.office, 'leadership-special-study', 3)).id;
    studyTasks.preMeeting = (await activities(b.staff.office, 'pre-meeting-study', 2)).id;
    await activities(b.head.office, 'constitution-study', 1);
    await activities(b.head.personnel, 'staff-law-exam', 1);
    await activities(b.head.office, 'party-group-reports', 2, 'organisation-leadership-annual');

    const legal = await b.as(b.head.legal);
    const doc1 = await createEventPlan(legal, t, 'normative-document', '某教规〔2026〕1号', { draftedOn: '2026-03-02' });
    await createEventPlan(legal, t, 'normative-document', '某教规〔2026〕2号', { draftedOn: '2026-05-11' });
    const fair = await leadTask(t, doc1.planId, 'normative-document', 'fair-competition-review');
    fairTaskId = fair.id;
    await complete(b.head.legal, fair.id, '2026-03-20T02:00:00Z');
    onTimeIds.push(fair.id);

    // Three petitions accepted on 2026-05-06: handling is due 60 days later, on 2026-07-05, a Sunday, so the next working day 2026-07-06.
    for (const n of [1, 2, 3]) {
      const { planId: p } = await createEventPlan(await b.as(b.head.office), t, 'petition', `信访〔2026〕${n}号`, {
        receivedOn: '2026-05-04',
        acceptedOn: '2026-05-06',
      });
      const notice = await leadTask(t, p, 'petition', 'written-notice');
      const handle = await leadTask(t, p, 'petition', 'handle');
      expect(handle.dueOn).toBe('2026-07-06');
      petitionHandles.push(handle.id);
      if (n === 3) continue;
      await complete(b.head.office, notice.id, '2026-05-07T01:00:00Z');
      onTimeIds.push(notice.id);
      // 23:59 and 00:01 in Asia/Shanghai either side of the end of the due day.
      await complete(b.head.office, handle.id, n === 1 ? '2026-07-06T15:59:00Z' : '2026-07-06T16:01:00Z');
      (n === 1 ? onTimeIds : lateIds).push(handle.id);
    }

    await createEventPlan(legal, t, 'major-decision', '决策〔2026〕1号', { initiatedOn: '2026-04-01', meetingPlannedOn: '2026-06-15' });
    await createEventPlan(legal, t, 'legal-adviser-review', '审查〔2026〕1号', { requestedOn: '2026-04-01' });
    await createEventPlan(legal, t, 'legal-adviser-review', '审查〔2026〕2号', { requestedOn: '2026-04-08' });
    const priv = await b.as(b.head.private);
    await createEventPlan(priv, t, 'enforcement-case', '处罚〔2026〕1号', { filedOn: '2026-03-02' });
    await createEventPlan(legal, t, 'random-inspection', '抽查〔2026〕1号', { plannedOn: '2026-04-01' });
  }, 120_000);
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  it('学法用法: study sessions, meetings and exams counted from the activities logged', async () => {
    const f = await figures('law-study');
    expect(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [v.value, v.unit]]))).toEqual({
      'leadership-study': [3, '次'],
      'pre-meeting-study': [2, '次'],
      'constitution-study': [1, '次'],
      'court-hearing': [0, '次'],
      'law-exams': [1, '场'],
      'exam-participation': [null, '%'],
    });
    const records = await drill('law-study.leadership-study');
    expect(records.records).toEqual(
      [1, 2, 3].map((i) =>
        expect.objectContaining({
          kind: 'activity',
          taskId: studyTasks.leadership,
          title: `leadership-special-study 第${i}次`,
          departmentId: b.dept.office,
          departmentName: '局办公室',
          date: `2026-0${i}-10`,
        }),
      ),
    );
  });

  it('组织领导: party-group hearings on rule-of-law work', async () => {
    expect((await figures('organisation-leadership'))['party-group-reports']).toEqual(
      expect.objectContaining({ value: 2, available: true, label: '党组会听取法治建设工作汇报' }),
    );
    expect((await drill('organisation-leadership.party-group-reports')).records).toHaveLength(2);
  });

  it('规范性文件: documents of the year, reviews done and filings on time', async () => {
    const f = await figures('normative-documents');
    expect(f.documents).toEqual(expect.objectContaining({ value: 2, unit: '件', available: true }));
    expect(f['fair-competition']).toEqual(expect.objectContaining({ value: 1, total: 2 }));
    expect(f['legality-reviewed']).toEqual(expect.objectContaining({ value: 0, total: 2 }));
    // No filing task before a publication date is known.
    expect(f.filed).toEqual(expect.objectContaining({ value: 0, total: 0 }));
    const docs = await drill('normative-documents.documents');
    expect(docs.records.map((r: { reference: string; date: string; kind: string }) => [r.kind, r.reference, r.date])).toEqual([
      ['case', '某教规〔2026〕1号', '2026-03-02'],
      ['case', '某教规〔2026〕2号', '2026-05-11'],
    ]);
    expect((await drill('normative-documents.fair-competition')).records).toEqual([
      expect.objectContaining({ kind: 'task', taskId: fairTaskId, departmentName: '政策法规股', status: 'done' }),
    ]);
  });

  it('监督与化解: petitions handled within their limit, judged at the end of the due day in Asia/Shanghai', async () => {
    const f = await figures('oversight-and-disputes');
    expect(f.petitions.value).toBe(3);
    expect(f['petitions-on-time']).toEqual(expect.objectContaining({ value: 1, total: 3 }));
    expect((await drill('oversight-and-disputes.petitions-on-time')).records.map((r: { taskId: number }) => r.taskId)).toEqual([petitionHandles[0]]);
  });

  it('重大行政决策, 法律顾问, 行政执法, 双随机: the cases of the year per kind', async () => {
    const r = await report();
    const value = (wp: string, name: string) => r.workPoints.find((w) => w.key === wp)!.figures.find((f) => f.key === `${wp}.${name}`)!.value;
    expect([
      value('major-decisions', 'decisions'),
      value('major-decisions', 'legality-reviewed'),
      value('legal-advisers', 'reviews'),
      value('enforcement-three-systems', 'penalty-cases'),
      value('enforcement-three-systems', 'permits'),
      value('double-random-inspections', 'inspections'),
    ]).toEqual([1, 0, 2, 1, 0, 1]);
    expect((await drill('legal-advisers.reviews')).records.map((c: { title: string }) => c.title)).toEqual([
      '审查〔2026〕1号 测试事项',
      '审查〔2026〕2号 测试事项',
    ]);
  });

  it('says which figures need a register that does not exist yet, with no number', async () => {
    const unavailable = (await report()).workPoints.flatMap((w) => w.figures).filter((f) => !f.available);
    expect(unavailable.map((f) => [f.key, f.value, f.reason])).toEqual([['law-study.exam-participation', null, '需要学法考试参考人员登记（尚未建立）']]);
    expect(await drill('law-study.exam-participation')).toEqual(
      expect.objectContaining({ available: false, reason: '需要学法考试参考人员登记（尚未建立）', records: [] }),
    );
  });

  it('on-time completion per department: done by the due day, done late, open past due, not yet due', async () => {
    const tasks = await listAll(b.admin, { year: 2026, departmentId: b.dept.office });
    const office = (await report()).departments.find((d) => d.departmentId === b.dept.office)!;
    const overdue = tasks.filter((x) => x.status !== 'done' && x.dueOn !== null && x.dueOn < TODAY).length;
    const officeOnTime = onTimeIds.filter((id) => tasks.some((x) => x.id === id)).length;
    expect(office).toEqual({
      departmentId: b.dept.office,
      departmentName: '局办公室',
      onTime: officeOnTime,
      late: 1,
      overdue,
      pending: tasks.length - officeOnTime - 1 - overdue,
      onTimeRate: Math.round((officeOnTime / (officeOnTime + 1 + overdue)) * 1000) / 1000,
    });
    expect(overdue).toBeGreaterThan(0);
    expect((await drill(`on-time.${b.dept.office}.late`)).records.map((r: { taskId: number }) => r.taskId)).toEqual(lateIds);
    const onTime = (await drill(`on-time.${b.dept.office}.onTime`)).records.map((r: { taskId: number }) => r.taskId);
    expect(onTime.sort()).toEqual(onTimeIds.filter((id) => tasks.some((x) => x.id === id)).sort());
    expect((await drill(`on-time.${b.dept.office}.overdue`)).records).toHaveLength(overdue);
  });

  it('is for leaders, admins and 政策法规股 only; refuses a bad year or figure', async () => {
    for (const path of ['/reports/annual/2026', '/reports/annual/2026/figures/law-study.leadership-study', '/reports/annual/2026/draft.docx']) {
      expect(expectError(await (await b.as(b.head.office)).get(path), 403).message).toBe('年度报告仅限局领导、管理员和政策法规股查看');
      expectError(await (await b.as(b.staff.safety)).get(path), 403);
    }
    must(await (await b.as(b.staff.legal)).get('/reports/annual/2026'), 200, 'legal staff');
    must(await (await b.as(b.leader)).get('/reports/annual/2026'), 200, 'leader');
    expect(expectError(await b.admin.get('/reports/annual/1999'), 400).message).toBe('年度应在2000年至2100年之间');
    expectError(await b.admin.get('/reports/annual/2026/figures/law-study.nothing'), 404);
    expectError(await b.admin.get('/reports/annual/2026/figures/on-time.999999.late'), 404);
  });

  it('writes the Word draft: five parts in order, the figures, the placeholders, A4 and the official fonts', async () => {
    const res = await (
      await b.as(b.head.legal)
    )
      .get('/reports/annual/2026/draft.docx')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('.docx');
    const xml = unzip(res.body as Buffer)
      .get('word/document.xml')!
      .toString('utf8');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    const headings = [
      '一、主要举措和成效',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的不足和原因',
      '四、下一年度工作打算',
      '五、其他需要报告的情况',
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(text).toContain('2026年度法治政府建设情况报告');
    for (const sentence of [
      '全年共组织集体学法3次',
      '党组会会前学法2次',
      '全年制定行政规范性文件2件',
      '全年受理信访事项3件，按期办结1件',
      '法律顾问全年出具审查意见2件',
    ])
      expect(text).toContain(sentence);
    expect(text).toContain('（一）组织领导');
    expect(text).toContain('1. ');
    expect(text).toContain('【请填写：存在的不足和原因】');
    expect(text).toContain('【请填写：学法考试参考率（系统尚无相应台账，请人工统计）】');
    expect(text).toContain('法律顾问全年出具审查意见2件，其中审查合同0件，重大决策0件，规范性文件0件，诉讼复议0件，信访0件，其他事项2件');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37/35/28/26 mm (top/bottom/left/right) in twips.
    const margins = /<w:pgMar [^>]*>/.exec(xml)![0];
    for (const [side, twips] of Object.entries({ top: 2097, bottom: 1984, left: 1587, right: 1474 })) expect(margins).toContain(`w:${side}="${twips}"`);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
  });
});
