import { ADMIN_LOGIN, ADMIN_PASSWORD } from '../e2e/support/test-app';
import { eventually, go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(120_000);

interface Summary {
  id: number;
  title: string;
  status: string;
  backfill: boolean;
  naReason: string | null;
}

/** Issue 11, points 3 and 10 — 不适用 asked by a head and accepted by 政策法规股; a plan started mid-year shows 补录. */
describe('web interface: 不适用 and 补录', () => {
  const ui = useUiApp();

  const open = async (login: string, password?: string) => {
    const s = await loginAs(ui.browser, ui.baseUrl, login, password);
    ui.sessions.push(s);
    return s;
  };

  it('a head asks 不适用 with a reason on the task page; 政策法规股 accepts it from its review queue', async () => {
    const token = await ui.t.login('aqg', 'Demo@2026');
    const mine = (await ui.t.as(token).get('/tasks?view=all&status=open&pageSize=50')).body.items as Summary[];
    const task = mine.find((x) => x.naReason === null)!;

    const head = await open('aqg');
    await go(head.page, ui.baseUrl, `/tasks/${task.id}`);
    await head.page.getByTestId('task-page').waitFor();
    await head.page.getByRole('button', { name: '申请不适用…' }).click();
    await head.page.locator('textarea[name=naReason]').fill('本股室本年度无此项工作');
    await head.page.getByRole('button', { name: '提交申请' }).click();
    await head.page.getByTestId('na-pending').waitFor();
    await expect(head.page.getByTestId('na-pending').innerText()).resolves.toContain('本股室本年度无此项工作');
    await expect(head.page.locator('.task-head-badges').innerText()).resolves.toContain('不适用申请中');
    await shot(head.page, 'states-na-pending');

    const legal = await open('fgg-staff');
    await go(legal.page, ui.baseUrl, '/review');
    const row = legal.page.locator(`li[data-task-id="${task.id}"]`);
    await expect(row.innerText()).resolves.toContain('不适用申请');
    await row.getByRole('button', { name: '审核' }).click();
    await row.getByRole('button', { name: '同意不适用' }).click();
    await row.waitFor({ state: 'detached' });
    await go(legal.page, ui.baseUrl, `/tasks/${task.id}`);
    await legal.page.getByTestId('na-state').waitFor();
    await expect(legal.page.getByTestId('na-state').innerText()).resolves.toContain('本股室本年度无此项工作');
    await shot(legal.page, 'states-na-accepted');
    expect(((await ui.t.as(token).get(`/tasks/${task.id}`)).body as { task: Summary }).task.status).toBe('na');
    expect([...head.problems, ...legal.problems]).toEqual([]);
  });

  it('an admin generates a year’s plan with a start date; items due before it show 补录', async () => {
    const admin = await open(ADMIN_LOGIN, ADMIN_PASSWORD);
    await go(admin.page, ui.baseUrl, '/admin/plans');
    const form = admin.page.getByRole('form', { name: '生成年度计划' });
    // The page proposes the year after the latest plan once the plans are loaded; type over it only then.
    const yearInput = form.locator('input[type=number]');
    expect(await eventually(async () => (await yearInput.inputValue()) !== '', 15_000, 100)).toBe(true);
    await yearInput.fill('2025');
    await form.locator('input[name=startOn]').fill('2025-07-01');
    await expect(form.innerText()).resolves.toContain('此日期前到期的事项作为补录，不计逾期、不发提醒');
    await form.getByRole('button', { name: '生成计划' }).click();
    await admin.page.getByRole('link', { name: '查看任务' }).click();
    const backfill = admin.page.locator('.task-row', { hasText: '补录' }).first();
    await backfill.waitFor();
    await shot(admin.page, 'states-backfill');
    const plans = (await ui.t.as(ui.t.adminToken).get('/plans?kind=annual&year=2025')).body.items as { id: number; startOn: string }[];
    expect(plans.map((p) => p.startOn)).toEqual(['2025-07-01']);
    expect(admin.problems).toEqual([]);
  });
});
