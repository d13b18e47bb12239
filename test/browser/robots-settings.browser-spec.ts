import { randomBytes } from 'node:crypto';
import { ADMIN_PASSWORD, type TestApp } from '../e2e/support/test-app';
import { go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(90_000);

const WECOM_KEY = 'a1b2c3d4-0000-4000-8000-feedbeef9d3c';

/** Issue 14 — 我的设置 (notification preferences, a head's robots) and the admins' 消息推送 tab. */
describe('web interface: notification preferences and chat robots', () => {
  const ui = useUiApp({ ROBOT_SECRET_KEY: randomBytes(32).toString('hex') });

  it('a head switches the digest e-mail off (escalations stay locked on) and adds a WeCom robot whose key is shown masked', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'bgs');
    ui.sessions.push(s);
    const { page } = s;
    await page.getByTestId('my-settings').click();
    await page.getByRole('heading', { name: '我的设置' }).waitFor();
    const prefs = page.getByTestId('email-preferences');
    await expect(prefs.getByLabel('逾期督办').isDisabled()).resolves.toBe(true);
    await prefs.getByLabel('每日到期提醒').uncheck();
    await page.getByLabel('钉钉群中 @ 我').fill('13800138000');
    await page.locator('#notification-preferences').getByRole('button', { name: '保存' }).click();
    await page.getByText('通知设置已保存').waitFor();
    const token = await ui.t.login('bgs', 'Demo@2026');
    expect((await ui.t.as(token).get('/me/notification-preferences')).body).toEqual(expect.objectContaining({ digestEmail: false, chatMobile: '13800138000' }));

    await page.getByLabel('机器人类型').selectOption('wecom');
    await page.getByLabel('名称').fill('办公室企业微信群');
    await page.getByLabel('Webhook 地址').fill(WECOM_KEY);
    await page.getByRole('button', { name: '保存' }).last().click();
    const row = page.getByTestId('robots').locator('tbody tr');
    await row.first().waitFor();
    await expect(row.first().innerText()).resolves.toContain('****9d3c');
    expect(await page.content()).not.toContain(WECOM_KEY);
    await shot(page, 'settings-me-head');
  });

  it('admins see every robot on the 消息推送 tab, with its department', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'admin', ADMIN_PASSWORD);
    ui.sessions.push(s);
    await go(s.page, ui.baseUrl, '/admin/robots');
    const row = s.page.getByTestId('robots').locator('tbody tr');
    await row.first().waitFor();
    await expect(row.first().innerText()).resolves.toMatch(/办公室企业微信群[\s\S]*企业微信[\s\S]*局办公室/);
    expect(s.problems).toEqual([]);
  });
});
