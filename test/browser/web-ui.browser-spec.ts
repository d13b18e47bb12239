import { Workbook } from 'exceljs';
import type { Browser } from 'playwright-core';
import { statutoryFestivals } from '../../src/calendar/plausibility';
import { Clock } from '../../src/common/clock';
import { DEMO_DEPARTMENTS } from '../../src/demo/demo-bureau';
import { ADMIN_LOGIN, ADMIN_PASSWORD, type TestApp } from '../e2e/support/test-app';
import {
  bootUiApp,
  buildUi,
  DEMO_PASSWORD,
  DESKTOP,
  eventually,
  go,
  horizontalOverflow,
  launchBrowser,
  loginAs,
  PDF,
  PHONE,
  shot,
  type Session,
} from './support';

interface Summary {
  id: number;
  title: string;
  departmentId: number;
  status: string;
}
interface Detail {
  task: {
    id: number;
    title: string;
    departmentId: number;
    leadDepartmentId: number | null;
    needsReview: boolean;
    reviewerDepartmentId: number | null;
    targetCount: number | null;
    activityCount: number;
  };
  gates: { status: string }[];
  can: { work: boolean };
}

jest.setTimeout(60_000);

describe('web interface in a browser', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const sessions: Session[] = [];
  /** Department id → login of its head, from the demo bureau. */
  const headOf = new Map<number, string>();
  let officeId: number;

  const open = async (login: string, viewport = DESKTOP, password = DEMO_PASSWORD, path = '/'): Promise<Session> => {
    const s = await loginAs(browser, baseUrl, login, password, viewport, path);
    sessions.push(s);
    return s;
  };
  const admin = () => t.as(t.adminToken);
  const detail = async (id: number): Promise<Detail> => (await admin().get(`/tasks/${id}`)).body as Detail;

  beforeAll(async () => {
    buildUi();
    [{ t, baseUrl }, browser] = await Promise.all([bootUiApp(), launchBrowser()]);
    const departments = (await admin().get('/departments')).body as { id: number; code: string }[];
    const byCode = new Map(departments.map((d) => [d.code, d.id]));
    for (const d of DEMO_DEPARTMENTS) headOf.set(byCode.get(d.code)!, d.head.login);
    officeId = byCode.get('office')!;
  }, 120_000);

  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('serves the page with its bundle under the CSP, beside the API, docs and health', async () => {
    const page = await t.http.get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/); // no inline script
    const js = /src="(\/assets\/app-[^"]+\.js)"/.exec(page.text)![1];
    const asset = await t.http.get(js);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect((await t.http.get('/health/live')).status).toBe(200);
    expect((await t.http.get('/api/docs/openapi.json')).status).toBe(200);
    expect((await t.http.get('/tasks')).status).toBe(401);
    expect((await t.http.get('/admin/queues')).status).toBe(401);
  });

  it('logs in (shows who is logged in), keeps the token in localStorage and the fazhi_token cookie, logs out', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      await page.locator('input[name=login]').fill('nobody');
      await page.locator('input[name=password]').fill('wrong-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.locator('.alert-danger').waitFor();
      expect(await page.locator('.alert-danger').textContent()).toMatch(/[\u4e00-\u9fff]/);
      await shot(page, '01-login');

      await page.locator('input[name=login]').fill('fgg');
      await page.locator('input[name=password]').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('user-name').waitFor();
      expect(await page.getByTestId('user-name').textContent()).toBe('陈立法');
      expect(await page.getByTestId('user-role').textContent()).toBe('股室负责人');
      expect(await page.getByTestId('user-dept').textContent()).toBe('政策法规股');
      const cookie = (await context.cookies()).find((c) => c.name === 'fazhi_token');
      expect(cookie).toEqual(expect.objectContaining({ path: '/', sameSite: 'Strict' }));
      expect(await page.evaluate("localStorage.getItem('fazhi_token')")).toBe(decodeURIComponent(cookie!.value));

      await page.getByTestId('logout').click();
      await page.locator('input[name=login]').waitFor();
      expect(await page.evaluate("localStorage.getItem('fazhi_token')")).toBeNull();
      expect((await context.cookies()).find((c) => c.name === 'fazhi_token')).toBeUndefined();

      // A token the API no longer accepts (401) leads back to the login page, with the reason.
      await page.evaluate("localStorage.setItem('fazhi_token', 'not-a-valid-token')");
      await page.goto(`${baseUrl}/#/tasks`);
      await page.reload();
      await page.locator('input[name=login]').waitFor();
      expect(await page.locator('.alert-info').textContent()).toContain('重新登录');
    } finally {
      await context.close();
    }
  });

  it('scenario 1: a department head sees an overdue item, ticks it off with an evidence file, and it leaves the overdue list', async () => {
    const overdue = (await admin().get('/oversight/overdue?pageSize=200')).body.items as Summary[];
    let pick: Detail | undefined;
    for (const s of overdue) {
      const d = await detail(s.id);
      if (d.gates.every((g) => g.status === 'done') && (d.task.targetCount === null || d.task.activityCount >= d.task.targetCount)) {
        pick = d;
        break;
      }
    }
    expect(pick).toBeDefined();
    const task = pick!.task;
    const { page, problems } = await open(headOf.get(task.departmentId)!);

    const row = page.locator(`[data-group=overdue] [data-task-id="${task.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(task.title);
    expect(await row.locator('.badge-danger').textContent()).toMatch(/^逾期 \d+ 天$/);
    expect(await row.locator('.task-due').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const overdueBefore = Number(await page.getByTestId('count-overdue').textContent());
    await shot(page, '02-my-tasks');

    await row.locator('a.task-title').click();
    await page.getByTestId('task-page').waitFor();
    expect(await page.locator('h1').textContent()).toBe(task.title);
    await page.getByTestId('evidence-input').setInputFiles({ name: '会议纪要.pdf', mimeType: 'application/pdf', buffer: PDF });
    const link = page.locator('.file-list a', { hasText: '会议纪要.pdf' });
    await link.waitFor();
    // The download link is a plain link: the login cookie authorises it.
    const download = await page.request.get(baseUrl + (await link.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(Buffer.compare(await download.body(), PDF)).toBe(0);
    await page.locator('textarea[name=note]').fill('已按要求完成，会议纪要已上传。');
    await shot(page, '03-task-page');

    await page.getByRole('button', { name: task.needsReview ? '提交审核' : '办结', exact: true }).click();
    await page.locator(task.needsReview ? '.alert-info' : '.alert-ok', { hasText: task.needsReview ? '已提交审核' : '已完成' }).waitFor();

    await go(page, baseUrl, '/tasks');
    await page.locator(`[data-group=${task.needsReview ? 'open' : 'done'}] [data-task-id="${task.id}"]`).waitFor();
    await page.locator('[data-group=overdue] .task-list, [data-group=overdue] .empty').first().waitFor();
    expect(await page.locator(`[data-group=overdue] [data-task-id="${task.id}"]`).count()).toBe(0);
    await page
      .getByTestId('count-overdue')
      .filter({ hasText: String(overdueBefore - 1) })
      .waitFor();
    if (overdueBefore === 1) expect(await page.locator('[data-group=overdue] .empty').textContent()).toBe('本部门暂无逾期任务');
    expect(problems).toEqual([]);
  });

  it('scenario 2: the reviewer (政策法规股) returns a task with a reason and the department head sees the reason', async () => {
    const reviewer = await open('fgg');
    await go(reviewer.page, baseUrl, '/review');
    const first = reviewer.page.locator('.review-list [data-task-id]').first();
    await first.waitFor();
    const id = Number(await first.getAttribute('data-task-id'));
    await shot(reviewer.page, '04-review-queue');

    await first.locator('a.task-title').click();
    await reviewer.page.getByTestId('task-page').waitFor();
    const reason = '会议纪要缺少党组会审议内容，请补充后重新提交。';
    await reviewer.page.getByLabel('审核意见或退回理由').fill(reason);
    await reviewer.page.getByRole('button', { name: '退回', exact: true }).click();
    await reviewer.page.getByTestId('return-reason').waitFor();
    expect(reviewer.problems).toEqual([]);

    const task = (await detail(id)).task;
    expect(task.departmentId).not.toBe(undefined);
    // The head follows the e-mail's link (#/tasks/<id>): the login page first, then that task.
    const head = await open(headOf.get(task.departmentId)!, DESKTOP, DEMO_PASSWORD, `/#/tasks/${id}`);
    const shown = head.page.getByTestId('return-reason');
    await shown.waitFor();
    expect(await shown.textContent()).toContain(reason);
    expect(await shown.textContent()).toContain('陈立法');
    // The head can work on it again, and the list marks it as returned.
    await head.page.getByRole('button', { name: task.needsReview ? '提交审核' : '办结', exact: true }).waitFor();
    await go(head.page, baseUrl, '/tasks');
    await head.page.locator(`[data-task-id="${id}"]`).first().waitFor();
    expect(await head.page.locator(`[data-task-id="${id}"]`).first().textContent()).toContain('已退回');
    expect(head.problems).toEqual([]);
  });

  it('scenario 3: a leader sees the overdue chart, urges a department, and the urge reaches the outbox (unsent without SMTP)', async () => {
    const leader = await open('juzhang');
    const { page } = leader;
    await page.getByTestId('overdue-chart').waitFor(); // a leader lands on 督办看板
    expect(await page.locator('[data-testid=overdue-chart] svg rect').count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('kpi-overdue').textContent())).toBeGreaterThan(0);
    await page.getByTestId('completion-chart').first().waitFor();
    await shot(page, '05-oversight-desktop');

    const row = page.locator('[data-testid=overdue-list] [data-task-id]').first();
    await row.waitFor();
    const id = Number(await row.getAttribute('data-task-id'));
    const title = (await row.locator('.task-title').textContent())!;
    const message = `请本周五前完成并上传佐证材料（测试 ${Date.now()}）`;
    await row.getByRole('button', { name: '催办' }).click();
    await row.locator('textarea').fill(message);
    await row.getByRole('button', { name: '发送催办' }).click();
    await page.locator('.toast', { hasText: '已催办' }).waitFor();
    expect(leader.problems).toEqual([]);

    // The admin's outbox: the urge e-mail, kept as 未发送 since no SMTP server is configured.
    const adm = await open(ADMIN_LOGIN, DESKTOP, ADMIN_PASSWORD);
    await go(adm.page, baseUrl, '/outbox');
    await adm.page.locator('.message-list, .empty').first().waitFor();
    const mail = adm.page.locator('.message[data-kind=urge][data-status=unsent]', { hasText: title });
    const arrived = await eventually(async () => {
      if ((await mail.count()) > 0) return true;
      await adm.page.getByTestId('outbox-refresh').click();
      return false;
    }, 30_000);
    expect(arrived).toBe(true);
    await mail.first().locator('.message-head').click();
    expect(await mail.first().locator('.message-text').textContent()).toContain(message);
    expect(await mail.first().locator('.badge', { hasText: '未发送' }).count()).toBe(1);
    await shot(adm.page, '07-outbox-admin');

    // …and the urged department's head: the task carries the 催办 mark in the list, the header
    // badge counts the unread notice, 我的通知 lists it by task title with its delivery in plain
    // words, and opening it marks it read (the badge drops) and shows the task.
    const task = (await detail(id)).task;
    const head = await open(headOf.get(task.departmentId)!);
    const mark = head.page.locator(`[data-task-id="${id}"] [data-testid=urge-mark]`).first();
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/^已催办 · 张振华 \d{2}-\d{2}$/);
    const badge = head.page.getByTestId('unread-badge');
    let before = 0;
    expect(
      await eventually(async () => {
        before = Number(await badge.getAttribute('data-unread'));
        return before > 0;
      }, 10_000),
    ).toBe(true);
    expect(await badge.locator('.badge').textContent()).toBe(before > 99 ? '99+' : String(before));
    await go(head.page, baseUrl, '/notifications');
    const notice = head.page.locator('.notification[data-kind=urge]', { hasText: title }).first();
    await notice.waitFor();
    expect(await notice.getAttribute('data-read')).toBe('false');
    expect(await notice.textContent()).toContain(`张振华 催办：${message}`);
    expect(await notice.getByTestId('delivery').textContent()).toBe('邮件未发送，已在系统内通知');
    await shot(head.page, '06-notifications');
    await notice.locator('.message-head').click();
    await head.page.getByTestId('task-page').waitFor();
    expect(await head.page.locator('h1').textContent()).toBe(title);
    expect(await head.page.locator('[data-testid=task-page] [data-testid=urge-mark]').count()).toBe(1);
    await head.page.locator(`[data-testid=unread-badge][data-unread="${before - 1}"]`).waitFor();
    expect(adm.problems).toEqual([]);
    expect(head.problems).toEqual([]);
  });

  it("scenario 4: a department head cannot open another department's task by its URL", async () => {
    const school = [...headOf.entries()].find(([, login]) => login === 'yz')![0];
    const candidates = (await admin().get(`/tasks?departmentId=${school}&pageSize=50`)).body.items as Summary[];
    let foreign: Detail | undefined;
    for (const c of candidates) {
      const d = await detail(c.id);
      if (d.task.leadDepartmentId !== officeId && !(d.task.needsReview && d.task.reviewerDepartmentId === officeId)) {
        foreign = d;
        break;
      }
    }
    expect(foreign).toBeDefined();
    const { page, problems } = await open('bgs');
    await go(page, baseUrl, `/tasks/${foreign!.task.id}`);
    const error = page.getByTestId('task-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('不存在或无权查看');
    expect(await page.getByTestId('task-page').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(foreign!.task.title);
    expect(problems).toEqual([]);
  });

  it('我的任务: 导出Excel downloads the list as an .xlsx holding every task of the department', async () => {
    const login = headOf.get(officeId)!;
    // The list shows the current year unless another is chosen (the demo also has tasks due next year).
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4);
    const expected = (await t.as(await t.login(login, DEMO_PASSWORD)).get(`/tasks?pageSize=1&year=${year}`)).body.total as number;
    const { page, problems } = await open(login);
    await page.locator('[data-group] .task-list').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^任务清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount - 1).toBe(expected);
    expect(new Set(sheet.getColumn(7).values.slice(2))).toEqual(new Set(['局办公室']));
    expect(problems).toEqual([]);
  });

  it('scenario 5: 我的任务 and 督办看板 fit a phone screen (390×844) without horizontal scrolling', async () => {
    const head = await open('bgs', PHONE);
    const p1 = head.page;
    for (const g of ['overdue', 'dueSoon', 'open', 'done']) await p1.locator(`[data-group=${g}] .task-list, [data-group=${g}] .empty`).first().waitFor();
    for (const el of [p1.getByTestId('user-name'), p1.getByTestId('logout'), p1.locator('.stat-tiles'), p1.locator('[data-group=overdue] h2')]) {
      expect(await el.isVisible()).toBe(true);
    }
    let o = await horizontalOverflow(p1);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    await shot(p1, '08-my-tasks-phone');

    await p1.locator('[data-group=open] a.task-title').first().click();
    await p1.getByTestId('task-page').waitFor();
    o = await horizontalOverflow(p1);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    await shot(p1, '09-task-page-phone');

    await go(p1, baseUrl, '/notifications');
    await p1.locator('.message-list, .empty').first().waitFor();
    expect(await p1.getByTestId('unread-badge').isVisible()).toBe(true);
    o = await horizontalOverflow(p1);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);

    const leader = await open('fjz-li', PHONE);
    const p2 = leader.page;
    await p2.getByTestId('overdue-chart').waitFor();
    await p2.locator('[data-testid=overdue-list] [data-task-id]').first().waitFor();
    for (const el of [
      p2.getByTestId('user-name'),
      p2.getByTestId('kpi-overdue'),
      p2.getByTestId('overdue-chart'),
      p2.locator('[data-testid=overdue-list] .btn-urge').first(),
    ]) {
      expect(await el.isVisible()).toBe(true);
    }
    o = await horizontalOverflow(p2);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    await shot(p2, '10-oversight-phone');
    await shot(p2, '10-oversight-phone-top', false);

    // Drill-down: a department in the chart → its tasks.
    await p2.locator('[data-testid=overdue-chart] .chart-row').first().click();
    await p2.locator('h1', { hasText: '的任务' }).waitFor();
    o = await horizontalOverflow(p2);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
    expect(head.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });

  it("admin: from 11-01 a banner asks for next year's holidays; a plan without them is refused in plain words; the calendar page loads the year from a file; then the plan is generated", async () => {
    const years = ((await admin().get('/calendar/years')).body as { year: number }[]).map((y) => y.year);
    const year = Math.max(...years) + 1;
    // November of the year before: the banner's season (unpinned at the end of the test).
    t.app.get(Clock).pin(new Date(`${year - 1}-11-02T10:00:00+08:00`));
    const { page, problems } = await open(ADMIN_LOGIN, DESKTOP, ADMIN_PASSWORD);
    await page.locator('h1', { hasText: '系统管理' }).waitFor(); // an admin lands on 系统管理
    expect(await page.getByTestId('calendar-health').textContent()).toContain(`尚未载入${year}年的法定节假日安排`);
    // The login cookie lets the queue dashboard linked from this page open without a header.
    expect((await page.request.get(`${baseUrl}/admin/queues`)).status()).toBe(200);
    await shot(page, '11-admin-departments');
    await go(page, baseUrl, '/admin/users');
    await page.locator('tr[data-login=fgg]').waitFor();
    await shot(page, '12-admin-users');

    await go(page, baseUrl, '/admin/plans');
    const yearInput = page.getByRole('form', { name: '生成年度计划' }).locator('input[type=number]');
    // The page proposes the year after the latest plan once the plans are loaded; type over it only then.
    expect(await eventually(async () => (await yearInput.inputValue()) !== '', 15_000, 100)).toBe(true);
    await yearInput.fill(String(year));
    await page.getByRole('button', { name: '生成计划' }).click();
    const missing = page.getByTestId('calendar-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toContain(`尚未载入${year}年的法定节假日安排`);
    await shot(page, '13-admin-plan-calendar-missing');

    await missing.getByRole('button', { name: `去载入${year}年节假日安排` }).click();
    await page.getByRole('form', { name: '载入节假日安排' }).waitFor();
    expect(await page.getByRole('form', { name: '载入节假日安排' }).locator('input[type=number]').inputValue()).toBe(String(year));
    // A plausible year: the day of every statutory festival is off (a thin one is refused).
    const festivals = statutoryFestivals(year);
    const arrangement = { year, daysOff: festivals.map((f) => f.date).sort(), makeUpWorkdays: [], holidays: festivals };
    await page
      .getByTestId('calendar-file')
      .setInputFiles({ name: `${year}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(arrangement)) });
    await page.waitForFunction(`document.querySelector('form[aria-label="载入节假日安排"] textarea').value.includes('${year}-01-01')`);
    await page.getByRole('button', { name: '载入', exact: true }).click();
    await page.locator('.alert-ok', { hasText: `已载入${year}年节假日安排` }).waitFor();
    await shot(page, '14-admin-calendar');

    await page.getByRole('button', { name: `返回生成${year}年度计划` }).click();
    await page.getByRole('form', { name: '生成年度计划' }).waitFor();
    expect(await page.getByRole('form', { name: '生成年度计划' }).locator('input[type=number]').inputValue()).toBe(String(year));
    await page.getByRole('button', { name: '生成计划' }).click();
    await page.locator('.alert-ok', { hasText: `${year}年度法治政府建设工作要点` }).waitFor({ timeout: 30_000 });
    // The year is loaded: the banner is gone.
    expect(await page.getByTestId('calendar-health').count()).toBe(0);
    expect(problems).toEqual([]);
    t.app.get(Clock).pin(null);
  });

  it('my settings: a head generates a calendar feed URL that serves the ICS; regenerating replaces it and the old one stops working', async () => {
    const { page, problems } = await open(headOf.get(officeId)!);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('my-settings').click();
    await page.locator('h1', { hasText: '我的设置' }).waitFor();
    await page.getByRole('button', { name: '生成订阅地址' }).click();
    const urlBox = page.getByTestId('calendar-feed-url');
    await urlBox.waitFor();
    const first = await urlBox.inputValue();
    expect(first).toMatch(/\/feeds\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = (url: string) => new URL(url).pathname;
    const ics = await page.request.get(`${baseUrl}${path(first)}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain('BEGIN:VEVENT');
    await page.getByText('钉钉 / 企业微信 日历').waitFor();
    await shot(page, '15-my-settings-calendar-feed');

    await page.getByRole('button', { name: '重新生成' }).click();
    await eventually(async () => (await urlBox.inputValue()) !== first, 10_000, 100);
    const second = await urlBox.inputValue();
    expect((await page.request.get(`${baseUrl}${path(first)}`)).status()).toBe(404);
    expect((await page.request.get(`${baseUrl}${path(second)}`)).status()).toBe(200);
    expect(problems).toEqual([]);
  });
});
