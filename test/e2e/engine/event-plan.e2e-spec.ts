import { DATABASES } from '../support/databases';
import {
  catalogueItem,
  catalogueTemplate,
  createBureau,
  festivalDays,
  createEventPlan,
  leadTask,
  listAll,
  must,
  ROLE_DEPT,
  tasksOfItem,
  templateId,
  type Bureau,
} from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — event plans: one case of an event template (here a penalty case, 行政处罚案件) with
 * its anchor dates. Deadlines count working days on the 2026 calendar (国庆 10-01…10-07, make-up
 * Saturday 10-10); items that depend on an optional anchor appear once it is set.
 */
const TPL = 'enforcement-case';

/** Tasks an item yields in the engine bureau: the lead plus each other supporting department. */
function taskCountOf(itemKey: string): number {
  const item = catalogueItem(TPL, itemKey);
  const supporters = new Set((item.support ?? []).map((r) => ROLE_DEPT[r]));
  supporters.delete(ROLE_DEPT[item.lead]);
  return 1 + supporters.size;
}

/** Items of the template that wait for `anchor` (optional anchor, whenAnchorSet). */
function waitingFor(anchor: string): string[] {
  return catalogueTemplate(TPL)
    .items.filter((i) => i.whenAnchorSet && i.schedule.kind === 'event' && i.schedule.anchor === anchor)
    .map((i) => i.key);
}

