/**
 * Issue 5 — the catalogue as data (loading is idempotent; a new version updates templates, never
 * issued tasks), bureau settings drive the deadlines they govern, and the demo bureau gives every
 * view something real to show.
 */
import { DataSource } from 'typeorm';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { CatalogService } from '../../src/catalog/catalog.service';
import { loadCatalogueFile } from '../../src/catalog/catalogue-file';
import type { CatalogueFile } from '../../src/catalog/catalogue.types';
import { TemplateItem } from '../../src/catalog/template-item.entity';
import { createAnnualPlan, createBureau, createEventPlan, leadTask, must, type Bureau } from './support/engine-fixtures';
import { bootTestApp, type TestApp } from './support/test-app';

describe('catalogue loading and bureau settings', () => {
  let t: TestApp;
  let b: Bureau;
  beforeAll(async () => {
    t = await bootTestApp();
    b = await createBureau(t);
  });
  afterAll(() => t?.close());

  const counts = async () => {
    const ds = t.app.get(DataSource);
    return { items: await ds.getRepository(TemplateItem).count(), audit: await ds.getRepository(AuditEvent).count() };
  };

  it('loading the same catalogue again changes nothing', async () => {
    const before = await counts();
    const result = await t.app.get(CatalogService).loadCatalogue(loadCatalogueFile());
    expect(result.unchanged).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('a new catalogue version updates and adds items without touching tasks already issued', async () => {
    const { planId } = await createAnnualPlan(t, 2026);
    const issued = await leadTask(t, planId, 'organisation-leadership-annual', 'annual-report-submit');
    const next = JSON.parse(JSON.stringify(loadCatalogueFile())) as CatalogueFile;
    next.version += 1;
    const template = next.workPoints.flatMap((w) => w.templates).find((x) => x.key === 'organisation-leadership-annual')!;
    const item = template.items.find((i) => i.key === 'annual-report-submit')!;
    item.title = '报送上一年度法治政府建设情况报告（新版目录）';
    template.items.push({ ...item, key: 'annual-report-briefing', title: '向人大常委会通报法治政府建设情况', review: false, gates: [] });

    const result = await t.app.get(CatalogService).loadCatalogue(next);
    expect(result).toEqual(
      expect.objectContaining({ unchanged: false, templatesCreated: 0, templatesUpdated: next.workPoints.flatMap((w) => w.templates).length }),
    );
    const items = await t.app
      .get(DataSource)
      .getRepository(TemplateItem)
      .find({ where: { key: 'annual-report-briefing' } });
    expect(items).toHaveLength(1);
    const detail = must(await b.admin.get(`/tasks/${issued.id}`), 200, 'issued task');
    expect(detail.task.title).toBe(issued.title);
    expect(detail.task.title).not.toContain('新版目录');
  });

  it('bureau settings change the deadlines they govern (normative document filing window)', async () => {
    const legal = await b.as(b.head.legal);
    const filingDue = async (reference: string) => {
      const { planId } = await createEventPlan(legal, t, 'normative-document', reference, { draftedOn: '2026-04-01', publishedOn: '2026-06-01' });
      return (await leadTask(t, planId, 'normative-document', 'filing')).dueOn;
    };
    // 2026-06-01 + 30 days = 2026-07-01 (a Wednesday): the default window.
    expect(await filingDue('示教发〔2026〕20号')).toBe('2026-07-01');
    const settings = must(await b.admin.patch('/bureau').send({ settings: { normativeDocFilingDays: 15 } }), 200, 'settings');
    expect(settings.settings).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'normativeDocFilingDays', value: 15, defaultValue: 30 })]));
    // 2026-06-01 + 15 days = 2026-06-16 (a Tuesday).
    expect(await filingDue('示教发〔2026〕21号')).toBe('2026-06-16');
    expect((await b.admin.patch('/bureau').send({ settings: { noSuchSetting: 3 } })).status).toBe(400);
  });
});

describe('the demo bureau', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DEMO: 'true' } });
  });
  afterAll(() => t?.close());

  const as = async (login: string) => t.as(await t.login(login, 'Demo@2026'));

  it('maps every catalogue role to one of its departments', async () => {
    const roles = must(await t.as(t.adminToken).get('/department-roles'), 200, 'roles') as { roleCode: string }[];
    expect(roles.map((r) => r.roleCode).sort()).toEqual(
      loadCatalogueFile()
        .departmentRoles.map((r) => r.code)
        .sort(),
    );
  });

  it('shows the leader non-empty overdue and due-soon views, and per-department completion', async () => {
    const leader = await as('juzhang');
    const counts = must(await leader.get('/tasks/counts'), 200, 'counts');
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.dueSoon).toBeGreaterThan(0);
    expect(counts.done).toBeGreaterThan(0);
    expect(must(await leader.get('/oversight/overdue'), 200, 'overdue').total).toBe(counts.overdue);
    const summary = must(await leader.get('/oversight/summary'), 200, 'summary');
    expect(summary.byDepartment.length).toBeGreaterThan(15);
    expect(summary.byDepartment[0].supervised).toBe(true);
  });

  it('gives a department head their own work, 政策法规股 a review queue, and done items evidence', async () => {
    const legal = await as('fgg');
    const mine = must(await legal.get('/tasks/counts'), 200, 'legal counts');
    expect(mine.total).toBeGreaterThan(0);
    expect(must(await legal.get('/tasks/review-queue'), 200, 'queue').total).toBeGreaterThan(0);
    const done = must(await legal.get('/tasks?view=done&pageSize=50'), 200, 'done').items as { id: number }[];
    const details = await Promise.all(done.map(async (d) => must(await legal.get(`/tasks/${d.id}`), 200, 'detail')));
    expect(details.some((d) => d.evidence.length > 0)).toBe(true);
  });

  it('dates the demo’s past work realistically: mostly done on time, some late, per department', async () => {
    const summary = must(await (await as('juzhang')).get('/oversight/summary'), 200, 'summary');
    const rows = (summary.byDepartment as { done: number; onTime: number; late: number }[]).filter((r) => r.done > 0);
    const [onTime, late] = [rows.reduce((n, r) => n + r.onTime, 0), rows.reduce((n, r) => n + r.late, 0)];
    expect(late).toBeGreaterThan(0);
    expect(onTime / (onTime + late)).toBeGreaterThan(0.7);
    expect(rows.filter((r) => r.onTime > 0).length).toBeGreaterThan(rows.length / 2);
  });
});
