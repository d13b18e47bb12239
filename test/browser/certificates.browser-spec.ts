import { DEMO_PASSWORD, eventually, go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(90_000);

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
    await expect(eventually(async () => (await list.locator('tbody tr').count()) === 1, 10_000)).resolves.toBe(true);
    await expect(list.innerText()).resolves.toContain('王磊');
    await page.getByRole('combobox', { name: '按状态筛选' }).selectOption('');
    await page.getByRole('combobox', { name: '按到期时间筛选' }).selectOption('90');
    await expect(eventually(async () => (await list.locator('tbody tr').count()) === 1, 10_000)).resolves.toBe(true);
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

  it('an enforcement step is completed with two certified officers picked on the task page', async () => {
    const mbg = ui.t.as(await ui.t.login('mbg', DEMO_PASSWORD));
    const template = ((await mbg.get('/plans/registrable')).body as { id: number; key: string }[]).find((x) => x.key === 'enforcement-case')!;
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const created = await mbg
      .post('/plans/event')
      .send({ templateId: template.id, reference: '示教罚〔2026〕99号', title: '无证办学案', anchors: { filedOn: today } });
    expect(created.status).toBe(201);
    const tasks = ((await mbg.get(`/tasks?planId=${created.body.plan.id}&pageSize=50`)).body as { items: { id: number; title: string }[] }).items;
    const filing = tasks.find((x) => x.title === '立案')!;
    expect((await mbg.post(`/tasks/${filing.id}/complete`).send({ note: '已立案' })).status).toBe(200);
    const step = tasks.find((x) => x.title === '调查取证')!;

    const s = await loginAs(ui.browser, ui.baseUrl, 'mbg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, `/tasks/${step.id}`);
    const picker = page.getByTestId('officer-picker');
    await picker.waitFor();
    await page.locator('textarea[name=note]').fill('两名执法人员现场调查取证');
    await picker.getByLabel(/郑民/).check();
    await page.getByRole('button', { name: '办结' }).click();
    await page
      .getByText(/至少 2 名/)
      .first()
      .waitFor();
    await picker.getByLabel(/陈立法/).check();
    await shot(page, 'task-officers-picker');
    await page.getByRole('button', { name: '办结' }).click();
    const recorded = page.getByTestId('task-officers');
    await recorded.waitFor();
    await expect(recorded.innerText()).resolves.toMatch(/郑民.*陈立法|陈立法.*郑民/);
    expect(s.problems).toEqual([]);
  });
});