describe.each(DATABASES)('engine: event plans (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a department registers a penalty case; publicity is due 7 working days after the decision', async () => {
    const head = await b.as(b.head.private);
    const { planId, tasksCreated } = await createEventPlan(head, t, TPL, '某教罚〔2026〕1号', { filedOn: '2026-09-01', decidedOn: '2026-09-28' });
    // Decided Monday 09-28: 09-29, 09-30, (National Day 10-01…10-07), 10-08, 10-09, Sat 10-10 (make-up), 10-12, 10-13.
    const publicity = await leadTask(t, planId, TPL, 'publicity');
    expect(publicity).toEqual(expect.objectContaining({ dueOn: '2026-10-13', departmentId: b.dept.legal, status: 'open' }));
    expect((await leadTask(t, planId, TPL, 'service')).dueOn).toBe('2026-10-13');
    // Calendar days: 30 days after 09-28 is Wednesday 10-28; 60 days after filing is Saturday
    // 10-31, moved to Monday 11-02; the decision is due 90 days after filing (Monday 11-30).
    expect((await leadTask(t, planId, TPL, 'execution')).dueOn).toBe('2026-10-28');
    expect((await leadTask(t, planId, TPL, 'investigation')).dueOn).toBe('2026-11-02');
    expect((await leadTask(t, planId, TPL, 'decision')).dueOn).toBe('2026-11-30');
    expect((await leadTask(t, planId, TPL, 'filing')).dueOn).toBe('2026-09-01');

    // No revocation was given: withdrawal has no task. 法制审核 (the case was not declared non-重大)
    // exists from registration, undated until it is submitted.
    expect(await tasksOfItem(t, planId, TPL, 'withdrawal')).toEqual([]);
    expect(await tasksOfItem(t, planId, TPL, 'legal-review')).toEqual([expect.objectContaining({ dueOn: null, status: 'open' })]);
    const given = catalogueTemplate(TPL).items.filter(
      (i) => i.schedule.kind === 'event' && (['filedOn', 'decidedOn'].includes(i.schedule.anchor) || i.key === 'legal-review'),
    );
    expect(tasksCreated).toBe(given.reduce((n, i) => n + taskCountOf(i.key), 0));
    expect(await listAll(b.admin, { planId })).toHaveLength(tasksCreated);
  });

  it('creates the tasks of an optional anchor only when PATCH /plans/:id/anchors sets it', async () => {
    const staff = await b.as(b.staff.private);
    const { planId } = await createEventPlan(staff, t, TPL, '某教罚〔2026〕2号', { filedOn: '2026-09-01' });
    for (const key of waitingFor('decidedOn')) expect(await tasksOfItem(t, planId, TPL, key)).toEqual([]);
    const before = (await listAll(b.admin, { planId })).length;

    const set = await staff.patch(`/plans/${planId}/anchors`).send({ anchors: { decidedOn: '2026-09-28' } });
    const body = must(set, 200, 'set decidedOn');
    expect(body.plan.anchors).toEqual({ filedOn: '2026-09-01', decidedOn: '2026-09-28' });
    expect(waitingFor('decidedOn')).toEqual(expect.arrayContaining(['service', 'publicity', 'execution', 'archive']));
    expect(body.tasksCreated).toBe(waitingFor('decidedOn').reduce((n, k) => n + taskCountOf(k), 0));
    expect((await listAll(b.admin, { planId })).length).toBe(before + body.tasksCreated);
    const publicity = await leadTask(t, planId, TPL, 'publicity');
    expect(publicity.dueOn).toBe('2026-10-13');
    // The supporting department (民办教育与审批股, role private) gets its own task with the same date.
    const supporting = (await tasksOfItem(t, planId, TPL, 'publicity')).filter((x) => x.supporting);
    expect(supporting.map((x) => [x.departmentId, x.dueOn])).toEqual([[b.dept.private, '2026-10-13']]);

    // A revocation: the published decision is withdrawn within 3 working days (Tue 10-20 → Fri 10-23).
    const revoked = must(await staff.patch(`/plans/${planId}/anchors`).send({ anchors: { revokedOn: '2026-10-20' } }), 200, 'set revokedOn');
    expect(revoked.tasksCreated).toBe(taskCountOf('withdrawal'));
    expect((await leadTask(t, planId, TPL, 'withdrawal')).dueOn).toBe('2026-10-23');
    // Setting the same anchor again creates nothing new.
    expect(must(await staff.patch(`/plans/${planId}/anchors`).send({ anchors: { revokedOn: '2026-10-20' } }), 200, 'again').tasksCreated).toBe(0);
  });

  it('reschedules open tasks when an anchor is corrected, and records it in the history', async () => {
    const { planId } = await createEventPlan(b.admin, t, TPL, '某教罚〔2026〕3号', { filedOn: '2026-09-01', decidedOn: '2026-09-28' });
    const publicity = await leadTask(t, planId, TPL, 'publicity');
    must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { decidedOn: '2026-09-29' }, reason: '决定书日期录入有误' }), 200, 'correct');
    // 09-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14.
    expect((await leadTask(t, planId, TPL, 'publicity')).dueOn).toBe('2026-10-14');
    const detail = must(await b.admin.get(`/tasks/${publicity.id}`), 200, 'detail');
    expect(detail.history).toContainEqual(expect.objectContaining({ action: 'schedule', note: expect.stringMatching(/2026-10-14.*决定书日期录入有误/) }));
  });

  it('refuses a case without a required anchor, naming it (400)', async () => {
    const res = await b.admin
      .post('/plans/event')
      .send({ templateId: await templateId(t, TPL), reference: 'X-1', title: '缺少立案日期', anchors: { decidedOn: '2026-09-28' } });
    expectFieldError(res, 'anchors.filedOn', /立案日期/);
  });

  it('refuses an unknown anchor key and an impossible date (400), on creation and on update', async () => {
    const tpl = await templateId(t, TPL);
    expectFieldError(
      await b.admin
        .post('/plans/event')
        .send({ templateId: tpl, reference: 'X-2', title: '未知日期', anchors: { filedOn: '2026-09-01', meetingOn: '2026-09-02' } }),
      'anchors.meetingOn',
    );
    expectFieldError(
      await b.admin.post('/plans/event').send({ templateId: tpl, reference: 'X-3', title: '无效日期', anchors: { filedOn: '2026-02-30' } }),
      'anchors.filedOn',
    );
    const { planId } = await createEventPlan(b.admin, t, TPL, 'X-4', { filedOn: '2026-09-01' });
    expectFieldError(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-09-02' } }), 'anchors.publishedOn');
    expect(must(await b.admin.get('/plans?kind=event&q=X-'), 200, 'plans').items.map((p: { reference: string }) => p.reference)).toEqual(['X-4']);
  });

  it('refuses the same reference twice for one template (409)', async () => {
    await createEventPlan(b.admin, t, TPL, '某教罚〔2026〕9号', { filedOn: '2026-09-01' });
    const again = await b.admin
      .post('/plans/event')
      .send({ templateId: await templateId(t, TPL), reference: '某教罚〔2026〕9号', title: '重复', anchors: { filedOn: '2026-09-02' } });
    expect(expectError(again, 409).message).toContain('某教罚〔2026〕9号');
  });

  it('refuses an annual template as an event template (400)', async () => {
    const annual = await templateId(t, 'law-education-annual');
    expectError(await b.admin.post('/plans/event').send({ templateId: annual, reference: 'Y-1', title: '年度模板', anchors: {} }), 400);
  });

  it('leaves deadlines in a year without holiday data undated, saying why, until the year is loaded', async () => {
    const { planId } = await createEventPlan(b.admin, t, TPL, 'Z-1', { filedOn: '2027-06-01' });
    // 立案 is the filing day itself (no calendar needed); 60 and 90 days later need 2027's holidays.
    expect((await leadTask(t, planId, TPL, 'filing')).dueOn).toBe('2027-06-01');
    const investigation = await leadTask(t, planId, TPL, 'investigation');
    expect(investigation.dueOn).toBeNull();
    expect(must(await b.admin.get(`/tasks/${investigation.id}`), 200, 'detail').task.dueNote).toContain('2027');

    // A fictional 2027 arrangement (with each festival's own day): 06-01 + 60 days is Saturday 07-31 → Monday 08-02; + 90 days is Monday 08-30.
    const daysOff = [
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
      '2027-10-06',
      '2027-10-07',
      ...festivalDays(2027),
    ];
    must(await b.admin.put('/calendar/years/2027').send({ year: 2027, daysOff, makeUpWorkdays: ['2027-10-09'] }), 200, 'load 2027');
    let dated: string | null = null;
    for (let i = 0; i < 40 && dated === null; i++) {
      dated = (await leadTask(t, planId, TPL, 'investigation')).dueOn;
      if (dated === null) await new Promise((r) => setTimeout(r, 50));
    }
    expect(dated).toBe('2027-08-02');
    expect((await leadTask(t, planId, TPL, 'decision')).dueOn).toBe('2027-08-30');
    expect(must(await b.admin.get(`/tasks/${investigation.id}`), 200, 'detail').task.dueNote).toBe('');
  });
});
