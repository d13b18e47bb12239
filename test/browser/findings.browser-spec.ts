import { eventually, go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(90_000);

/**
 * Issue 12, point 5 — 整改台账 in the web UI on the demo bureau: 政策法规股 (`fgg`) finds the
 * register on the 台账 index, filters the overdue finding, records a new one (its task is issued)
 * and closes (销号) the demo finding that 安全管理股 reported rectified.
 */
describe('web interface: 整改台账', () => {
  const ui = useUiApp();

  it('lists, filters, records a finding and closes a rectified one', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await page.locator('.mainnav').getByRole('link', { name: '台账' }).click();
    await page.getByTestId('register-index').getByText('整改台账').click();
    const list = page.getByTestId('finding-list');
    await list.waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(4);

    await page.locator('input[name=overdue]').check();
    await expect(eventually(async () => (await list.locator('tbody tr').count()) === 1, 10_000, 200)).resolves.toBe(true);
    await expect(list.innerText()).resolves.toContain('行政许可决定公示超过7个工作日');
    await shot(page, 'findings-overdue');

    await page.getByTestId('new-finding').click();
    await page.getByTestId('finding-form').waitFor();
    await page.getByLabel('问题来源').selectOption({ label: '审计' });
    await page.getByLabel('来源说明').fill('2025年度经济责任审计');
    await page.getByLabel('发现日期').fill('2026-11-20');
    await page.getByLabel('问题描述').fill('专项经费使用台账登记不完整');
    await page.getByLabel('责任股室').selectOption({ label: '计划财务股' });
    await page.getByLabel('整改期限').fill('2026-12-31');
    await page.getByTestId('submit-finding').click();
    await page.getByTestId('finding-status').waitFor();
    await expect(page.getByTestId('finding-status').innerText()).resolves.toContain('待整改');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('专项经费使用台账登记不完整');

    await go(page, ui.baseUrl, '/registers/findings');
    await page.getByTestId('finding-list').getByRole('link', { name: '校园安全检查记录未经分管负责人签字确认' }).click();
    await page.getByTestId('close-finding').waitFor();
    await page.locator('textarea[name=stepNote]').fill('整改到位，同意销号');
    await page.getByTestId('close-finding').click();
    await page.getByTestId('finding-status').getByText('已销号').waitFor();
    await expect(page.getByTestId('finding-history').innerText()).resolves.toContain('销号');
    await shot(page, 'finding-closed');
    expect(s.problems).toEqual([]);
  });
});
