import { go, loginAs, PDF, shot, useUiApp } from './support';

jest.setTimeout(90_000);

/**
 * Issue 11, point 2 — a case through the web UI: 政策法规股 (demo login `fgg`) registers a
 * normative document, enters its publication date later, corrects its drafting date with a
 * reason, and cancels it.
 */
describe('web interface: cases', () => {
  const ui = useUiApp();

  it('registers a case, enters a later date, corrects a date with a reason and cancels it', async () => {
    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await page.locator('.mainnav').getByRole('link', { name: '事项' }).click();
    await page.getByTestId('register-case').click();
    await page.getByRole('combobox', { name: '事项类型' }).selectOption({ label: '行政规范性文件（单件）' });
    await page.locator('input[name=reference]').fill('某教规〔2026〕9号');
    await page.locator('input[name=title]').fill('关于规范课后服务的通知');
    await page.locator('input[name=anchor-draftedOn]').fill('2026-11-02');
    await shot(page, 'case-register');
    await page.getByTestId('submit-case').click();

    const steps = page.getByTestId('case-steps');
    await steps.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('关于规范课后服务的通知');
    await expect(page.getByTestId('case-step').count()).resolves.toBeGreaterThan(3);

    // A date not set yet: no reason asked.
    await page.locator('input[name=anchor-publishedOn]').fill('2026-11-30');
    await expect(page.locator('textarea[name=reason]').count()).resolves.toBe(0);
    await page.getByTestId('save-anchors').click();
    await page.getByText('日期已填写').waitFor();

    // Changing a date already set asks for the reason.
    await page.locator('input[name=anchor-draftedOn]').fill('2026-11-03');
    await page.locator('textarea[name=reason]').fill('起草日期登记有误');
    await page.getByTestId('save-anchors').click();
    await page.getByText('日期已更正，相关任务的期限已调整').waitFor();
    const planId = Number(page.url().split('/cases/')[1]);
    const token = await ui.t.login('fgg', 'Demo@2026');
    const plan = (await ui.t.as(token).get(`/plans/${planId}`)).body as { anchors: Record<string, string> };
    expect(plan.anchors).toEqual({ draftedOn: '2026-11-03', publishedOn: '2026-11-30' });

    // The head names the 经办人 of a step on its task page; the case page shows them.
    await page.getByTestId('case-step').first().getByRole('link').click();
    await page.getByTestId('task-page').waitFor();
    const picker = page.getByRole('combobox', { name: '经办人' });
    const staff = (await picker.locator('option').allInnerTexts()).find((name) => name !== '（未指定）' && name !== '陈立法')!;
    await picker.selectOption({ label: staff });
    await page.getByText('已指定经办人').waitFor();
    await page.getByTestId('task-case-link').click();
    await expect(page.getByTestId('case-step').first().innerText()).resolves.toContain(`经办人 ${staff}`);

    page.once('dialog', (d) => void d.accept());
    await page.locator('textarea[name=cancelReason]').fill('重复登记');
    await page.getByTestId('cancel-case').click();
    await page.getByTestId('case-cancelled').waitFor();
    await expect(page.getByTestId('case-cancelled').innerText()).resolves.toContain('重复登记');
    await shot(page, 'case-cancelled');

    // Its tasks show 已撤销 and link back to the case.
    await page.getByTestId('case-step').first().getByRole('link').click();
    await page.getByTestId('task-page').waitFor();
    await page.getByTestId('task-case-cancelled').waitFor();
    await go(page, ui.baseUrl, '/cases');
    await expect(page.getByTestId('case-list').innerText()).resolves.toContain('已撤销');
    expect(s.problems).toEqual([]);
  });

  it('the legal adviser opens a request addressed to them and records an opinion with a file', async () => {
    const fgg = ui.t.as(await ui.t.login('fgg', 'Demo@2026'));
    const template = ((await fgg.get('/plans/registrable')).body as { id: number; key: string }[]).find((x) => x.key === 'legal-adviser-review')!;
    const guwen = ((await fgg.get('/adviser/advisers')).body as { id: number; name: string }[])[0];
    const created = await fgg
      .post('/plans/event')
      .send({ templateId: template.id, reference: '法审〔2026〕99号', title: '租赁合同审查', anchors: { requestedOn: '2026-11-30' }, adviserId: guwen.id });
    expect(created.status).toBe(201);

    const s = await loginAs(ui.browser, ui.baseUrl, 'guwen');
    ui.sessions.push(s);
    const { page } = s;
    await page.locator('.mainnav').getByRole('link', { name: '法律顾问审查' }).click();
    const requests = page.getByTestId('adviser-requests');
    await requests.waitFor();
    await expect(requests.innerText()).resolves.toContain('租赁合同审查');
    // The demo adviser has requests of their own: open this one's.
    await requests.locator('tr', { hasText: '租赁合同审查' }).getByRole('link', { name: '出具意见' }).click();
    await page.getByTestId('task-page').waitFor();
    await page.getByTestId('evidence-input').setInputFiles({ name: '法律意见书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.file-list a', { hasText: '法律意见书.pdf' }).waitFor();
    await page.locator('textarea[name=note]').fill('合同条款合法，建议明确违约责任。');
    await page.getByRole('button', { name: '办结', exact: true }).click();
    await page.locator('.alert-ok', { hasText: '已完成' }).waitFor();
    await page.locator('.mainnav').getByRole('link', { name: '法律顾问审查' }).click();
    await expect(page.getByTestId('adviser-requests').innerText()).resolves.toContain('已完成');
    expect(s.problems).toEqual([]);
  });
});
