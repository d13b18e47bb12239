import { eventually, go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(120_000);

/**
 * Issue 12 point 4 — the 法律顾问台账 in the web UI on the demo bureau: 政策法规股 (`fgg`) registers
 * an engagement and sees coverage move, registers a review request with its kind and finds it in
 * 审查记录, reads the year's figures; a school head (`yz`) sees only what covers their school.
 */
describe('web interface: legal advisers register', () => {
  const ui = useUiApp();

  it('lets 政策法规股 keep the engagements, the review requests and the figures', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers');
    await page.getByRole('link', { name: /法律顾问台账/ }).click();
    const engagements = page.getByTestId('engagement-list');
    await engagements.waitFor();
    await expect(engagements.innerText()).resolves.toContain('浙江明德律师事务所');

    await page.getByRole('tab', { name: '学校覆盖' }).click();
    await expect(page.getByTestId('coverage-rate').innerText()).resolves.toContain('已覆盖 3/10');

    await page.getByRole('tab', { name: '顾问' }).click();
    await page.getByTestId('new-engagement').click();
    await page.locator('input[name=name]').fill('县公职律师周某');
    await page.getByRole('combobox', { name: '类型' }).selectOption('person');
    await page.locator('input[name=startOn]').fill('2026-01-01');
    await page.locator('input[name=endOn]').fill('2027-12-31');
    await page.getByLabel('县实验小学').check();
    await page.getByLabel('城关小学').check();
    await page.getByTestId('save-engagement').click();
    // The list reloads after the toast: wait for the new row itself.
    const added = engagements.locator('tr', { hasText: '县公职律师周某' });
    await added.waitFor();
    await expect(added.innerText()).resolves.toContain('多校连聘');
    await page.getByRole('tab', { name: '学校覆盖' }).click();
    await expect(page.getByTestId('coverage-rate').innerText()).resolves.toContain('已覆盖 5/10');
    await shot(page, 'advisers-coverage');

    // A review request registered as a case, with its kind chosen on the registration form.
    await go(page, ui.baseUrl, '/cases/new');
    await page.getByRole('combobox', { name: '事项类型' }).selectOption({ label: '法律顾问审查（单项）' });
    await page.getByRole('combobox', { name: '审查事项类型' }).selectOption({ label: '信访' });
    await page.getByRole('combobox', { name: '法律顾问' }).selectOption({ label: '钱律师' });
    await page.locator('input[name=reference]').fill('法审〔2026〕9号');
    await page.locator('input[name=title]').fill('关于某家长信访事项答复意见的审查');
    await page.locator('input[name=anchor-requestedOn]').fill('2026-11-30');
    await page.getByTestId('submit-case').click();
    await page.getByTestId('case-steps').waitFor();

    await go(page, ui.baseUrl, '/registers/advisers');
    await page.getByRole('tab', { name: '审查记录' }).click();
    const requests = page.getByTestId('request-list');
    await requests.waitFor();
    const row = requests.locator('tr', { hasText: '关于某家长信访事项答复意见的审查' });
    await expect(row.getByRole('combobox').inputValue()).resolves.toBe('petition');
    await expect(requests.locator('tr', { hasText: '学生食堂食材配送服务合同审查' }).innerText()).resolves.toContain('按时');
    await shot(page, 'advisers-requests');

    await page.getByRole('tab', { name: '年度统计' }).click();
    const byKind = page.getByTestId('figures-by-kind');
    await byKind.waitFor();
    expect(await eventually(async () => (await byKind.locator('tr', { hasText: '信访' }).innerText()).includes('1'), 10_000)).toBe(true);
    expect(s.problems).toEqual([]);
  });

  it('shows a school head only the engagements covering their school, without the bureau-wide tabs', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'yz');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers/advisers');
    const engagements = page.getByTestId('engagement-list');
    await engagements.waitFor();
    const text = await engagements.innerText();
    expect(text).toContain('浙江明德律师事务所');
    expect(text).not.toContain('浙江正理律师事务所');
    await expect(page.getByTestId('new-engagement').count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: '年度统计' }).count()).resolves.toBe(0);
  });
});
