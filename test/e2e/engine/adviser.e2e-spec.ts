import { DATABASES } from '../support/databases';
import { createBureau, leadTask, listAll, minimalPdf, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { createUser, type TestUser } from '../support/fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 11, point 12 — the legal adviser acts: a review request names its adviser, who sees the
 * requests addressed to them and completes the opinion step with a text and a file, and nothing
 * else of 政策法规股 (the department the adviser is attached to).
 */
describe.each(DATABASES)('engine: the legal adviser (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;
  let adviser: TestUser;
  let other: TestUser;
  let planId: number;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
    adviser = await createUser(t, { login: 'guwen-qian', name: '钱律师', role: 'adviser', departmentId: b.dept.legal });
    other = await createUser(t, { login: 'guwen-sun', name: '孙律师', role: 'adviser', departmentId: b.dept.legal });
    const body = must(
      await (await b.as(b.head.office)).post('/plans/event').send({
        templateId: await templateId(t, 'legal-adviser-review'),
        reference: '法审〔2026〕7号',
        title: '合同审查',
        anchors: { requestedOn: '2026-09-22' },
        adviserId: adviser.id,
      }),
      201,
      'review request',
    );
    planId = body.plan.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a request addressed to someone who is not an adviser (400)', async () => {
    const res = await (await b.as(b.head.office)).post('/plans/event').send({
      templateId: await templateId(t, 'legal-adviser-review'),
      reference: '法审〔2026〕8号',
      title: '合同审查',
      anchors: { requestedOn: '2026-09-22' },
      adviserId: b.head.legal.id,
    });
    expect(expectError(res, 400).message).toMatch(/法律顾问/);
  });

  it('shows each adviser only the requests addressed to them', async () => {
    const mine = must(await (await b.as(adviser)).get('/adviser/requests'), 200, 'mine');
    expect(mine).toEqual([
      expect.objectContaining({
        plan: expect.objectContaining({ id: planId }),
        registrarDepartmentName: '局办公室',
        step: expect.objectContaining({ status: 'open' }),
      }),
    ]);
    expect(must(await (await b.as(other)).get('/adviser/requests'), 200, 'other')).toEqual([]);
    expectError(await (await b.as(b.head.legal)).get('/adviser/requests'), 403);
  });

  it('records an opinion with a file, which completes the opinion step', async () => {
    const step = await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion');
    const client = await b.as(adviser);
    expect(must(await client.get(`/tasks/${step.id}`), 200, 'detail').can.work).toBe(true);
    must(
      await client.post(`/tasks/${step.id}/evidence`).attach('files', minimalPdf('意见书'), { filename: '法律意见书.pdf', contentType: 'application/pdf' }),
      201,
      'upload',
    );
    const done = must(await client.post(`/tasks/${step.id}/complete`).send({ note: '合同条款合法，建议修改第5条违约责任' }), 200, 'complete');
    expect(done.status).toBe('done');
    const detail = must(await b.admin.get(`/tasks/${step.id}`), 200, 'detail');
    expect(detail.evidence).toEqual([expect.objectContaining({ fileName: '法律意见书.pdf', uploadedByName: '钱律师' })]);
    expectError(await (await b.as(other)).get(`/tasks/${step.id}`), 404);
  });

  it('gives the adviser 404 on the other tasks of 政策法规股, and lists only their steps', async () => {
    const record = await leadTask(t, planId, 'legal-adviser-review', 'record-opinion');
    expect(record.departmentId).toBe(b.dept.legal);
    const client = await b.as(adviser);
    expectError(await client.get(`/tasks/${record.id}`), 404);
    expectError(await client.post(`/tasks/${record.id}/complete`).send({ note: '越权' }), 404);
    const visible = await listAll(client);
    expect(visible.map((x) => x.title)).toEqual([(await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion')).title]);
  });

  it("refuses the adviser 政策法规股's annual report and evidence binders (403)", async () => {
    const client = await b.as(adviser);
    expectError(await client.get('/reports/annual/2026'), 403);
    expectError(await client.post('/binders').send({ year: 2026 }), 403);
  });
});
