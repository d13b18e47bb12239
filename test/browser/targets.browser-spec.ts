import type { Browser } from 'playwright-core';
import { Clock } from '../../src/common/clock';
import type { TestApp } from '../e2e/support/test-app';
import { bootUiApp, buildUi, go, launchBrowser, loginAs, type Session } from './support';

interface Summary {
  id: number;
  title: string;
  status: string;
  supporting: boolean;
}

jest.setTimeout(60_000);

/** Issue 11, points 6–7 in the web UI: targets by kind on the task page, withdrawing an activity, school coverage on the board. */
describe('targets and activities in a browser', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const sessions: Session[] = [];
  const admin = () => t.as(t.adminToken);
  const open = async (login: string, path = '/') => {
    const s = await loginAs(browser, baseUrl, login, undefined, undefined, path);
    sessions.push(s);
    return s;
  };
  /** An unfinished lead task of 局办公室 with the given title. */
  const officeTask = async (title: string): Promise<Summary> => {
    const office = ((await admin().get('/departments')).body as { id: number; code: string }[]).find((d) => d.code === 'office')!;
    const list = (await admin().get(`/tasks?departmentId=${office.id}&pageSize=200`)).body.items as Summary[];
    return list.find((x) => x.title === title && !x.supporting && ['open', 'returned'].includes(x.status))!;
  };

  beforeAll(async () => {
    buildUi();
    [{ t, baseUrl }, browser] = await Promise.all([bootUiApp(), launchBrowser()]);
  }, 120_000);
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a head withdraws an activity with a reason: it shows as 已撤回 and stops counting', async () => {
    const task = await officeTask('党组会会前学法');
    expect(task).toBeDefined();
    const { page, problems } = await open('bgs', `/#/tasks/${task.id}`);
    const before = ((await admin().get(`/tasks/${task.id}`)).body as { task: { activityCount: number } }).task.activityCount;
    await page.getByRole('button', { name: '＋ 记录一次活动' }).click();
    await page.locator('form[aria-label=记录活动] input[type=date]').fill(t.app.get(Clock).today());
    await page.getByPlaceholder('如：党组会会前学法：学习《行政复议法》').fill('误登记的学习会');
    await page.getByRole('button', { name: '保存活动' }).click();
    const row = page.locator('.activity-list li', { hasText: '误登记的学习会' });
    await row.waitFor();
    page.once('dialog', (d) => void d.accept('重复登记'));
    await row.getByRole('button', { name: '撤回' }).click();
    await row.locator('.badge', { hasText: '已撤回' }).waitFor();
    expect(await row.textContent()).toContain('撤回理由：重复登记');
    const after = ((await admin().get(`/tasks/${task.id}`)).body as { task: { activityCount: number } }).task.activityCount;
    expect(after).toBe(before);
    expect(problems).toEqual([]);
  });

  it('a percent task takes its two numbers and shows the percentage; the board shows school coverage', async () => {
    const task = await officeTask('人大代表建议、政协委员提案办理');
    expect(task).toBeDefined();
    const { page, problems } = await open('bgs', `/#/tasks/${task.id}`);
    const form = page.locator('form[aria-label=填写完成比率]');
    await form.getByLabel('办复数').fill('9');
    await form.getByLabel('建议提案数').fill('10');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('target-progress').filter({ hasText: '90%' }).waitFor();
    expect(problems).toEqual([]);

    const leader = await open('juzhang');
    await go(leader.page, baseUrl, '/oversight');
    const table = leader.page.locator('table[aria-label=学校覆盖率]');
    await table.waitFor();
    expect(await table.textContent()).toContain('%');
    expect(leader.problems).toEqual([]);
  });
});
