import { go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(90_000);

/** Evaluated in the page: the filtered list is down to one certificate. */
const ONE_ROW = "document.querySelectorAll('[data-testid=certificate-list] tbody tr').length === 1";

/**
 * Issue 12, point 2 — the 执法证台账 through the web UI: 政策法规股 (demo login `fgg`) finds the
 * expired certificate, registers a new one, suspends it with a reason; the head of 民办教育股
 * (`mbg`) sees only their own officers and cannot register.
 */
describe('web interface: the certificate register', () => {
  const ui = useUiApp();

  it('政策法规股 filters, registers and suspends a certificate', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers');
    await page
      .getByTestId('register-index')
      .getByRole('link', { name: /执法人员和执法证/ })
      .click();
    const list = page.getByTestId('certificate-list');
    await list.waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(6);
    await expect(list.innerText()).resolves.toContain('已过期');

    await page.getByRole('combobox', { name: '按状态筛选' }).selectOption('expired');
    await page.waitForFunction(ONE_ROW);
    await expect(list.innerText()).resolves.toContain('王磊');
    await page.getByRole('combobox', { name: '按状态筛选' }).selectOption('');
    await page.getByRole('combobox', { name: '按到期时间筛选' }).selectOption('90');
    await page.waitForFunction(ONE_ROW);
    await expect(list.innerText()).resolves.toContain('冯审');
    await shot(page, 'certificates-list');

    await page.getByTestId('new-certificate').click();
    await page.locator('input[name=holderName]').fill('韩执法');
    await page.getByRole('combobox', { name: '所属股室' }).selectOption({ label: '民办教育股' });
    await page.locator('input[name=certificateNo]').fill('示执20260099');
    await page.locator('input[name=issuedOn]').fill('2026-03-01');
    await page.getByTestId('save-certificate').click();
    const facts = page.getByTestId('certificate-facts');
    await facts.waitFor();
    await expect(facts.innerText()).resolves.toContain('2031-02-28');

    await page.getByRole('combobox', { name: '新状态' }).selectOption('suspended');
    await page.getByRole('button', { name: '确认变更' }).click();
    await page.getByText('请填写变更理由').waitFor();
    await page.locator('input[name=reason]').fill('涉嫌违规执法，暂扣');
    await page.getByRole('button', { name: '确认变更' }).click();
    await page.getByText('已暂扣').waitFor();
    await facts.getByText('涉嫌违规执法，暂扣').waitFor();
    await expect(facts.innerText()).resolves.toContain('暂扣');
    await shot(page, 'certificate-detail');
    expect(s.problems).toEqual([]);
  });

  it('a department head sees only their own officers and no register button', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'mbg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers/certificates');
    const list = page.getByTestId('certificate-list');
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toContain('郑民');
    expect(text).not.toContain('陈立法');
    await expect(page.getByTestId('new-certificate').count()).resolves.toBe(0);
    expect(s.problems).toEqual([]);
  });
});
