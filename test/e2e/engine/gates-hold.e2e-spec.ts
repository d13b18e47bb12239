import { twoCertifiedOfficers } from '../support/certificate-fixtures';
import { DATABASES } from '../support/databases';
import { catalogueItem, createBureau, createEventPlan, leadTask, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError, expectFieldError } from '../support/expectations';
import type { TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11 §4 — gates that hold from registration: 法制审核 before a 重大 enforcement decision
 * (a non-重大 case records the step as 不适用), 合法性审核/审查 before 集体讨论 of a normative
 * document and of a major decision, 公平竞争审查 before publication.
 */
describe.each(DATABASES)('engine: gates hold from registration (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const complete = async (user: TestUser, id: number, extra: object = {}) =>
    (await b.as(user)).post(`/tasks/${id}/complete`).send({ note: '已办结', ...extra });
  const registerCase = async (reference: string, options?: Record<string, unknown>) =>
    (await b.as(b.head.private)).post('/plans/event').send({
      templateId: await templateId(t, 'enforcement-case'),
      reference,
      title: `${reference} 测试案件`,
      anchors: { filedOn: '2026-09-01' },
      ...(options === undefined ? {} : { options }),
    });
  const doneUpTo = async (planId: number, keys: string[]) => {
    for (const key of keys) {
      // 调查取证 records two certified officers.
      const officers = key === 'investigation' ? { officerCertificateIds: await twoCertifiedOfficers(t, b.dept.private) } : {};
      must(await complete(b.head.private, (await leadTask(t, planId, 'enforcement-case', key)).id, officers), 200, key);
    }
  };

  it('shows the enforcement-case option in the template and the answer on the plan', async () => {
    const template = must(await b.admin.get(`/templates/${await templateId(t, 'enforcement-case')}`), 200, 'template');
    expect(template.options).toEqual([expect.objectContaining({ key: 'major', label: '是否重大执法决定' })]);
    expect(template.options[0].hint).toContain('第五十八条');
    const plan = must(await registerCase('某教罚〔2026〕31号', { major: true }), 201, 'case').plan;
    expect(plan.options).toEqual({ major: true });
  });

  it('refuses options the template does not have, and answers that are not booleans', async () => {
    expectFieldError(await registerCase('某教罚〔2026〕32号', { urgent: true }), 'options.urgent', /不是本模板的选项/);
    expectFieldError(await registerCase('某教罚〔2026〕33号', { major: 'yes' }), 'options.major', /true 或 false/);
  });

  it('a 重大 case: 法制审核 exists from registration and the decision cannot be completed before it', async () => {
    const planId = must(await registerCase('某教罚〔2026〕34号', { major: true }), 201, 'case').plan.id;
    const review = await leadTask(t, planId, 'enforcement-case', 'legal-review');
    expect(review).toEqual(expect.objectContaining({ status: 'open', dueOn: null, departmentId: b.dept.legal }));
    await doneUpTo(planId, ['filing', 'investigation', 'case-review', 'notice']);
    const decision = await leadTask(t, planId, 'enforcement-case', 'decision');
    const refused = expectError(await complete(b.head.private, decision.id), 409);
    expect(refused.message).toContain(catalogueItem('enforcement-case', 'legal-review').title);
  });

  it('a non-重大 case records 法制审核 as 不适用 with its reason, history and audit, and the decision proceeds', async () => {
    const planId = must(await registerCase('某教罚〔2026〕35号', { major: false }), 201, 'case').plan.id;
    const review = await leadTask(t, planId, 'enforcement-case', 'legal-review');
    expect(review.status).toBe('na');
    const detail = must(await b.admin.get(`/tasks/${review.id}`), 200, 'detail');
    expect(detail.task.completionNote).toBe('非重大执法决定，依规定无需法制审核');
    expect(detail.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'skip', toStatus: 'na', note: '非重大执法决定，依规定无需法制审核' })]),
    );
    const audit = must(await b.admin.get('/audit-events').query({ entity: 'tasks', entityId: String(review.id) }), 200, 'audit');
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('task.skip');
    await doneUpTo(planId, ['filing', 'investigation', 'case-review', 'notice']);
    const decision = await leadTask(t, planId, 'enforcement-case', 'decision');
    expect(must(await complete(b.head.private, decision.id), 200, 'decision').status).toBe('done');
  });

  it('a normative document cannot go to 集体审议 before its 合法性审核', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'normative-document', '某教规〔2026〕31号', { draftedOn: '2026-09-01' });
    const deliberation = await leadTask(t, planId, 'normative-document', 'collective-deliberation');
    const refused = expectError(await complete(b.head.office, deliberation.id), 409);
    expect(refused.message).toContain(catalogueItem('normative-document', 'legality-review').title);
  });

  it('a normative document cannot be published before its 公平竞争审查', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'normative-document', '某教规〔2026〕32号', { draftedOn: '2026-09-01' });
    must(await b.admin.patch(`/plans/${planId}/anchors`).send({ anchors: { publishedOn: '2026-11-02' } }), 200, 'publishedOn');
    const fair = await leadTask(t, planId, 'normative-document', 'fair-competition-review');
    const publication = await leadTask(t, planId, 'normative-document', 'publication-three-unified');
    expect(must(await b.admin.get(`/tasks/${publication.id}`), 200, 'detail').task.gateTaskIds).toContain(fair.id);
    const refused = expectError(await complete(b.head.office, publication.id), 409);
    expect(refused.message).toContain(catalogueItem('normative-document', 'fair-competition-review').title);
  });

  it('a major decision cannot go to 集体讨论 before its 合法性审查', async () => {
    const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'major-decision', '决策〔2026〕31号', {
      initiatedOn: '2026-06-01',
      meetingPlannedOn: '2026-08-03',
    });
    const discussion = await leadTask(t, planId, 'major-decision', 'collective-discussion');
    const refused = expectError(await complete(b.head.office, discussion.id), 409);
    expect(refused.message).toContain(catalogueItem('major-decision', 'legality-review').title);
  });
});
