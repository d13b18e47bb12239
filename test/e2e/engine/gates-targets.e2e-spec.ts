import { twoCertifiedOfficers } from '../support/certificate-fixtures';
import { DATABASES } from '../support/databases';
import {
  CATALOGUE,
  catalogueItem,
  createAnnualPlan,
  createBureau,
  createEventPlan,
  leadTask,
  must,
  tasksOfItem,
  type Bureau,
  festivalDays,
} from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 3 — gates and targets. A normative document may not go to collective deliberation
 * before its legality review is done (brief 2.4); a penalty decision needs a passed legal review
 * when one applies (2.6). Target items (会前学法 8 a year …) count activities and need a
 * shortfall explanation when completed below target.
 */
describe.each(DATABASES)('engine: gates and targets (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = async (user: TestUser, path: string, body: object = {}) => (await b.as(user)).post(path).send(body);
  const complete = (user: TestUser, id: number, extra: object = {}) => post(user, `/tasks/${id}/complete`, { note: '已办结', ...extra });

  describe('gates: 行政规范性文件', () => {
    const TPL = 'normative-document';
    const task = (planId: number, item: string) => leadTask(t, planId, TPL, item);

    it('refuses deliberation before the legality review is done, then allows it', async () => {
      expect(catalogueItem(TPL, 'collective-deliberation').gates).toEqual(['legality-review', 'fair-competition-review']);
      const { planId } = await createEventPlan(await b.as(b.head.legal), t, TPL, '某教规〔2026〕1号', { draftedOn: '2026-09-01' });
      const [assessment, comment, fair, review, deliberation] = await Promise.all(
        ['pre-drafting-assessment', 'public-comment', 'fair-competition-review', 'legality-review', 'collective-deliberation'].map((k) => task(planId, k)),
      );
      expect(deliberation.departmentId).toBe(b.dept.office);

      const early = expectError(await complete(b.head.office, deliberation.id), 409);
      expect(early.message).toContain(catalogueItem(TPL, 'legality-review').title);
      expect(early.message).toContain(catalogueItem(TPL, 'fair-competition-review').title);
      // The supporting department's deliberation task waits for the same gates.
      const [, legalSupport] = await tasksOfItem(t, planId, TPL, 'collective-deliberation');
      expect(legalSupport).toEqual(expect.objectContaining({ supporting: true, departmentId: b.dept.legal }));
      expectError(await complete(b.head.legal, legalSupport.id), 409);
      // Gates chain: the review waits for the public comment, which waits for the assessment.
      expect(expectError(await complete(b.head.legal, review.id), 409).message).toContain(catalogueItem(TPL, 'public-comment').title);
      expectError(await complete(b.head.legal, comment.id), 409);

      for (const step of [assessment, comment, fair]) expect(must(await complete(b.head.legal, step.id), 200, step.title).status).toBe('done');
      expect(must(await complete(b.head.legal, review.id, { note: '合法性审核意见：合法' }), 200, 'review').status).toBe('submitted');
      // Submitted is not done: the deliberation still waits.
      expect(expectError(await complete(b.head.office, deliberation.id), 409).message).toContain(catalogueItem(TPL, 'legality-review').title);

      // The review is 政策法规股's own work: it cannot accept it itself; the leader does.
      expectError(await post(b.head.legal, `/tasks/${review.id}/accept`), 403);
      expect(must(await post(b.leader, `/tasks/${review.id}/accept`), 200, 'accept').status).toBe('done');

      const detail = must(await b.admin.get(`/tasks/${deliberation.id}`), 200, 'detail');
      expect(detail.gates.map((g: { id: number; status: string }) => [g.id, g.status]).sort()).toEqual(
        [
          [fair.id, 'done'],
          [review.id, 'done'],
        ].sort(),
      );
      expect(must(await complete(b.head.office, deliberation.id, { note: '局务会审议通过' }), 200, 'deliberation').status).toBe('done');
    });

    it('records the publication date before the expiry year’s holidays are known (validity items wait undated)', async () => {
      const { planId } = await createEventPlan(b.admin, t, TPL, '某教规〔2026〕3号', { draftedOn: '2026-09-01' });
      must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-11-02' } }), 200, 'publishedOn');
      expect((await task(planId, 'filing')).dueOn).toBe('2026-12-02');
      const assessment = await task(planId, 'pre-expiry-assessment');
      expect(assessment.dueOn).toBeNull();
      expect(must(await b.admin.get(`/tasks/${assessment.id}`), 200, 'detail').task.dueNote).toContain('2031');
    });

    it('gates the publication on the deliberation once the publication date is set', async () => {
      // A fictional 2031 arrangement (05-01…05-05, 10-01…10-07 and each festival's own day off) so the validity items can be dated.
      const off = [...[1, 2, 3, 4, 5].map((d) => `2031-05-0${d}`), ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2031-10-0${d}`)];
      must(
        await b.admin.put('/calendar/years/2031').send({ year: 2031, daysOff: ['2031-01-01', ...off, ...festivalDays(2031)], makeUpWorkdays: [] }),
        200,
        '2031',
      );
      const { planId } = await createEventPlan(b.admin, t, TPL, '某教规〔2026〕2号', { draftedOn: '2026-09-01' });
      must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-11-02' } }), 200, 'publishedOn');
      const publication = await task(planId, 'publication-three-unified');
      expect(expectError(await complete(b.head.office, publication.id), 409).message).toContain(catalogueItem(TPL, 'collective-deliberation').title);
      // Filing within 30 days of publication: 12-02.
      expect((await task(planId, 'filing')).dueOn).toBe('2026-12-02');
      // Valid 5 years: assessment 6 months before (Fri 2031-05-02 is off → Wed 04-30); the expiry
      // handled by the day before 2031-11-02 (Sat 11-01 → Fri 10-31).
      expect((await task(planId, 'pre-expiry-assessment')).dueOn).toBe('2031-04-30');
      expect((await task(planId, 'expiry-decision')).dueOn).toBe('2031-10-31');
    });
  });

  describe('gates: 行政处罚案件', () => {
    const TPL = 'enforcement-case';

    it('a legal review submitted after the case was registered still gates the decision', async () => {
      expect(catalogueItem(TPL, 'decision').gates).toEqual(['notice', 'legal-review']);
      const { planId } = await createEventPlan(await b.as(b.head.private), t, TPL, '某教罚〔2026〕5号', { filedOn: '2026-09-01' });
      for (const key of ['filing', 'investigation', 'case-review', 'notice']) {
        const step = await leadTask(t, planId, TPL, key);
        const officers = key === 'investigation' ? { officerCertificateIds: await twoCertifiedOfficers(t, b.dept.private) } : {};
        expect(must(await complete(b.head.private, step.id, officers), 200, key).status).toBe('done');
      }
      // The case turns out to be a major one: it goes to 法制审核.
      must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { legalReviewSubmittedOn: '2026-10-12' } }), 200, 'legal review');
      const review = await leadTask(t, planId, TPL, 'legal-review');
      expect(review).toEqual(expect.objectContaining({ departmentId: b.dept.legal, needsReview: true, dueOn: '2026-10-21' }));

      const decision = await leadTask(t, planId, TPL, 'decision');
      expect(expectError(await complete(b.head.private, decision.id), 409).message).toContain(catalogueItem(TPL, 'legal-review').title);
      must(await complete(b.head.legal, review.id, { note: '审核通过' }), 200, 'review');
      must(await post(b.leader, `/tasks/${review.id}/accept`), 200, 'accept');
      expect(must(await complete(b.head.private, decision.id, { note: '作出处罚决定' }), 200, 'decision').status).toBe('done');
    });
  });

  describe('targets', () => {
    let planId: number;
    beforeAll(async () => {
      ({ planId } = await createAnnualPlan(t, 2026));
    });

    const setting = (key: string) => CATALOGUE.settings.find((s) => s.key === key)!.value;
    const activity = (user: TestUser, id: number, n: number) =>
      post(user, `/tasks/${id}/activities`, { occurredOn: `2026-0${n}-15`, title: `党组会会前学法（第${n}次）`, participants: '党组成员' });

    it('counts activities towards 会前学法 (8 a year) and asks for an explanation below target', async () => {
      expect(catalogueItem('law-study-annual', 'pre-meeting-study').target).toEqual({ count: { setting: 'preMeetingStudySessions' }, unit: '次' });
      expect(setting('preMeetingStudySessions')).toBe(8);
      const task = await leadTask(t, planId, 'law-study-annual', 'pre-meeting-study');
      expect(task).toEqual(expect.objectContaining({ departmentId: b.dept.office, targetCount: 8, activityCount: 0 }));

      for (const n of [1, 2, 3])
        expect(must(await activity(n % 2 ? b.staff.office : b.head.office, task.id, n), 201, `activity ${n}`)).toEqual(
          expect.objectContaining({ taskId: task.id, occurredOn: `2026-0${n}-15` }),
        );
      const detail = must(await b.admin.get(`/tasks/${task.id}`), 200, 'detail');
      expect(detail.task).toEqual(expect.objectContaining({ activityCount: 3, targetCount: 8, targetUnit: '次' }));
      expect(detail.activities.map((a: { occurredOn: string }) => a.occurredOn)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
      expect(detail.summary).toEqual(expect.objectContaining({ activityCount: 3, targetCount: 8 }));

      expect(expectError(await complete(b.head.office, task.id), 400).message).toMatch(/3\/8/);
      const done = must(await complete(b.head.office, task.id, { shortfallReason: '下半年党组会次数减少，已在年度总结中说明' }), 200, 'complete below target');
      expect(done).toEqual(expect.objectContaining({ status: 'done', shortfallReason: '下半年党组会次数减少，已在年度总结中说明' }));
    });

    it('completes at target without an explanation (宪法专题学习, 2 a year)', async () => {
      const task = await leadTask(t, planId, 'law-study-annual', 'constitution-study');
      expect(task.targetCount).toBe(setting('constitutionStudySessions'));
      for (const n of [4, 5]) must(await activity(b.staff.office, task.id, n), 201, `activity ${n}`);
      expect(expectError(await complete(b.head.office, task.id, { shortfallReason: '' }), 400)).toBeDefined();
      expect(must(await complete(b.head.office, task.id), 200, 'at target')).toEqual(
        expect.objectContaining({ status: 'done', activityCount: 2, shortfallReason: null }),
      );
    });

    it('lets only the own department record activities, with a valid date', async () => {
      const task = await leadTask(t, planId, 'law-study-annual', 'court-hearing');
      expectError(await activity(b.leader, task.id, 6), 403);
      expectError(await activity(b.head.safety, task.id, 6), 404);
      expectFieldError(await post(b.head.office, `/tasks/${task.id}/activities`, { occurredOn: '2026/06/15', title: '旁听庭审' }), 'occurredOn');
      expect(must(await b.admin.get(`/tasks/${task.id}`), 200, 'detail').task.activityCount).toBe(0);
    });
  });
});
