import { go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(120_000);

/**
 * Issue 12, point 1 — the 规范性文件台账 in the web UI: 政策法规股 (demo login `fgg`) finds the
 * demo entries, filters the expired ones, registers a document and repeals it with a reason; a
 * school head reads the 现行有效规范性文件目录.
 */
describe('web interface: normative documents register', () => {
  const ui = useUiApp();

  it('lists, filters, registers and repeals a document as 政策法规股', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers');
    await page.getByTestId('register-index').getByText('规范性文件', { exact: true }).click();
    const list = page.getByTestId('document-list');
    await list.waitFor();
    await expect(list.innerText()).resolves.toContain('县中小学校学生欺凌防治工作实施办法');
    await page.getByRole('combobox', { name: '状态' }).selectOption({ label: '已失效' });
    await page.getByText('共 1 件').waitFor();
    await expect(list.innerText()).resolves.toContain('县中小学教师继续教育管理办法');
    await shot(page, 'documents-list');

    await page.getByTestId('new-document').click();
    await page.locator('input[name=docNumber]').fill('示教发〔2026〕20号');
    await page.locator('input[name=title]').fill('县中小学研学实践活动管理试行办法');
    await page.getByRole('combobox', { name: '起草股室' }).selectOption({ label: '教育股' });
    await page.locator('input[name=publishedOn]').fill('2026-03-02');
    await page.locator('input[name=effectiveOn]').fill('2026-04-01');
    await page.getByTestId('save-document').click();
    const facts = page.getByTestId('document-facts');
    await facts.waitFor();
    await expect(facts.innerText()).resolves.toContain('2年（暂行、试行），至 2028-03-31');

    await page.getByRole('combobox', { name: '变更为' }).selectOption({ label: '已废止' });
    await page.locator('input[name=on]').fill('2026-06-30');
    await page.locator('input[name=reason]').fill('并入新的研学管理规定');
    await page.getByTestId('change-status').click();
    await page.getByTestId('document-history').waitFor();
    await expect(page.getByTestId('document-history').innerText()).resolves.toContain('并入新的研学管理规定');
    await expect(facts.innerText()).resolves.toContain('已废止');

    // The yearly clean-up lists what is in force on 10-31 and takes an opinion per document.
    const year = new Date().getFullYear();
    await go(page, ui.baseUrl, `/registers/documents/cleanup/${year}`);
    await page.getByTestId('cleanup-list').waitFor();
    await page.getByRole('combobox', { name: `示教发〔${year - 1}〕3号清理意见` }).selectOption({ label: '继续有效' });
    await page.getByText('已登记清理意见').waitFor();
    expect(s.problems).toEqual([]);
  });

  it('shows a school head the in-force catalogue but none of the register', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'yz');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers/documents/in-force');
    const list = page.getByTestId('document-list');
    await list.waitFor();
    const text = await list.innerText();
    expect(text).toContain('县中小学校服务性收费和代收费管理规定');
    expect(text).not.toContain('县民办学校年度检查办法');
    expect(text).not.toContain('县中小学教师继续教育管理办法');
    await shot(page, 'documents-in-force');
    await go(page, ui.baseUrl, '/registers/documents');
    await page.getByText('没有符合条件的文件').waitFor();
    await expect(page.getByTestId('new-document').count()).resolves.toBe(0);
    expect(s.problems).toEqual([]);
  });
});
