import type { Browser } from 'playwright-core';
import type { TestApp } from '../e2e/support/test-app';
import { bootUiApp, buildUi, DESKTOP, launchBrowser, shot } from './support';

jest.setTimeout(60_000);

describe('web interface: delivery, demo banner, forced password change', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    buildUi();
    [{ t, baseUrl }, browser] = await Promise.all([bootUiApp(), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The bundle's path, read from the page. */
  const bundle = async () => /src="(\/assets\/app-[^"]+\.js)"/.exec((await t.http.get('/')).text)![1];
  const raw = (path: string, encoding: string) =>
    t.http
      .get(path)
      .set('Accept-Encoding', encoding)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('serves the bundle precompressed (br, gzip, or plain as the browser accepts), cacheable, without a source map', async () => {
    const js = await bundle();
    const plain = await raw(js, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw(js, 'gzip, deflate, br');
    expect(br.headers).toEqual(expect.objectContaining({ 'content-encoding': 'br', vary: expect.stringContaining('Accept-Encoding') }));
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    // The client decodes it, as a browser does: the same bundle, sent in well under half the bytes.
    expect((br.body as Buffer).equals(plain.body as Buffer)).toBe(true);
    expect(Number(br.headers['content-length'])).toBeLessThan((plain.body as Buffer).length / 2);
    const gz = await raw(js, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect((gz.body as Buffer).equals(plain.body as Buffer)).toBe(true);

    expect((plain.body as Buffer).toString('utf8')).not.toContain('sourceMappingURL');
    expect((await t.http.get(`${js}.map`)).status).toBe(404);
    // API answers stay out of caches; the hashed assets above are cached for a year.
    expect((await t.http.get('/health/live')).headers['cache-control']).toBe('no-store');
  });

  it('shows the 演示数据 banner on the login page and in the application of a demo installation', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      expect(await page.getByTestId('demo-banner').textContent()).toContain('演示数据');
      await page.locator('input[name=login]').fill('fgg');
      await page.locator('input[name=password]').fill('Demo@2026');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('user-name').waitFor();
      expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('after an admin reset, the temporary password leads to the change-password screen, then to work with the new one', async () => {
    const users = (await t.as(t.adminToken).get('/users?pageSize=100')).body.items as { id: number; login: string }[];
    const aqg = users.find((u) => u.login === 'aqg')!;
    const temporary = (await t.as(t.adminToken).post(`/users/${aqg.id}/reset-password`)).body.temporaryPassword as string;
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      await page.locator('input[name=login]').fill('aqg');
      await page.locator('input[name=password]').fill(temporary);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('must-change-password').waitFor();
      await shot(page, 'auth-must-change-password');

      // A common password is refused in place, with the API's reason under the field.
      await page.locator('input[name=currentPassword]').fill(temporary);
      await page.locator('input[name=newPassword]').fill('woaini1314');
      await page.locator('input[name=again]').fill('woaini1314');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.getByText('该密码过于常见').first().waitFor();

      // Reloading does not get round it: the API refuses the application's data until it is changed.
      await page.reload();
      await page.getByTestId('must-change-password').waitFor();

      await page.locator('input[name=currentPassword]').fill(temporary);
      await page.locator('input[name=newPassword]').fill('Safety-Office-88');
      await page.locator('input[name=again]').fill('Safety-Office-88');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.locator('.alert-info').getByText('密码已修改').waitFor();
      await page.locator('input[name=login]').fill('aqg');
      await page.locator('input[name=password]').fill('Safety-Office-88');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('user-name').waitFor();
    } finally {
      await context.close();
    }
  });
});
