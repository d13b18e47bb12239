import { DATABASES } from '../support/databases';
import { catalogueItem, createAnnualPlan, createBureau, createEventPlan, listAll, must, templateId, type Bureau } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import { bootTestApp, type TestApp } from '../support/test-app';

interface Item {
  id: number;
  key: string;
  title: string;
  basis: string;
  schedule: object;
  leadRole: string;
  active: boolean;
}

/**
 * Issue 3 — editing a template item (admin only): tasks already issued keep what they were
 * issued with; plans created afterwards use the edited item; an invalid edit is refused (400).
 */
describe.each(DATABASES)('engine: editing template items (%s)', (db) => {
  let t: TestApp;
  let b: Bureau;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    b = await createBureau(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function itemOf(templateKey: string, itemKey: string): Promise<{ tplId: number; item: Item }> {
    const tplId = await templateId(t, templateKey);
    const tpl = must(await b.admin.get(`/templates/${tplId}`), 200, 'template');
    return { tplId, item: (tpl.items as Item[]).find((i) => i.key === itemKey)! };
  }

  it('a renamed annual item: the 2026 tasks keep the old title, the 2025 plan uses the new one', async () => {
    const old = catalogueItem('law-education-annual', 'constitution-week');
    const { planId: plan2026 } = await createAnnualPlan(t, 2026);
    const before = (await listAll(b.admin, { planId: plan2026 })).filter((x) => x.title === old.title);
    expect(before.length).toBeGreaterThan(0);

    const { tplId, item } = await itemOf('law-education-annual', 'constitution-week');
    const edited = must(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ title: '“宪法宣传周”系列活动' }), 200, 'edit');
    // Only the title changed: the rest of the item is kept.
    expect(edited).toEqual({ ...item, title: '“宪法宣传周”系列活动' });

    const after2026 = await listAll(b.admin, { planId: plan2026 });
    expect(after2026.filter((x) => x.title === old.title).map((x) => x.id)).toEqual(before.map((x) => x.id));
    expect(after2026.filter((x) => x.title === '“宪法宣传周”系列活动')).toEqual([]);
    const detail = must(await b.admin.get(`/tasks/${before[0].id}`), 200, 'detail');
    expect(detail.task.title).toBe(old.title);

    const { planId: plan2025 } = await createAnnualPlan(t, 2025);
    const tasks2025 = await listAll(b.admin, { planId: plan2025 });
    expect(tasks2025.filter((x) => x.title === '“宪法宣传周”系列活动').map((x) => [x.departmentId, x.dueOn])).toEqual(
      before.map((x) => [x.departmentId, x.dueOn!.replace('2026', '2025')]),
    );
    expect(tasks2025.filter((x) => x.title === old.title)).toEqual([]);
  });

  it('a changed deadline applies to new cases only', async () => {
    const { tplId, item } = await itemOf('legal-adviser-review', 'adviser-opinion');
    const first = await createEventPlan(b.admin, t, 'legal-adviser-review', '法审-改前', { requestedOn: '2026-09-22' });
    must(
      await b.admin
        .patch(`/templates/${tplId}/items/${item.id}`)
        .send({ schedule: { kind: 'event', anchor: 'requestedOn', steps: [{ amount: 3, unit: 'workingDays' }] } }),
      200,
      'edit schedule',
    );
    const second = await createEventPlan(b.admin, t, 'legal-adviser-review', '法审-改后', { requestedOn: '2026-09-22' });
    const dueOf = async (planId: number) => (await listAll(b.admin, { planId })).find((x) => x.title === item.title)!.dueOn;
    // Requested Tue 09-22: 7 working days → 10-09 (across National Day); 3 → 09-28.
    expect(await dueOf(first.planId)).toBe('2026-10-09');
    expect(await dueOf(second.planId)).toBe('2026-09-28');
    // Setting another anchor of the first case (its decision date) leaves that task's deadline alone.
    const later = must(await b.admin.patch(`/plans/${first.planId}/anchors`).send({ anchors: { decidedOn: '2026-10-15' } }), 200, 'anchor');
    expect(later.tasksCreated).toBeGreaterThan(0);
    expect(await dueOf(first.planId)).toBe('2026-10-09');
  });

  it('a retired item goes into no new plan; its issued tasks stay', async () => {
    const { tplId, item } = await itemOf('legal-adviser-review', 'record-opinion');
    const before = await createEventPlan(b.admin, t, 'legal-adviser-review', '法审-停用前', { requestedOn: '2026-09-22' });
    must(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ active: false }), 200, 'retire');
    const after = await createEventPlan(b.admin, t, 'legal-adviser-review', '法审-停用后', { requestedOn: '2026-09-22' });
    expect((await listAll(b.admin, { planId: before.planId })).map((x) => x.title)).toContain(item.title);
    expect((await listAll(b.admin, { planId: after.planId })).map((x) => x.title)).not.toContain(item.title);
    must(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ active: true }), 200, 'restore');
  });

  it('only an admin edits templates (403)', async () => {
    const { tplId, item } = await itemOf('law-education-annual', 'fire-day');
    for (const user of [b.leader, b.head.legal, b.staff.safety]) {
      expectError(await (await b.as(user)).patch(`/templates/${tplId}/items/${item.id}`).send({ title: '改名' }), 403);
    }
    expect((await itemOf('law-education-annual', 'fire-day')).item.title).toBe(catalogueItem('law-education-annual', 'fire-day').title);
  });

  it.each([
    ['an impossible month-day', { schedule: { kind: 'yearly', monthDay: '02-30' } }],
    ['02-29, which most years lack', { schedule: { kind: 'yearly', monthDay: '02-29' } }],
    ['an unknown rule kind', { schedule: { kind: 'weekly', weekday: 1 } }],
    ['an event rule in an annual template', { schedule: { kind: 'event', anchor: 'heldOn', steps: [{ amount: 1, unit: 'days' }] } }],
    ['a gate outside the template', { gates: ['no-such-item'] }],
    ['the lead also supporting', { lead: 'safety', support: ['safety'] }],
  ])('refuses %s (400) and leaves the item unchanged', async (_label, change) => {
    const { tplId, item } = await itemOf('law-education-annual', 'fire-day');
    expectError(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send(change), 400);
    expect((await itemOf('law-education-annual', 'fire-day')).item).toEqual(item);
  });

  it('refuses an event rule on an anchor the template does not declare, and a gate cycle (400)', async () => {
    const { tplId, item } = await itemOf('legal-adviser-review', 'adviser-opinion');
    expectError(
      await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ schedule: { kind: 'event', anchor: 'heldOn', steps: [{ amount: 1, unit: 'days' }] } }),
      400,
    );
    // record-opinion is gated on adviser-opinion; gating adviser-opinion on it closes a loop.
    expect(expectError(await b.admin.patch(`/templates/${tplId}/items/${item.id}`).send({ gates: ['record-opinion'] }), 400).message).toContain('循环');
  });

  it('answers 404 for an item of another template', async () => {
    const { item } = await itemOf('legal-adviser-review', 'adviser-opinion');
    const other = await templateId(t, 'law-education-annual');
    expectError(await b.admin.patch(`/templates/${other}/items/${item.id}`).send({ title: '错模板' }), 404);
  });
});
