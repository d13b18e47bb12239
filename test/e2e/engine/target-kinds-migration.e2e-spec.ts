import { targetKindStatements } from '../../../migrations/target-kinds';
import { DATABASES } from '../support/databases';
import { createAnnualPlan, createBureau, tasksOfItem } from '../support/engine-fixtures';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * The TargetKinds migration's mapping of tasks issued before targets had kinds: a plan is put
 * back the way the old builder issued it (every target a count, the lead's copied onto supporting
 * tasks, no kind), then the migration's statements run on it.
 */
describe.each(DATABASES)('migration TargetKinds: tasks issued before (%s)', (db) => {
  let t: TestApp;
  let planId: number;
  const q = (sql: string, params: unknown[] = []) => {
    let n = 0;
    return t.dataSource.query(db === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql, params);
  };
  const row = async (id: number) =>
    ((await q('SELECT target_kind, target_count, target_unit, numerator_label FROM tasks WHERE id = ?', [id])) as Record<string, unknown>[])[0];

  beforeAll(async () => {
    t = await bootTestApp({ db });
    await createBureau(t);
    ({ planId } = await createAnnualPlan(t, 2026));
    // The old shape: the item's count and unit on every task of the item, lead and supporting alike.
    const items = (await q('SELECT id, target FROM template_items WHERE target IS NOT NULL')) as { id: number; target: string }[];
    for (const item of items) {
      const target = JSON.parse(item.target) as { count: number | { setting: string }; unit: string };
      const count = typeof target.count === 'number' ? target.count : 5;
      await q(
        "UPDATE tasks SET target_kind = 'none', target_count = ?, target_unit = ?, numerator_label = '', denominator_label = '' WHERE plan_id = ? AND template_item_id = ?",
        [count, target.unit, planId, item.id],
      );
    }
    for (const statement of targetKindStatements) await q(statement);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('makes the schools’ coverage tasks perSchool without a number, and drops supporting tasks’ copied targets', async () => {
    const [school, , follow] = await tasksOfItem(t, planId, 'law-education-annual', 'school-charter');
    expect(await row(school.id)).toEqual(expect.objectContaining({ target_kind: 'perSchool', target_count: null, target_unit: '' }));
    expect(await row(follow.id)).toEqual(expect.objectContaining({ target_kind: 'none', target_count: null }));
    const [, support] = await tasksOfItem(t, planId, 'law-study-annual', 'leadership-special-study');
    expect(await row(support.id)).toEqual(expect.objectContaining({ target_kind: 'none', target_count: null, target_unit: '' }));
  });

  it('turns other % targets into percent with the catalogue’s labels, and keeps counts', async () => {
    const [exam] = await tasksOfItem(t, planId, 'law-study-annual', 'staff-law-exam');
    expect(await row(exam.id)).toEqual(expect.objectContaining({ target_kind: 'percent', target_count: 100, numerator_label: '参考人数' }));
    const [study] = await tasksOfItem(t, planId, 'law-study-annual', 'pre-meeting-study');
    expect(await row(study.id)).toEqual(expect.objectContaining({ target_kind: 'count', target_count: 5, target_unit: '次' }));
    // Schools' count items (法治课 课时) stay counts on each school's task.
    const [periods] = await tasksOfItem(t, planId, 'law-education-annual', 'law-class-periods');
    expect((await row(periods.id)).target_kind).toBe('count');
  });
});
