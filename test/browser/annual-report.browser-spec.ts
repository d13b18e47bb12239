import { go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(90_000);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Issue 13 — the 年度报告 page on the demo bureau, as the head of 政策法规股. */
describe('web interface: the annual report', () => {
  const ui = useUiApp();

  it('shows the figures by work point, greys the unavailable ones, opens a drill-down and downloads the Word draft', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await page.getByRole('link', { name: '年度报告' }).click();
    await page.getByRole('heading', { name: '年度法治政府建设情况报告' }).waitFor();
    const study = page.getByTestId('figures-law-study');
    await study.getByText('领导班子法治专题学习（集体学法）').waitFor();
    await expect(study.locator('.figure-unavailable').getByText('需要学法考试参考人员登记（尚未建立）').isVisible()).resolves.toBe(true);

    await study.getByRole('button', { name: /党组会会前学法/ }).click();
    await page.getByText('明细：党组会会前学法').waitFor();
    await page.getByTestId('on-time-table').waitFor();
    await shot(page, 'annual-report');

    const link = page.getByTestId('download-draft');
    const res = await page.request.get(ui.baseUrl + (await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe(DOCX);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/年度法治政府建设情况报告（初稿）\.docx$/);
    expect(s.problems).toEqual([]);
  });

  it('tells another department head that the report is not theirs', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'aqg');
    ui.sessions.push(s);
    await go(s.page, ui.baseUrl, '/reports');
    await s.page.getByText('年度报告仅限局领导、管理员和政策法规股查看').waitFor();
  });
});
