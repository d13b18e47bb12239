import { Clock } from '../../../src/common/clock';
import { DATABASES } from '../support/databases';
import { createBureau, createEventPlan, leadTask, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 §5 — minimum periods: 征求意见 lasts at least 30 days (completing earlier is refused,
 * naming the rule and the date it allows); a major decision's meeting must leave the legality
 * review 7 working days after public participation ends (dates that do not are refused).
 * 2026: 09-25…09-27 and 10-01…10-07 off, Saturday 10-10 worked.
 */
describe.each(DATABASES)('engine: minimum periods (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  const today = (date: string) => t.app.get(Clock).pin(new Date(`${date}T02:00:00Z`));

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    t?.app.get(Clock).pin(null);
    await t?.close();
  });

  const complete = async (user: TestUser, id: number) => (await b.as(user)).post(`/tasks/${id}/complete`).send({ note: '已办结' });
  const registerDecision = async (reference: string, anchors: Record<string, string>) =>
    (await b.as(b.head.legal))
      .post('/plans/event')
      .send({ templateId: await templateId(t, 'major-decision'), reference, title: `${reference} 测试决策`, anchors });

  it('refuses to close the public comment before 30 days have run, naming the rule and the date, then allows it', async () => {
    today('2026-09-20');
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'normative-document', '某教规〔2026〕41号', { draftedOn: '2026-09-10' });
    must(await complete(b.head.legal, (await leadTask(t, planId, 'normative-document', 'pre-drafting-assessment')).id), 200, 'assessment');
    const comment = await leadTask(t, planId, 'normative-document', 'public-comment');
    const detail = must(await b.admin.get(`/tasks/${comment.id}`), 200, 'detail').task;
    expect(detail).toEqual(expect.objectContaining({ earliestOn: '2026-10-10', earliestNote: '征求意见稿形成之日起满30日' }));
    const refused = expectError(await complete(b.head.legal, comment.id), 422);
    expect(refused.message).toBe('「公开征求意见」的最短期限为征求意见稿形成之日起满30日，最早可于2026-10-10办结');
    today('2026-10-10');
    expect(must(await complete(b.head.legal, comment.id), 200, 'on the day').status).toBe('done');
  });

  it('moves the earliest date when the anchor it counts from is corrected', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'normative-document', '某教规〔2026〕42号', { draftedOn: '2026-09-10' });
    must(
      await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { draftedOn: '2026-09-14' }, reason: '征求意见稿形成日期登记有误' }),
      200,
      'draftedOn',
    );
    const comment = await leadTask(t, planId, 'normative-document', 'public-comment');
    expect(must(await b.admin.get(`/tasks/${comment.id}`), 200, 'detail').task.earliestOn).toBe('2026-10-14');
  });

  it('refuses a major decision whose meeting leaves the legality review less than 7 working days', async () => {
    // Public participation ends 10-01; 7 working days later is 10-15, so the meeting must be after it.
    const refused = expectError(await registerDecision('决策〔2026〕41号', { initiatedOn: '2026-09-01', meetingPlannedOn: '2026-10-15' }), 422);
    expect(refused.message).toContain('「合法性审查」');
    expect(refused.message).toContain('拟提请集体讨论日期（可按进度调整）」至少应在2026-10-15之后');
    must(await registerDecision('决策〔2026〕41号', { initiatedOn: '2026-09-01', meetingPlannedOn: '2026-10-16' }), 201, 'meeting 10-16');
  });

  it('refuses an anchor correction that breaks the minimum, and keeps the dates as they were', async () => {
    const planId = must(await registerDecision('决策〔2026〕42号', { initiatedOn: '2026-09-01', meetingPlannedOn: '2026-11-02' }), 201, 'decision').plan.id;
    const refused = expectError(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { meetingPlannedOn: '2026-10-09' }, reason: '会议提前' }), 422);
    expect(refused.message).toContain('至少应在2026-10-15之后');
    expect(must(await b.admin.get(`/plans/${planId}`), 200, 'plan').anchors.meetingPlannedOn).toBe('2026-11-02');
  });

  it('public participation of a major decision cannot close before 30 days either', async () => {
    today('2026-09-20');
    const planId = must(await registerDecision('决策〔2026〕43号', { initiatedOn: '2026-09-01', meetingPlannedOn: '2026-11-02' }), 201, 'decision').plan.id;
    const participation = await leadTask(t, planId, 'major-decision', 'public-participation');
    expect(expectError(await complete(b.head.legal, participation.id), 422).message).toContain('最早可于2026-10-01办结');
  });
});
