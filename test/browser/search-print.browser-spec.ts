import { loginAs, PHONE, shot, useUiApp } from './support';

jest.setTimeout(90_000);

/** Issue 13, point 5 — the header search on desktop and phone, and the print stylesheet of a task page. */
describe('web interface: search and printing', () => {
  const ui = useUiApp();

  /** A title of one of the head's own tasks, read from the API. */
  async function ownTaskTitle(login: string): Promise<string> {
    const token = await ui.t.login(login, 'Demo@2026');
    const page = (await ui.t.as(token).get('/tasks?pageSize=1&sort=title')).body as { items: { title: string }[] };
    return page.items[0].title;
  }

  it('a head searches from the header, sees grouped results and opens a task, which prints without the navigation', async () => {
    const title = await ownTaskTitle('bgs');
    const s = await loginAs(ui.browser, ui.baseUrl, 'bgs');
    ui.sessions.push(s);
    const { page } = s;
    await page.getByTestId('header-search').fill(title);
    await page.getByTestId('header-search').press('Enter');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    await expect(results.locator('[data-group="tasks"] h2').innerText()).resolves.toContain('任务');
    await expect(results.locator('[data-group="cases"] h2').innerText()).resolves.toContain('事项');
    await shot(page, 'search-results');
    await results.locator('[data-group="tasks"] a.search-hit').first().click();
    await page.getByTestId('task-page').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(title);
    await expect(page.getByTestId('print').isVisible()).resolves.toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.mainnav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.topbar').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('print').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate('getComputedStyle(document.body).backgroundColor')).resolves.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.mainnav').isVisible()).resolves.toBe(true);
    expect(s.problems).toEqual([]);
  });

  it('on a phone the search box is in the header; a text with % and _ that matches nothing shows empty groups', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'bgs', undefined, PHONE);
    ui.sessions.push(s);
    const { page } = s;
    await expect(page.getByTestId('header-search').isVisible()).resolves.toBe(true);
    await page.getByTestId('header-search').fill('100%_不存在');
    await page.getByTestId('header-search').press('Enter');
    await page.getByText('没有找到相关任务').waitFor();
    await page.getByText('没有找到相关事项').waitFor();
    await shot(page, 'search-phone');
    expect(s.problems).toEqual([]);
  });
});
